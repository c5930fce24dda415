// Outgoing e-mail. Every message is recorded in MailMessage: "stored" when no SMTP server is configured
// (development, demos: read it in the outbox), "queued" when written in a caller's transaction
// (queueMail: sent after commit by mail-delivery.server.ts), "sent" once the SMTP server accepted it,
// "failed" with the error otherwise. A failed send is returned, not thrown, so the caller's own write is
// not lost, and it is tried again later with a growing delay (mail-delivery.server.ts).
// Message bodies hold one-time links (tokens): never log them.
import type { Prisma } from "@prisma/client";
import { createTransport } from "nodemailer";
import { z } from "zod";
import { db } from "~/db.server";
import { env } from "~/env.server";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe (RFC 8058). */
  headers?: Record<string, string>;
}

export type MailStatus = "stored" | "queued" | "sent" | "failed";

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
  attempts: number;
  error: string | null;
  nextAttemptAt: Date | null;
  createdAt: Date;
}

const MAX_ERROR_LENGTH = 1000;

const recipientSchema = z.email();

/** The delay before attempt n + 1 after n failed ones: 1 min doubling, at most 6 h. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/** After this many failed attempts a message stays "failed" with no next attempt (the outbox shows it). */
export const MAX_MAIL_ATTEMPTS = 8;

export function errorMessage(error: unknown): string {
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
    (options.smtpUrl === undefined ? env().SMTP_URL : options.smtpUrl)?.trim() || null;
  const from = options.from || env().MAIL_FROM;
  const record = {
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? null,
    headers: mail.headers ?? undefined,
  };

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
      headers: mail.headers,
    });
  } catch (error) {
    const message = errorMessage(error);
    const row = await db().mailMessage.create({
      data: {
        ...record,
        status: "failed",
        error: message,
        attempts: 1,
        nextAttemptAt: new Date(Date.now() + retryDelayMs(1)),
      },
      select: { id: true },
    });
    // The id and the error only: the recipient and the body stay in the database.
    console.warn(`[mail] sending message ${row.id} failed: ${message}`);
    return { id: row.id, status: "failed", error: message };
  } finally {
    transport.close();
  }
  const row = await db().mailMessage.create({
    data: { ...record, status: "sent", sentAt: new Date(), attempts: 1 },
    select: { id: true },
  });
  return { id: row.id, status: "sent" };
}

/**
 * Records a message in the caller's transaction, so it commits (or not) with what it tells about:
 * "stored" without an SMTP server, otherwise "queued" and sent after commit by deliverDueMail.
 */
export async function queueMail(
  tx: Prisma.TransactionClient,
  mail: OutgoingMail,
  options: { smtpUrl?: string | null; now?: Date } = {},
): Promise<string | null> {
  if (!recipientSchema.safeParse(mail.to).success) return null;
  const smtpUrl =
    (options.smtpUrl === undefined ? env().SMTP_URL : options.smtpUrl)?.trim() || null;
  const row = await tx.mailMessage.create({
    data: {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      headers: mail.headers ?? undefined,
      status: smtpUrl ? "queued" : "stored",
      nextAttemptAt: smtpUrl ? (options.now ?? new Date()) : null,
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * Which recorded messages a reader of the outbox may see: "all" (administrators), or only mail to
 * demo accounts ("demo-accounts", the open outbox of demo mode).
 *
 * A message is to a demo account when its recipient is the address of a user marked isDemo.
 * That is decided here, when the outbox is read, by matching on the user table rather than by a
 * flag stored with the message: it holds for mail queued before this rule, it cannot drift from
 * the accounts, and mail to an address with no account (an invitation, an account request) or to a
 * real account is hidden. sendMail takes one recipient per message, so "every recipient" is that one.
 */
export type OutboxScope = "all" | "demo-accounts";

async function outboxFilter(scope: OutboxScope): Promise<Prisma.MailMessageWhereInput> {
  if (scope === "all") return {};
  const demoAccounts = await db().user.findMany({
    where: { isDemo: true },
    select: { email: true },
  });
  // User.email is lower-cased; a recipient may have been typed in another case.
  return { to: { in: demoAccounts.map((user) => user.email), mode: "insensitive" } };
}

/** Recorded messages, newest first, for the outbox; `scope` says whose mail (default all). */
export async function listOutbox({
  page,
  limit,
  scope = "all",
  status,
}: {
  page: number;
  limit: number;
  scope?: OutboxScope;
  /** Only the messages of one status, e.g. "failed". */
  status?: MailStatus;
}): Promise<{ total: number; items: OutboxItem[] }> {
  const whole = (value: number) => (Number.isFinite(value) ? Math.max(1, Math.floor(value)) : 1);
  const take = whole(limit);
  const skip = (whole(page) - 1) * take;
  const where = { ...(await outboxFilter(scope)), ...(status ? { status } : {}) };
  const [total, rows] = await Promise.all([
    db().mailMessage.count({ where }),
    db().mailMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip,
      take,
      select: {
        id: true,
        to: true,
        subject: true,
        text: true,
        status: true,
        attempts: true,
        error: true,
        nextAttemptAt: true,
        createdAt: true,
      },
    }),
  ]);
  return { total, items: rows.map((row) => ({ ...row, status: row.status as MailStatus })) };
}

/** Failed messages in the reader's scope (retried or given up): the outbox shows the count. */
export async function countFailedMail(scope: OutboxScope = "all"): Promise<number> {
  return db().mailMessage.count({ where: { ...(await outboxFilter(scope)), status: "failed" } });
}
