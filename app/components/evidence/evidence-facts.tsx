import { Link } from "@remix-run/react";
import { ExternalLink } from "~/components/external-link";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { EvidenceView } from "~/modules/evidence/evidence-queries.server";
import { useDateFormat } from "./evidence-files";

/** A record's facts, description and links (the review history is the review panel's). */
export function EvidenceFacts({ view }: { view: EvidenceView }) {
  const t = useTranslate();
  const en = useLanguage() === "en";
  const date = useDateFormat();
  const day = (value: string) => date.format(new Date(`${value}T00:00:00Z`));
  const level = view.maturityLevels.find((m) => m.level === view.level);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <dl className="facts evidence-facts">
        <div>
          <dt>{t("evidence.view.region")}</dt>
          <dd>
            <Link to={`/regions/${view.region.code}`}>{view.region.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("evidence.view.year")}</dt>
          <dd>{view.year}</dd>
        </div>
        <div>
          <dt>{t("evidence.view.level")}</dt>
          <dd>
            {view.level}
            {level ? ` · ${en ? level.nameEn : level.name}` : null}
          </dd>
        </div>
        <div>
          <dt>{t("evidence.view.effectiveDate")}</dt>
          <dd>{day(view.effectiveDate)}</dd>
        </div>
        {view.expiresOn ? (
          <div>
            <dt>{t("evidence.view.expiresOn")}</dt>
            <dd>
              {day(view.expiresOn)}
              {view.expiresOn < today ? ` (${t("evidence.view.expired")})` : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t("evidence.view.visibility")}</dt>
          <dd>{t(`evidence.visibility.short.${view.visibility}`)}</dd>
        </div>
        <div>
          <dt>{t("evidence.view.review")}</dt>
          <dd>{t(`evidence.review.${view.reviewState}`)}</dd>
        </div>
      </dl>
      <p>
        <strong>{t("evidence.view.indicators")}:</strong>{" "}
        {view.indicators.map((indicator, i) => (
          <span key={indicator.number}>
            {i > 0 ? ", " : null}
            <Link to={`/spbe/indicators/${indicator.number}`}>
              {indicator.number}. {en ? indicator.titleEn : indicator.title}
            </Link>
          </span>
        ))}
      </p>
      {view.description ? <p className="evidence-description">{view.description}</p> : null}
      <p className="muted">
        {t("evidence.view.updated", {
          date: date.format(new Date(view.updatedAt)),
          name: view.updatedBy ?? t("evidence.files.unknownUser"),
        })}
      </p>
      <section aria-labelledby="links-title">
        <h2 id="links-title">{t("evidence.links.title")}</h2>
        {view.links.length === 0 ? (
          <p className="muted">{t("evidence.links.none")}</p>
        ) : (
          <ul className="plain-list">
            {view.links.map((link, i) => (
              <li key={i}>
                <ExternalLink href={link.url}>{link.text}</ExternalLink>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
