// Accounts end to end in Chromium, against a portal whose mail goes to a real local SMTP server:
// invitation, account request and approval, password reset; plus the HTTP-level security baseline.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpTestServer } from "../support/smtp-test-server";
import { freePort } from "../support/test-database";
import { DEMO_PASSWORD, signIn } from "./support/sign-in";
import { launchBrowser, watchConsole } from "./support/browser";
import { startPortal, type PortalProcess } from "./support/portal-process";

let root: string;
let smtp: Awaited<ReturnType<typeof startSmtpTestServer>>;
let portal: PortalProcess;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "livinglab-accounts-"));
  smtp = await startSmtpTestServer();
  portal = await startPortal({
    dataDir: path.join(root, "postgres"),
    dbPort: await freePort(),
    port: await freePort(),
    env: { SMTP_URL: smtp.url },
  });
  baseUrl = portal.url;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await portal?.stop("SIGTERM");
  await smtp?.close();
  await rm(root, { recursive: true, force: true });
});

function linkIn(text: string, pathPrefix: string): string {
  const match = new RegExp(`https?://[^\\s]+${pathPrefix}[a-z2-7]+`).exec(text);
  if (!match) throw new Error(`no ${pathPrefix} link in:\n${text}`);
  return match[0];
}

describe("accounts in the browser", () => {
  it("a coordinator invites a secretary, who creates an account from the e-mailed link", async () => {
    const coordinator = await browser.newContext();
    const page = await signIn(baseUrl, coordinator, "koordinator@demo.livinglab.id");
    const problems = watchConsole(page);
    await page.goto(`${baseUrl}/invitations/new`);
    await page.getByLabel("Alamat surel").fill("sekda.semarang@example.go.id");
    await page.getByLabel("Peran").selectOption("SECRETARY");
    await page.getByLabel("Daerah").selectOption("33.74");
    await page.getByRole("button", { name: "Kirim undangan" }).click();
    await expect.poll(() => page.textContent("main")).toContain("Undangan telah dikirim.");
    const mail = await smtp.waitFor((m) => m.to.includes("sekda.semarang@example.go.id"));
    expect(mail.subject).toMatch(/undang/i);
    expect(problems).toEqual([]);
    await coordinator.close();

    const invitee = await browser.newContext();
    const invitePage = await invitee.newPage();
    await invitePage.goto(linkIn(mail.text, "/invitations/"));
    await expect.poll(() => invitePage.textContent("main")).toContain("Kota Semarang");
    await invitePage.getByLabel("Nama lengkap").fill("Sekda Kota Semarang");
    await invitePage.getByLabel("Kata sandi baru", { exact: true }).fill("password123");
    await invitePage.getByLabel("Ulangi kata sandi baru").fill("password123");
    await invitePage.getByRole("button", { name: "Buat akun" }).click();
    await expect.poll(() => invitePage.textContent("main")).toContain("terlalu");
    await invitePage
      .getByLabel("Kata sandi baru", { exact: true })
      .fill("Lumpia-Semarang-Tugu-Muda-2026");
    await invitePage.getByLabel("Ulangi kata sandi baru").fill("Lumpia-Semarang-Tugu-Muda-2026");
    await invitePage.getByRole("button", { name: "Buat akun" }).click();
    await invitePage.waitForURL(`${baseUrl}/account`);
    await expect.poll(() => invitePage.textContent("main")).toContain("Kota Semarang");
    await expect.poll(() => invitePage.textContent("main")).toContain("Sekretaris daerah (Sekda)");
    // The link is single use.
    await invitePage.goto(linkIn(mail.text, "/invitations/"));
    await expect.poll(() => invitePage.textContent("main")).toContain("tidak berlaku lagi");
    await invitee.close();
  });

  it("an account request waits for the region's secretary, whose approval mails a set-password link", async () => {
    const visitor = await browser.newContext();
    const page = await visitor.newPage();
    await page.goto(`${baseUrl}/request-account`);
    const payload = `<img src=x onerror="window.__xss=1">Budi`;
    await page.getByLabel("Nama lengkap").fill(payload);
    await page.getByLabel("Alamat surel").fill("budi.dev@sumedangkab.go.id");
    await page.getByLabel("Daerah").selectOption("32.11");
    await page.getByLabel("Peran yang diajukan").selectOption("DEVELOPER");
    await page.getByRole("button", { name: "Kirim permintaan" }).click();
    await expect.poll(() => page.textContent("main")).toContain("menunggu persetujuan");
    const pending = await smtp.waitFor((m) => m.to.includes("sekda.sumedang@demo.livinglab.id"));
    expect(pending.text).toContain("/manage/requests/");
    await visitor.close();

    const secretary = await browser.newContext();
    const review = await signIn(baseUrl, secretary, "sekda.sumedang@demo.livinglab.id");
    await review.goto(`${baseUrl}/manage/requests`);
    // The payload is shown as text, never run.
    await review.getByRole("link", { name: payload }).click();
    await expect.poll(() => review.textContent("h1")).toBe(payload);
    expect(
      await review.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
    expect(await review.locator("main img").count()).toBe(0);
    await review.getByRole("button", { name: "Setujui" }).click();
    await expect.poll(() => review.textContent("main")).toContain("Disetujui");
    await secretary.close();

    const approved = await smtp.waitFor((m) => m.to.includes("budi.dev@sumedangkab.go.id"));
    const newcomer = await browser.newContext();
    const setPassword = await newcomer.newPage();
    await setPassword.goto(linkIn(approved.text, "/reset-password/"));
    await setPassword
      .getByLabel("Kata sandi baru", { exact: true })
      .fill("Tahu-Sumedang-Renyah-Sekali-2026");
    await setPassword.getByLabel("Ulangi kata sandi baru").fill("Tahu-Sumedang-Renyah-Sekali-2026");
    await setPassword.getByRole("button", { name: "Simpan kata sandi" }).click();
    await setPassword.waitForURL(`${baseUrl}/account`);
    await expect.poll(() => setPassword.textContent("main")).toContain("Pengembang (Diskominfo)");
    await expect.poll(() => setPassword.textContent("main")).toContain("Kabupaten Sumedang");
    await newcomer.close();
  });

  it("a forgotten password is reset from the e-mailed link, which ends the other sessions", async () => {
    const laptop = await browser.newContext();
    const laptopPage = await signIn(baseUrl, laptop, "dev.bandung@demo.livinglab.id");
    const phone = await browser.newContext();
    const page = await phone.newPage();
    await page.goto(`${baseUrl}/forgot-password`);
    await page.getByLabel("Alamat surel").fill("dev.bandung@demo.livinglab.id");
    await page.getByRole("button", { name: "Kirim tautan" }).click();
    await expect.poll(() => page.textContent("main")).toContain("Jika alamat itu terdaftar");
    const mail = await smtp.waitFor((m) => m.to.includes("dev.bandung@demo.livinglab.id"));
    await page.goto(linkIn(mail.text, "/reset-password/"));
    await page
      .getByLabel("Kata sandi baru", { exact: true })
      .fill("Batagor-Kota-Kembang-Braga-2026");
    await page.getByLabel("Ulangi kata sandi baru").fill("Batagor-Kota-Kembang-Braga-2026");
    await page.getByRole("button", { name: "Simpan kata sandi" }).click();
    await page.waitForURL(`${baseUrl}/account`);
    // The laptop's session was ended by the reset.
    await laptopPage.goto(`${baseUrl}/account`);
    expect(new URL(laptopPage.url()).pathname).toBe("/login");
    await laptop.close();
    await phone.close();
    const again = await browser.newContext();
    await signIn(
      baseUrl,
      again,
      "dev.bandung@demo.livinglab.id",
      "Batagor-Kota-Kembang-Braga-2026",
    );
    await again.close();
  });
});

describe("the security baseline over HTTP", () => {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const post = (
    pathname: string,
    fields: Record<string, string>,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${baseUrl}${pathname}`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl, ...headers },
      body: form(fields),
    });

  it("sets the session cookie HttpOnly and SameSite=Lax", async () => {
    const response = await post("/login", {
      email: "admin@demo.livinglab.id",
      password: DEMO_PASSWORD,
    });
    expect(response.status).toBe(302);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^ll_session=[a-z2-7]{32};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
  });

  it("answers 429 with Retry-After after 10 wrong passwords for one account", async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 10; i += 1) {
      last = await post(
        "/login",
        { email: "sekda.bandung@demo.livinglab.id", password: `wrong-${i}` },
        { "X-Forwarded-For": "" },
      );
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 9).every((s) => s === 400)).toBe(true);
    expect(statuses[9]).toBe(429);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    const right = await post("/login", {
      email: "sekda.bandung@demo.livinglab.id",
      password: DEMO_PASSWORD,
    });
    expect(right.status).toBe(429);
  });

  it("rejects a cross-origin POST with 403 and changes nothing", async () => {
    const response = await post(
      "/login",
      { email: "admin@demo.livinglab.id", password: DEMO_PASSWORD },
      { Origin: "https://evil.example" },
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(await response.text()).toBe(
      "Permintaan ini ditolak karena tidak berasal dari halaman situs ini.",
    );
  });

  it("sends the CSP with a nonce and no unsafe-inline scripts, and the other headers, on every page", async () => {
    for (const pathname of [
      "/",
      "/login",
      "/regions",
      "/spbe",
      "/request-account",
      "/forgot-password",
      "/tidak-ada",
      "/api/regions",
    ]) {
      const response = await fetch(`${baseUrl}${pathname}`);
      const csp = response.headers.get("content-security-policy") ?? "";
      const scriptSrc = csp.split(";").find((part) => part.trim().startsWith("script-src")) ?? "";
      expect(scriptSrc, pathname).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
      expect(scriptSrc, pathname).not.toContain("unsafe-inline");
      expect(csp, pathname).toContain("frame-ancestors 'none'");
      expect(response.headers.get("x-content-type-options"), pathname).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), pathname).toBe(
        "strict-origin-when-cross-origin",
      );
      expect(response.headers.get("strict-transport-security"), pathname).toContain("max-age=");
    }
  });
});
