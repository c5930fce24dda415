// The sentence a notification reads as, on /notifications, /dashboard and in the tracker's mail.
import { dataLabel, isMessageKey, type MessageKey, type Translate } from "~/i18n/translate";

const REVIEW_TEXT: Partial<Record<string, MessageKey>> = {
  "review.published": "notification.published",
  "review.returned": "notification.returned",
  "evidence.accepted": "notification.evidenceAccepted",
  "evidence.needsRevision": "notification.evidenceNeedsRevision",
};

export interface NotificationFacts {
  kind: string;
  recordType: string;
  recordTitle: string;
  comment: string | null;
}

export function notificationSentence(t: Translate, n: NotificationFacts): string {
  const trackerKey = `notify.line.${n.kind}`;
  if (n.kind.startsWith("tracker.") && isMessageKey(trackerKey)) {
    const detail =
      n.kind === "tracker.status"
        ? dataLabel(t, `tracker.status.${n.comment ?? ""}`, n.comment ?? "")
        : (n.comment ?? "");
    return t(trackerKey, { title: n.recordTitle, detail });
  }
  return t(REVIEW_TEXT[n.kind] ?? "notification.published", {
    type: dataLabel(t, `review.type.${n.recordType}`, n.recordType),
    title: n.recordTitle,
    comment: n.comment ?? "",
  });
}
