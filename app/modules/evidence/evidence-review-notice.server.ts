// Who hears of an evidence review and what the mail says. The recipients are the region's members
// who wrote the record (created or changed it, or uploaded one of its files) and the region's
// secretaries; never the reviewer, nor a disabled account. The portal notification is the
// practice review's (app/modules/review/notifications.server.ts); the mail goes to the outbox
// when no SMTP server is set.
import type { Prisma } from "@prisma/client";
import { db } from "~/db.server";
import { translator } from "~/i18n/translate";
import { sendMail } from "~/modules/mail/mailer.server";
import { notificationPath, type ReviewNotice } from "~/modules/review/notifications.server";
import { publicBaseUrl } from "~/utils/url.server";

export async function reviewRecipients(
  tx: Prisma.TransactionClient,
  evidenceId: string,
  regionCode: string,
  reviewerId: string,
): Promise<string[]> {
  const users = await tx.user.findMany({
    where: {
      id: { not: reviewerId },
      disabledAt: null,
      memberships: { some: { regionCode } },
      OR: [
        { memberships: { some: { regionCode, role: "SECRETARY" } } },
        { evidenceCreated: { some: { id: evidenceId } } },
        { evidenceUpdated: { some: { id: evidenceId } } },
        { evidenceVersions: { some: { file: { evidenceId } } } },
      ],
    },
    orderBy: { email: "asc" },
    select: { id: true },
  });
  return users.map((user) => user.id);
}

/** The mail of a review, in Bahasa Indonesia then English (the portal keeps no language per user). */
export function evidenceReviewMail(
  notice: ReviewNotice & { name: string },
  baseUrl = publicBaseUrl(),
) {
  const url = `${baseUrl}${notificationPath(notice)}`;
  const accepted = notice.kind === "evidence.accepted";
  const parts = (["id", "en"] as const).map((language) => {
    const t = translator(language);
    const params = { name: notice.name, title: notice.recordTitle, url };
    const body = accepted
      ? t("evidenceReview.mail.accepted.body", params)
      : t("evidenceReview.mail.needsRevision.body", { ...params, comment: notice.comment ?? "" });
    const comment =
      accepted && notice.comment
        ? `\n\n${t("evidenceReview.mail.comment", { comment: notice.comment })}`
        : "";
    return {
      subject: t(
        accepted
          ? "evidenceReview.mail.accepted.subject"
          : "evidenceReview.mail.needsRevision.subject",
        params,
      ),
      text: `${body}${comment}\n\n${t("mail.signOff")}`,
    };
  });
  const subject = `${parts[0]!.subject} / ${parts[1]!.subject}`.replace(/[\r\n]+/g, " ");
  const text = `${parts[0]!.text}\n\n----------\n\n${parts[1]!.text}\n\n-- \n${translator("id")("mail.footer")}\n`;
  return { subject, text };
}

/** Mails one recipient after the decision committed; a failed send stays in the outbox. */
export async function mailEvidenceReview(notice: ReviewNotice): Promise<void> {
  const user = await db().user.findUnique({
    where: { id: notice.userId },
    select: { email: true, name: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return;
  try {
    await sendMail({ to: user.email, ...evidenceReviewMail({ ...notice, name: user.name }) });
  } catch (error) {
    console.error("evidence review mail not sent:", error instanceof Error ? error.message : error);
  }
}
