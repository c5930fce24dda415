import type { BrowserContext, Page } from "playwright-core";

export const DEMO_PASSWORD = "LivingLab-Demo-2026";

/** Signs in through the login form (in Bahasa Indonesia) and lands on /dashboard, where sign-in leads. */
export async function signIn(
  baseUrl: string,
  context: BrowserContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Alamat surel").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).last().click();
  await page.waitForURL(`${baseUrl}/dashboard`);
  return page;
}
