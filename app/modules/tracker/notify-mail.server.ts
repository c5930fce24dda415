// The tracker's mail, in Bahasa Indonesia then English (the portal keeps no language per user),
// with links from publicBaseUrl() only and the RFC 8058 unsubscribe headers.
import { notificationSentence, type NotificationFacts } from "~/components/notification-sentence";
import { translator, type MessageKey } from "~/i18n/translate";
import type { OutgoingMail } from "~/modules/mail/mailer.server";
import { publicBaseUrl } from "~/utils/url.server";
import type { TrackerKind } from "./notification-preferences.server";
import { unsubscribeHeaders, unsubscribeUrl } from "./unsubscribe.server";

const LANGUAGES = ["id", "en"] as const;
const oneLine = (text: string) => text.replace(/[\r\n]+/g, " ");

export const commitmentUrl = (id: string, baseUrl = publicBaseUrl()) =>
  `${baseUrl}/commitments/${id}`;

function footer(t: ReturnType<typeof translator>, token: string, baseUrl: string): string {
  return [
    t("notify.mail.unsubscribe", { url: unsubscribeUrl(token, baseUrl) }),
    t("notify.mail.preferences", { url: `${baseUrl}/account/notifications` }),
  ].join("\n");
}

function assemble(
  to: string,
  parts: Array<{ subject: string; text: string }>,
  token: string,
  baseUrl: string,
): OutgoingMail {
  const subject = oneLine(`${parts[0]!.subject} / ${parts[1]!.subject}`);
  const text = `${parts[0]!.text}\n\n----------\n\n${parts[1]!.text}\n\n-- \n${translator("id")("mail.footer")}\n`;
  return { to, subject, text, headers: unsubscribeHeaders(token, baseUrl) };
}

/** The mail of one notification, sent at once. */
export function notificationMail(
  recipient: { email: string; name: string },
  notice: NotificationFacts & { kind: TrackerKind; recordSlug: string },
  token: string,
  baseUrl = publicBaseUrl(),
): OutgoingMail {
  const parts = LANGUAGES.map((language) => {
    const t = translator(language);
    const subject = t("notify.mail.subject", {
      what: t(`notify.kind.${notice.kind}` as MessageKey),
      title: notice.recordTitle,
    });
    const text = [
      t("notify.mail.greeting", { name: recipient.name }),
      "",
      notificationSentence(t, notice),
      "",
      t("notify.mail.open", { url: commitmentUrl(notice.recordSlug, baseUrl) }),
      "",
      footer(t, token, baseUrl),
      "",
      t("mail.signOff"),
    ].join("\n");
    return { subject, text };
  });
  return assemble(recipient.email, parts, token, baseUrl);
}

export interface DigestItem extends NotificationFacts {
  recordSlug: string;
  createdAt: Date;
}

/** Items grouped by commitment: the group with the newest item first, items newest first. */
export function groupByCommitment(items: DigestItem[]): DigestItem[][] {
  const sorted = [...items].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const groups = new Map<string, DigestItem[]>();
  for (const item of sorted) {
    const group = groups.get(item.recordSlug) ?? [];
    group.push(item);
    groups.set(item.recordSlug, group);
  }
  return [...groups.values()];
}

/** A daily or weekly digest of a person's notifications. */
export function digestMail(
  recipient: { email: string; name: string },
  frequency: "DAILY" | "WEEKLY",
  items: DigestItem[],
  token: string,
  baseUrl = publicBaseUrl(),
): OutgoingMail {
  const groups = groupByCommitment(items);
  const parts = LANGUAGES.map((language) => {
    const t = translator(language);
    const when = new Intl.DateTimeFormat(language === "id" ? "id-ID" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Asia/Jakarta",
    });
    const body = groups.map((group) =>
      [
        `# ${group[0]!.recordTitle}`,
        commitmentUrl(group[0]!.recordSlug, baseUrl),
        ...group.map((n) => `- ${when.format(n.createdAt)}: ${notificationSentence(t, n)}`),
      ].join("\n"),
    );
    const text = [
      t("notify.mail.greeting", { name: recipient.name }),
      "",
      t("notify.digest.intro"),
      "",
      body.join("\n\n"),
      "",
      footer(t, token, baseUrl),
      "",
      t("mail.signOff"),
    ].join("\n");
    return { subject: t(`notify.digest.subject.${frequency}`, { count: items.length }), text };
  });
  return assemble(recipient.email, parts, token, baseUrl);
}

export interface CoordinatorDigestFacts {
  week: string;
  created: Array<{ id: string; title: string }>;
  stalled: Array<{ id: string; title: string }>;
  verified: Array<{ id: string; title: string }>;
}

/** The coordinators' weekly digest: new, stalled and verified commitments of the week. */
export function coordinatorDigestMail(
  recipient: { email: string; name: string },
  facts: CoordinatorDigestFacts,
  token: string,
  baseUrl = publicBaseUrl(),
): OutgoingMail {
  const parts = LANGUAGES.map((language) => {
    const t = translator(language);
    const section = (key: MessageKey, list: Array<{ id: string; title: string }>) =>
      [
        t(key, { count: list.length }),
        ...(list.length === 0
          ? [t("notify.coordinator.none")]
          : list.map((c) => `- ${c.title}: ${commitmentUrl(c.id, baseUrl)}`)),
      ].join("\n");
    const text = [
      t("notify.mail.greeting", { name: recipient.name }),
      "",
      t("notify.coordinator.intro", { week: facts.week }),
      "",
      section("notify.coordinator.new", facts.created),
      "",
      section("notify.coordinator.stalled", facts.stalled),
      "",
      section("notify.coordinator.verified", facts.verified),
      "",
      footer(t, token, baseUrl),
      "",
      t("mail.signOff"),
    ].join("\n");
    return { subject: t("notify.coordinator.subject", { week: facts.week }), text };
  });
  return assemble(recipient.email, parts, token, baseUrl);
}
