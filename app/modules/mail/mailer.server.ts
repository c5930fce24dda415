// Outgoing e-mail. Every message is recorded in MailMessage: "stored" when no SMTP server is configured
// (development, demos: read it in the outbox), "sent" once the SMTP server accepted it, "failed" with the
// error otherwise. A failed send is returned, not thrown, so the caller's own write is not lost.
// Message bodies hold one-time links (tokens): never log them.
import { createTransport } from "nodemailer";
import { z } from "zod";
import { db } from "~/db.server";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export type MailStatus = "stored" | "sent" | "failed";

export interface SendMailResult {
  id: string;
  status: MailStatus;
  error?: string;
}

export interface OutboxItem {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: MailStatus;
  createdAt: Date;
}

const DEFAULT_FROM = "Living Lab Layanan Digital <no-reply@livinglab.local>";
const MAX_ERROR_LENGTH = 1000;

const recipientSchema = z.email();

function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, MAX_ERROR_LENGTH) || "Unknown error";
}

/**
 * Sends (or, without an SMTP server, stores) one message and records it. `smtpUrl` defaults to SMTP_URL,
 * e.g. "smtps://user:pass@mail.example.go.id" or "smtp://127.0.0.1:1025?ignoreTLS=true" (nodemailer reads
 * transport options from the query string). Throws only for an invalid recipient (nothing is stored then)
 * or when the database itself fails.
 */
export async function sendMail(
  mail: OutgoingMail,
  options: { smtpUrl?: string | null; from?: string } = {},
): Promise<SendMailResult> {
  if (!recipientSchema.safeParse(mail.to).success) {
    throw new Error("sendMail: the recipient is not a valid e-mail address");
  }
  const smtpUrl =
    (options.smtpUrl === undefined ? process.env.SMTP_URL : options.smtpUrl)?.trim() || null;
  const from = options.from || process.env.MAIL_FROM?.trim() || DEFAULT_FROM;
  const record = { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null };

  if (!smtpUrl) {
    const row = await db().mailMessage.create({
      data: { ...record, status: "stored" },
      select: { id: true },
    });
    return { id: row.id, status: "stored" };
  }

  const transport = createTransport({
    url: smtpUrl,
    // Fail within seconds rather than the defaults' minutes: the caller is waiting.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  try {
    await transport.sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
  } catch (error) {
    const message = errorMessage(error);
    const row = await db().mailMessage.create({
      data: { ...record, status: "failed", error: message },
      select: { id: true },
    });
    // The id and the error only: the recipient and the body stay in the database.
    console.warn(`[mail] sending message ${row.id} failed: ${message}`);
    return { id: row.id, status: "failed", error: message };
  } finally {
    transport.close();
  }
  const row = await db().mailMessage.create({
    data: { ...record, status: "sent", sentAt: new Date() },
    select: { id: true },
  });
  return { id: row.id, status: "sent" };
}

/** Recorded messages, newest first, for the administrators' outbox. */
export async function listOutbox({
  page,
  limit,
}: {
  page: number;
  limit: number;
}): Promise<{ total: number; items: OutboxItem[] }> {
  const whole = (value: number) => (Number.isFinite(value) ? Math.max(1, Math.floor(value)) : 1);
  const take = whole(limit);
  const skip = (whole(page) - 1) * take;
  const [total, rows] = await Promise.all([
    db().mailMessage.count(),
    db().mailMessage.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take,
      select: { id: true, to: true, subject: true, text: true, status: true, createdAt: true },
    }),
  ]);
  return { total, items: rows.map((row) => ({ ...row, status: row.status as MailStatus })) };
}
