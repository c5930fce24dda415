import { chromium } from "playwright-core";
const base = process.env.BASE ?? "http://localhost:3200";
const pages = (process.env.PAGES ?? "").split(",").filter(Boolean);
const who = process.env.WHO;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext();
const page = await context.newPage();
if (who) {
  await page.goto(`${base}/login`);
  await page.getByLabel("Alamat surel").fill(who);
  await page.getByLabel("Kata sandi").fill("LivingLab-Demo-2026");
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL(/dashboard/);
}
for (const p of pages) {
  for (const width of [1366, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const res = await page.goto(`${base}${p}`);
    const name = (process.env.PREFIX ?? "") + p.replace(/[^a-z0-9]+/gi, "_") + `-${width}.png`;
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    await page.screenshot({ path: `/tmp/shots/${name}`, fullPage: true });
    console.log(res?.status(), width, sideways ? "SIDEWAYS" : "ok", name);
  }
}
await browser.close();
