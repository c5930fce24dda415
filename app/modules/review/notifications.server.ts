// Telling an author what became of their submission: a Notification row in the portal (listed on
// /dashboard, read once opened) and a mail (the outbox without SMTP). Links come from
// publicBaseUrl(), never from a request.
import type { Prisma } from "@prisma/client";
import { notFound } from "~/utils/app-error";
import { db } from "~/db.server";
import { translator } from "~/i18n/translate";
import { sendMail } from "~/modules/mail/mailer.server";
import { publicBaseUrl } from "~/utils/url.server";

export type NotificationKind =
  "review.published" | "review.returned" | "evidence.accepted" | "evidence.needsRevision";
export type ReviewedRecordType = "practice" | "software" | "evidence";

export interface ReviewNotice {
  userId: string;
  kind: NotificationKind;
  recordType: ReviewedRecordType;
  recordSlug: string;
  recordTitle: string;
  comment?: string | null;
}

/**
 * Where a notification leads: the published record, or the author's edit page with the comment;
 * an evidence review leads to the record's page (its slug is the record's id), with the history;
 * a tracker notification to the commitment's page (its slug is the commitment's id).
 */
export function notificationPath(n: {
  kind: string;
  recordType: string;
  recordSlug: string;
}): string {
  if (n.recordType === "evidence") return `/evidence/${n.recordSlug}`;
  if (n.recordType === "commitment") return `/commitments/${n.recordSlug}`;
  const base = n.recordType === "software" ? "/software" : "/practices";
  return n.kind === "review.returned" ? `${base}/${n.recordSlug}/edit` : `${base}/${n.recordSlug}`;
}

/** Stores the notification in the caller's transaction (it commits with the decision). */
export async function addNotification(tx: Prisma.TransactionClient, notice: ReviewNotice) {
  await tx.notification.create({
    data: {
      userId: notice.userId,
      kind: notice.kind,
      recordType: notice.recordType,
      recordSlug: notice.recordSlug,
      recordTitle: notice.recordTitle,
      comment: notice.comment ?? null,
    },
  });
}

/** The mail of a decision, in Bahasa Indonesia then English (the portal keeps no language per user). */
export function reviewMail(notice: ReviewNotice & { name: string }, baseUrl = publicBaseUrl()) {
  const url = `${baseUrl}${notificationPath(notice)}`;
  const parts = (["id", "en"] as const).map((language) => {
    const t = translator(language);
    const type = t(`review.type.${notice.recordType}`);
    const params = { name: notice.name, title: notice.recordTitle, type, url };
    const body =
      notice.kind === "review.published"
        ? t("review.mail.published.body", params)
        : t("review.mail.returned.body", { ...params, comment: notice.comment ?? "" });
    return {
      subject: t(
        notice.kind === "review.published"
          ? "review.mail.published.subject"
          : "review.mail.returned.subject",
        params,
      ),
      text: `${body}\n\n${t("mail.signOff")}`,
    };
  });
  const subject = `${parts[0]!.subject} / ${parts[1]!.subject}`.replace(/[\r\n]+/g, " ");
  const text = `${parts[0]!.text}\n\n----------\n\n${parts[1]!.text}\n\n-- \n${translator("id")("mail.footer")}\n`;
  return { subject, text };
}

/** Mails the author after the decision committed; a failed send is kept in the outbox, not thrown. */
export async function mailAuthor(notice: ReviewNotice): Promise<void> {
  const user = await db().user.findUnique({
    where: { id: notice.userId },
    select: { email: true, name: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return;
  const mail = reviewMail({ ...notice, name: user.name });
  try {
    await sendMail({ to: user.email, ...mail });
  } catch (error) {
    console.error("review mail not sent:", error instanceof Error ? error.message : error);
  }
}

export async function listNotifications(userId: string, take = 20) {
  const [unread, items] = await Promise.all([
    db().notification.count({ where: { userId, readAt: null } }),
    db().notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }],
      take,
      select: {
        id: true,
        kind: true,
        recordType: true,
        recordSlug: true,
        recordTitle: true,
        comment: true,
        readAt: true,
        createdAt: true,
      },
    }),
  ]);
  return { unread, items };
}

/** Marks one of the user's notifications read and answers where it leads; 404 for anyone else's. */
export async function openNotification(userId: string, id: string): Promise<string> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound();
  const notification = await db().notification.findFirst({
    where: { id, userId },
    select: { id: true, kind: true, recordType: true, recordSlug: true, readAt: true },
  });
  if (!notification) throw notFound();
  if (!notification.readAt)
    await db().notification.update({ where: { id }, data: { readAt: new Date() } });
  return notificationPath(notification);
}
