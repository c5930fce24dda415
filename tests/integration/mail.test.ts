import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { mailMessagesEn } from "../../app/i18n/messages.mail.en";
import { mailMessagesId } from "../../app/i18n/messages.mail.id";
import { listOutbox, sendMail } from "../../app/modules/mail/mailer.server";
import {
  accountApprovedMail,
  accountRejectedMail,
  accountRequestPendingMail,
  invitationMail,
  passwordResetMail,
} from "../../app/modules/mail/templates";
import { startSmtpTestServer, type SmtpTestServer } from "../support/smtp-test-server";
import { freePort } from "../support/test-database";

const resetUrl = "https://livinglab.example/reset-password/tok_abc123";

describe("sendMail", () => {
  let smtp: SmtpTestServer;
  const savedSmtpUrl = process.env.SMTP_URL;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
  });
  afterAll(async () => {
    await smtp.close();
  });
  afterEach(() => {
    if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
    else process.env.SMTP_URL = savedSmtpUrl;
  });

  it("delivers through SMTP and records the message as sent", async () => {
    const mail = passwordResetMail({ language: "id", name: "Siti Rahma", url: resetUrl, hours: 2 });
    const result = await sendMail({ to: "siti@sumedangkab.go.id", ...mail }, { smtpUrl: smtp.url });
    expect(result).toEqual({ id: expect.any(String), status: "sent" });

    const received = await smtp.waitFor((m) => m.to.includes("siti@sumedangkab.go.id"));
    expect(received.to).toEqual(["siti@sumedangkab.go.id"]);
    expect(received.subject).toBe(mail.subject);
    expect(received.text).toContain(resetUrl);
    expect(received.from).toContain("no-reply@livinglab.local");

    const row = await db().mailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ to: "siti@sumedangkab.go.id", status: "sent", error: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("reads SMTP_URL and MAIL_FROM at call time", async () => {
    process.env.SMTP_URL = smtp.url;
    const savedFrom = process.env.MAIL_FROM;
    process.env.MAIL_FROM = "Portal Uji <portal@uji.example>";
    try {
      const result = await sendMail({ to: "env@example.org", subject: "Env", text: "Halo" });
      expect(result.status).toBe("sent");
      const received = await smtp.waitFor((m) => m.to.includes("env@example.org"));
      expect(received.from).toContain("portal@uji.example");
    } finally {
      if (savedFrom === undefined) delete process.env.MAIL_FROM;
      else process.env.MAIL_FROM = savedFrom;
    }
  });

  it("stores the message without an SMTP server, and lists the outbox newest first", async () => {
    process.env.SMTP_URL = smtp.url; // an explicit null wins over the environment
    const before = smtp.messages.length;
    const first = await sendMail(
      { to: "a@example.org", subject: "Pertama", text: "1" },
      { smtpUrl: null },
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await sendMail(
      { to: "b@example.org", subject: "Kedua", text: "2" },
      { smtpUrl: null },
    );
    expect(first.status).toBe("stored");
    expect(second.status).toBe("stored");
    expect(smtp.messages.length).toBe(before);

    const outbox = await listOutbox({ page: 1, limit: 100 });
    expect(outbox.total).toBe(outbox.items.length);
    const ids = outbox.items.map((item) => item.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(outbox.items.find((item) => item.id === first.id)).toMatchObject({
      to: "a@example.org",
      subject: "Pertama",
      text: "1",
      status: "stored",
    });
    const times = outbox.items.map((item) => item.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));

    const onePerPage = await listOutbox({ page: 2, limit: 1 });
    expect(onePerPage.total).toBe(outbox.total);
    expect(onePerPage.items.map((item) => item.id)).toEqual([ids[1]]);
  });

  it("returns and records a failure instead of throwing when the SMTP server is unreachable", async () => {
    const closedPort = await freePort();
    const result = await sendMail(
      { to: "gagal@example.org", subject: "Gagal", text: "x" },
      { smtpUrl: `smtp://127.0.0.1:${closedPort}?ignoreTLS=true` },
    );
    expect(result.status).toBe("failed");
    expect(result.error).toBeTruthy();
    const row = await db().mailMessage.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ status: "failed", error: result.error, sentAt: null });
  });

  it("throws on an invalid address and stores nothing", async () => {
    const before = await db().mailMessage.count();
    for (const to of [
      "not-an-address",
      "a@example.org, b@example.org",
      "Siti <siti@example.org>",
      "",
    ]) {
      await expect(sendMail({ to, subject: "x", text: "x" }, { smtpUrl: null })).rejects.toThrow();
      await expect(
        sendMail({ to, subject: "x", text: "x" }, { smtpUrl: smtp.url }),
      ).rejects.toThrow();
    }
    expect(await db().mailMessage.count()).toBe(before);
  });
});

describe("mail templates", () => {
  it("write the password-reset mail in Bahasa Indonesia and English", () => {
    const params = { name: "Siti Rahma", url: resetUrl, hours: 2 };
    const id = passwordResetMail({ language: "id", ...params });
    const en = passwordResetMail({ language: "en", ...params });
    for (const mail of [id, en]) {
      expect(mail.text).toContain(resetUrl);
      expect(mail.text).toContain("Siti Rahma");
      expect(mail.text).not.toMatch(/\{\w+\}/);
      expect(mail.subject).not.toMatch(/[\r\n]/);
    }
    expect(id.subject).not.toBe(en.subject);
    expect(id.text).toContain("kata sandi");
    expect(id.text).toContain("2 jam");
    expect(id.text).toContain("Tim Living Lab Layanan Digital");
    expect(en.text).toContain("password");
    expect(en.text).toContain("2 hours");
    expect(en.text).toContain("The Digital Service Living Lab team");
    expect(en.text).toContain(mailMessagesEn["mail.footer"]);
    expect(id.text).toContain(mailMessagesId["mail.footer"]);
  });

  it("fill every placeholder of every mail", () => {
    const mails = (["id", "en"] as const).flatMap((language) => [
      passwordResetMail({ language, name: "N", url: "https://x/1", hours: 1 }),
      invitationMail({
        language,
        inviter: "I",
        role: "R",
        region: "Kota Bandung",
        url: "https://x/2",
        days: 7,
      }),
      accountApprovedMail({
        language,
        name: "N",
        region: "Kota Bandung",
        url: "https://x/3",
        hours: 48,
      }),
      accountRejectedMail({ language, name: "N", region: "Kota Bandung" }),
      accountRequestPendingMail({
        language,
        requester: "Q",
        region: "Kota Bandung",
        url: "https://x/4",
      }),
    ]);
    for (const mail of mails) {
      expect(mail.subject.trim()).not.toBe("");
      expect(`${mail.subject}\n${mail.text}`).not.toMatch(/\{\w+\}/);
    }
  });

  it("have the same keys and placeholders in both catalogues", () => {
    expect(Object.keys(mailMessagesEn).sort()).toEqual(Object.keys(mailMessagesId).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(mailMessagesId) as Array<keyof typeof mailMessagesId>) {
      expect(key.startsWith("mail."), key).toBe(true);
      expect(mailMessagesEn[key].trim(), key).not.toBe("");
      expect(placeholders(mailMessagesEn[key]), key).toEqual(placeholders(mailMessagesId[key]));
    }
  });
});
