// Sends the mail that waits in MailMessage: queued messages (written in a command's transaction)
// and failed ones whose next attempt is due. Rows are claimed with FOR UPDATE SKIP LOCKED, so two
// app instances never send the same message; a failure waits longer each time (retryDelayMs) and,
// after MAX_MAIL_ATTEMPTS, stays "failed" in the outbox for the administrators.
import { createTransport } from "nodemailer";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { errorMessage, MAX_MAIL_ATTEMPTS, retryDelayMs } from "./mailer.server";

const BATCH = 20;

export interface DeliveryReport {
  sent: number;
  failed: number;
}

/** One batch of due mail; `smtpUrl` defaults to SMTP_URL (without one nothing is due). */
export async function deliverDueMail(
  options: { now?: Date; smtpUrl?: string | null; from?: string } = {},
): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const smtpUrl =
    (options.smtpUrl === undefined ? env().SMTP_URL : options.smtpUrl)?.trim() || null;
  const report = { sent: 0, failed: 0 };
  if (!smtpUrl) return report;
  const from = options.from || env().MAIL_FROM;
  await db().$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM "MailMessage"
        WHERE status IN ('queued', 'failed') AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt" LIMIT ${BATCH}
        FOR UPDATE SKIP LOCKED`;
      if (due.length === 0) return;
      const messages = await tx.mailMessage.findMany({
        where: { id: { in: due.map((d) => d.id) } },
      });
      const transport = createTransport({
        url: smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      try {
        for (const message of messages) {
          const attempts = message.attempts + 1;
          try {
            await transport.sendMail({
              from,
              to: message.to,
              subject: message.subject,
              text: message.text,
              html: message.html ?? undefined,
              headers: (message.headers as Record<string, string> | null) ?? undefined,
            });
            await tx.mailMessage.update({
              where: { id: message.id },
              data: { status: "sent", sentAt: new Date(), attempts, nextAttemptAt: null },
            });
            report.sent += 1;
          } catch (error) {
            const text = errorMessage(error);
            await tx.mailMessage.update({
              where: { id: message.id },
              data: {
                status: "failed",
                error: text,
                attempts,
                nextAttemptAt:
                  attempts >= MAX_MAIL_ATTEMPTS
                    ? null
                    : new Date(now.getTime() + retryDelayMs(attempts)),
              },
            });
            console.warn(`[mail] attempt ${attempts} of message ${message.id} failed: ${text}`);
            report.failed += 1;
          }
        }
      } finally {
        transport.close();
      }
    },
    { timeout: 5 * 60_000, maxWait: 10_000 },
  );
  return report;
}
