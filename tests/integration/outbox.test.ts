// The outbox of demo mode (DEMO_MODE=true, no SMTP_URL) is open only for mail to demo accounts:
// a password-reset link for any other account is for administrators' eyes alone, also on the
// page's HTML. Outside demo mode the outbox is for administrators only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { sendMail } from "../../app/modules/mail/mailer.server";
import { action as forgotAction } from "../../app/routes/forgot-password";
import OutboxPage, { loader as outboxLoader } from "../../app/routes/outbox";
import { createUser, DEMO, get, post, sessionFor, uniqueIp } from "../support/accounts";
import { renderRoute } from "../support/render-route";

const saved = { demo: process.env.DEMO_MODE, smtp: process.env.SMTP_URL };

beforeAll(() => {
  process.env.DEMO_MODE = "true";
  delete process.env.SMTP_URL;
});

afterAll(() => {
  for (const [name, value] of [
    ["DEMO_MODE", saved.demo],
    ["SMTP_URL", saved.smtp],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** Asks for a password reset for `email` and returns the token of the link the kept mail holds. */
async function resetTokenFor(email: string): Promise<string> {
  const asked = await post(forgotAction, "/forgot-password", { email }, { ip: uniqueIp() });
  expect(asked.status).toBe(200);
  const mail = await db().mailMessage.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: "desc" },
  });
  const token = /\/reset-password\/([a-z2-7]{32})(?![a-z2-7])/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no reset link in:\n${mail.text}`);
  return token;
}

function outboxHtml(cookie?: string, language: "id" | "en" = "id") {
  return renderRoute({
    path: "/outbox",
    url: "http://localhost/outbox",
    loader: outboxLoader,
    Component: OutboxPage,
    headers: cookie ? { Cookie: cookie } : {},
    language,
  });
}

describe("the outbox in demo mode", () => {
  let realToken: string;
  let demoToken: string;
  let realEmail: string;

  beforeAll(async () => {
    const user = await createUser({});
    realEmail = user.email;
    realToken = await resetTokenFor(user.email);
    demoToken = await resetTokenFor(DEMO.devBandung);
  });

  it("shows an anonymous visitor a demo account's reset mail but not another account's", async () => {
    const page = await outboxHtml();
    expect(page.status).toBe(200);
    expect(page.html).toContain(demoToken);
    expect(page.html).toContain(DEMO.devBandung);
    expect(page.html).not.toContain(realToken);
    expect(page.html).not.toContain(realEmail);
    expect(page.html).toContain("Surel untuk akun lain disembunyikan");
  });

  it("says in English too that other mail is hidden", async () => {
    const page = await outboxHtml(undefined, "en");
    expect(page.html).toContain("E-mail to other accounts is hidden");
    expect(page.html).not.toContain(realToken);
  });

  it("hides another account's mail from signed-in people who are not administrators", async () => {
    for (const email of [DEMO.coordinator, DEMO.sekdaSumedang, DEMO.devBandung]) {
      const { cookie } = await sessionFor(email);
      const page = await outboxHtml(cookie);
      expect(page.status, email).toBe(200);
      expect(page.html, email).toContain(demoToken);
      expect(page.html, email).not.toContain(realToken);
    }
  });

  it("counts and pages only what the visitor may see", async () => {
    const anonymous = await get(outboxLoader, "/outbox");
    const body = anonymous.body as { total: number; items: Array<{ to: string }> };
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((item) => item.to.endsWith("@demo.livinglab.id"))).toBe(true);
    expect(body.total).toBe(body.items.length);
    expect(body.total).toBeLessThan(await db().mailMessage.count());
  });

  it("shows an administrator every mail, without the note", async () => {
    const admin = await sessionFor(DEMO.admin);
    const page = await outboxHtml(admin.cookie);
    expect(page.status).toBe(200);
    expect(page.html).toContain(realToken);
    expect(page.html).toContain(demoToken);
    expect(page.html).not.toContain("Surel untuk akun lain disembunyikan");
  });

  it("matches a demo account's address in any case", async () => {
    const sent = await sendMail({
      to: "Sekda.Bandung@Demo.LivingLab.id",
      subject: "Huruf besar",
      text: "uji-huruf-besar-7f3a",
    });
    expect(sent.status).toBe("stored");
    expect((await outboxHtml()).html).toContain("uji-huruf-besar-7f3a");
  });

  it("keeps hiding mail to an address that only looks like a demo account's", async () => {
    const lookalike = await createUser({ email: "tamu@demo.livinglab.id" });
    const token = await resetTokenFor(lookalike.email);
    const page = await outboxHtml();
    expect(page.html).not.toContain(token);
  });
});

describe("the outbox outside demo mode", () => {
  it("is for administrators only", async () => {
    process.env.DEMO_MODE = "false";
    try {
      expect((await get(outboxLoader, "/outbox")).status).toBe(403);
      const { cookie } = await sessionFor(DEMO.coordinator);
      expect((await get(outboxLoader, "/outbox", { cookie })).status).toBe(403);
      const admin = await sessionFor(DEMO.admin);
      const page = await outboxHtml(admin.cookie);
      expect(page.status).toBe(200);
      expect(page.html).not.toContain("Surel untuk akun lain disembunyikan");
    } finally {
      process.env.DEMO_MODE = "true";
    }
  });
});
