// The practice page's side boxes that lead elsewhere: the code entries it uses and its revisions.
import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { localeOf } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { statusLabelKey, type RecordStatus } from "~/modules/review/workflow";

export function PracticeCodeEntries(props: {
  entries: Array<{ slug: string; name: string; isDemo: boolean; status: RecordStatus }>;
}) {
  const t = useTranslate();
  if (props.entries.length === 0) return null;
  return (
    <section className="aside-box" aria-labelledby="code-entries-title">
      <h2 id="code-entries-title">{t("practice.codeEntries")}</h2>
      <ul className="plain-list">
        {props.entries.map((entry) => (
          <li key={entry.slug}>
            <Link to={`/software/${entry.slug}`}>{entry.name}</Link>{" "}
            {entry.status !== "PUBLISHED" ? (
              <span className="muted">({t(statusLabelKey(entry.status))})</span>
            ) : null}{" "}
            {entry.isDemo ? <DemoBadge /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PracticeHistory(props: {
  slug: string;
  revisions: Array<{ number: number; createdAt: string; note: string | null; by: string | null }>;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium" });
  if (props.revisions.length === 0) return null;
  const base = `/practices/${props.slug}/revisions`;
  return (
    <section className="aside-box" aria-labelledby="history-title">
      <h2 id="history-title">{t("practice.history")}</h2>
      <ul className="plain-list">
        {props.revisions.map((r) => (
          <li key={r.number}>
            {r.number > 1 ? (
              <Link to={`${base}?from=${r.number - 1}&to=${r.number}`}>
                {t("practice.revision", { number: r.number })}
              </Link>
            ) : (
              t("practice.revision", { number: r.number })
            )}{" "}
            · {date.format(new Date(r.createdAt))}
            {r.by ? ` · ${r.by}` : ""}
            {r.note ? <span className="muted"> · {r.note}</span> : null}
          </li>
        ))}
      </ul>
      {props.revisions.length > 1 ? (
        <p>
          <Link to={base}>{t("practice.diff.show")}</Link>
        </p>
      ) : null}
    </section>
  );
}
