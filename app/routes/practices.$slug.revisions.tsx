import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getSessionUser } from "~/auth/session.server";
import { DemoBadge } from "~/components/demo-badge";
import { languageOf } from "~/i18n/language.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { revisionComparison } from "~/modules/practices/practice-revisions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

const numberParam = z.coerce.number().int().min(1).max(100_000).optional().catch(undefined);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const from = numberParam.parse(url.searchParams.get("from") ?? undefined);
  const to = numberParam.parse(url.searchParams.get("to") ?? undefined);
  const comparison = await revisionComparison(
    params.slug ?? "",
    await getSessionUser(request),
    from,
    to,
  );
  return {
    ...comparison,
    title: `${translator(languageOf(request))("practice.diff.title")} · ${comparison.practice.title}`,
  };
}

const FIELD_LABELS: Record<string, MessageKey> = {
  title: "practice.form.title",
  summary: "practice.form.summary",
  problem: "practice.section.problem",
  solution: "practice.section.solution",
  results: "practice.section.results",
  challenges: "practice.section.challenges",
  conditions: "practice.section.conditions",
  replication: "practice.section.replication",
  indicators: "practice.indicators",
  dimensions: "practice.dimensions",
  sector: "practice.sector",
  stage: "practice.stage",
  year: "practice.year",
  tags: "practice.tags",
};

export default function RevisionsPage() {
  const { practice, revisions, from, to, diff } = useLoaderData<typeof loader>();
  const t = useTranslate();
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to={`/practices/${practice.slug}`}>{practice.title}</Link>
      </nav>
      <h1>
        {t("practice.diff.title")} {practice.isDemo ? <DemoBadge /> : null}
      </h1>
      <Form method="get" className="filter-bar">
        <div className="field">
          <label htmlFor="diff-from">{t("practice.diff.from")}</label>
          <select id="diff-from" name="from" defaultValue={from}>
            {revisions.map((r) => (
              <option key={r.number} value={r.number}>
                {r.number}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="diff-to">{t("practice.diff.to")}</label>
          <select id="diff-to" name="to" defaultValue={to}>
            {revisions.map((r) => (
              <option key={r.number} value={r.number}>
                {r.number}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("practice.diff.show")}
        </button>
      </Form>
      <p>{t("practice.diff.compare", { from, to })}</p>
      {diff
        .filter((d) => d.changed)
        .map((d) => (
          <section key={d.field} className="aside-box" aria-labelledby={`diff-${d.field}`}>
            <h2 id={`diff-${d.field}`}>{t(FIELD_LABELS[d.field] ?? "practice.form.title")}</h2>
            <p className="diff-text">
              {d.parts.map((part, i) =>
                part.kind === "added" ? (
                  <ins key={i} className="diff-added">
                    {part.text}
                  </ins>
                ) : part.kind === "removed" ? (
                  <del key={i} className="diff-removed">
                    {part.text}
                  </del>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </p>
          </section>
        ))}
      {diff.every((d) => !d.changed) ? (
        <p className="empty-state">{t("practice.diff.noChange")}</p>
      ) : null}
    </div>
  );
}
