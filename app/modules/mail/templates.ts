// The e-mails the portal sends, as plain text in the reader's language. Pure functions: no database, no
// sending (see mailer.server.ts). Each body ends with the sign-off and the "sent automatically" footer.
import { localeOf, type Language } from "~/i18n/languages";
import { mailMessagesEn } from "~/i18n/messages.mail.en";
import { mailMessagesId, type MailMessageKey } from "~/i18n/messages.mail.id";

export interface MailContent {
  subject: string;
  text: string;
}

type Params = Record<string, string | number>;

// A local translator over the mail catalogues, with the same {name} interpolation as ~/i18n/translate.ts
// (numbers formatted in the reader's locale), until these keys are merged into the main catalogues.
const catalogues: Record<Language, Record<MailMessageKey, string>> = {
  id: mailMessagesId,
  en: mailMessagesEn,
};

function translate(language: Language, key: MailMessageKey, params: Params = {}): string {
  const template = catalogues[language][key] ?? mailMessagesId[key];
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === "number" ? value.toLocaleString(localeOf(language)) : value;
  });
}

type MailKind =
  | "passwordReset"
  | "invitation"
  | "accountApproved"
  | "accountRejected"
  | "accountRequestPending"
  | "monitoringReminder";

function compose(kind: MailKind, language: Language, params: Params): MailContent {
  const subject = translate(language, `mail.${kind}.subject`, params);
  const body = translate(language, `mail.${kind}.body`, params);
  const text = [
    body,
    translate(language, "mail.signOff"),
    `-- \n${translate(language, "mail.footer")}`,
  ];
  // A subject is one header line: never let a placeholder value break it.
  return { subject: subject.replace(/[\r\n]+/g, " ").trim(), text: `${text.join("\n\n")}\n` };
}

export function passwordResetMail({
  language,
  ...params
}: {
  language: Language;
  name: string;
  url: string;
  hours: number;
}): MailContent {
  return compose("passwordReset", language, params);
}

export function invitationMail({
  language,
  ...params
}: {
  language: Language;
  /** Name of the person who invites. */
  inviter: string;
  /** The role, already in the reader's language. */
  role: string;
  /** Region name, e.g. "Kabupaten Sumedang". */
  region: string;
  url: string;
  days: number;
}): MailContent {
  return compose("invitation", language, params);
}

export function accountApprovedMail({
  language,
  ...params
}: {
  language: Language;
  name: string;
  region: string;
  /** Link to set the first password. */
  url: string;
  hours: number;
}): MailContent {
  return compose("accountApproved", language, params);
}

export function accountRejectedMail({
  language,
  ...params
}: {
  language: Language;
  name: string;
  region: string;
}): MailContent {
  return compose("accountRejected", language, params);
}

/** Sent to the approvers of a region when someone asks for an account there. */
export function accountRequestPendingMail({
  language,
  ...params
}: {
  language: Language;
  /** Name (and, if useful, e-mail address) of the person asking. */
  requester: string;
  region: string;
  /** Link to the page where the request is decided. */
  url: string;
}): MailContent {
  return compose("accountRequestPending", language, params);
}

/** A coordinator's reminder to a region's secretaries (/monitoring/regions/:code, "Kirim pengingat"). */
export function monitoringReminderMail({
  language,
  ...params
}: {
  language: Language;
  region: string;
  /** Name of the coordinator who sends it. */
  sender: string;
  /** The figures, already in the reader's language and number format. */
  status: string;
  lastActivity: string;
  active: number;
  stalled: number;
  year: number;
  evidence: string;
  dashboardUrl: string;
  trackerUrl: string;
}): MailContent {
  return compose("monitoringReminder", language, { ...params, year: String(params.year) });
}
