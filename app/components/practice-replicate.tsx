// "Tiru praktik ini": how a region replicates the practice. The gap analysis links here
// (/practices/:slug#tiru, app/components/assessment/gap-indicator.tsx), so the id stays "tiru".
// Today it names the practice's contacts and how to reach them; the follow-up tracker will add
// its "create a draft commitment" action in the actions slot.
import type { ReactNode } from "react";
import { useTranslate } from "~/i18n/use-translate";

export const REPLICATE_ANCHOR = "tiru";

export interface PracticeContact {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

function ContactCard({ contact }: { contact: PracticeContact }) {
  const t = useTranslate();
  return (
    <li className="contact-card">
      <p className="contact-name">
        <strong>{contact.name}</strong>
        {contact.role ? <span className="muted"> · {contact.role}</span> : null}
      </p>
      <ul className="plain-list">
        {contact.email ? (
          <li>
            {t("practice.contact.email")}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        ) : null}
        {contact.phone ? (
          <li>
            {t("practice.contact.phone")}:{" "}
            <a href={`tel:${contact.phone.replace(/[\s-]/g, "")}`}>{contact.phone}</a>
          </li>
        ) : null}
      </ul>
    </li>
  );
}

export function PracticeReplicate(props: { contacts: PracticeContact[]; actions?: ReactNode }) {
  const t = useTranslate();
  return (
    <section
      className="aside-box replicate"
      id={REPLICATE_ANCHOR}
      aria-labelledby="replicate-title"
    >
      <h2 id="replicate-title">{t("practice.replicate.title")}</h2>
      <p>{t("practice.replicate.body")}</p>
      <h3 id="replicate-contacts">{t("practice.contacts")}</h3>
      {props.contacts.length ? (
        <ul className="plain-list contact-list" aria-labelledby="replicate-contacts">
          {props.contacts.map((c) => (
            <ContactCard key={`${c.name}-${c.email ?? ""}-${c.phone ?? ""}`} contact={c} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t("practice.contact.none")}</p>
      )}
      {props.actions ?? <p className="muted">{t("practice.replicate.soon")}</p>}
    </section>
  );
}
