// The side boxes of a software entry's page that point elsewhere: the SPBE indicators it
// supports, the good practices that use it, who maintains it and the technology it is built with.
import { Link } from "@remix-run/react";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { PubliccodeData } from "~/modules/software/publiccode";

export function RelatedIndicators({
  indicators,
}: {
  indicators: Array<{ number: number; title: string; titleEn: string }>;
}) {
  const t = useTranslate();
  const language = useLanguage();
  if (!indicators.length) return null;
  return (
    <section className="aside-box" aria-labelledby="ind-title">
      <h2 id="ind-title">{t("practice.indicators")}</h2>
      <ul className="plain-list">
        {indicators.map((i) => (
          <li key={i.number}>
            <Link to={`/spbe/indicators/${i.number}`}>
              {i.number}. {language === "en" ? i.titleEn : i.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function RelatedPractices({
  practices,
}: {
  practices: Array<{ slug: string; title: string }>;
}) {
  const t = useTranslate();
  if (!practices.length) return null;
  return (
    <section className="aside-box" aria-labelledby="prac-title">
      <h2 id="prac-title">{t("software.practices")}</h2>
      <ul className="plain-list">
        {practices.map((p) => (
          <li key={p.slug}>
            <Link to={`/practices/${p.slug}`}>{p.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MaintenanceContacts({
  maintenance,
}: {
  maintenance: PubliccodeData["maintenance"] | undefined;
}) {
  const t = useTranslate();
  if (!maintenance?.contacts?.length) return null;
  return (
    <section className="aside-box" aria-labelledby="maint-title">
      <h2 id="maint-title">{t("software.maintenance")}</h2>
      <p className="muted">{maintenance.type}</p>
      <ul className="plain-list">
        {maintenance.contacts.map((c) => (
          <li key={c.name}>
            {c.name}
            {c.email ? (
              <>
                {" "}
                · <a href={`mailto:${c.email}`}>{c.email}</a>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TechChips({ tech }: { tech: string[] }) {
  const t = useTranslate();
  if (!tech.length) return null;
  return (
    <section className="aside-box" aria-labelledby="tech-title">
      <h2 id="tech-title">{t("software.field.tech")}</h2>
      <p className="chips">
        {tech.map((x) => (
          <span key={x} className="chip">
            {x}
          </span>
        ))}
      </p>
    </section>
  );
}
