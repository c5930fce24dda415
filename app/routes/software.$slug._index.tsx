import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { can } from "~/auth/policy";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { getSessionUser, requireUser } from "~/auth/session.server";
import { Field, FormNotice, formErrorOf, SelectField } from "~/components/form-field";
import { dataLabel, type MessageKey } from "~/i18n/translate";
import {
  adoptionSchema,
  decideAdoption,
  declareAdoption,
  withdrawAdoption,
  withdrawalSchema,
} from "~/modules/software/software-commands.server";
import { DemoBadge } from "~/components/demo-badge";
import { ExternalLink } from "~/components/external-link";
import { localeOf } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { renderMarkdown } from "~/modules/practices/markdown.server";
import type { PubliccodeData } from "~/modules/software/publiccode";
import { getSoftwareBySlug } from "~/modules/software/software-queries.server";
import { formError, formNotice, tooManyRequests } from "~/utils/responses.server";
import { readFormData } from "~/utils/form-data.server";
import { issueKey } from "~/utils/forms";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  data ? [{ title: `${data.entry.name} · Living Lab` }] : [];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await getSessionUser(request);
  const entry = await getSoftwareBySlug(params.slug ?? "", viewer);
  const published = entry.status === "PUBLISHED";
  const mayDecide = can(viewer, "record:update", { regionCode: entry.regionCode });
  const otherRegions = (viewer?.memberships ?? []).filter((m) => m.regionCode !== entry.regionCode);
  const adoptionOf = (regionCode: string) =>
    entry.adoptions.find((a) => a.region.code === regionCode);
  // A region with a declaration sees it (and may withdraw it); the others may declare.
  const ownAdoptions = otherRegions.flatMap((m) => {
    const adoption = adoptionOf(m.regionCode);
    return adoption && can(viewer, "record:update", { regionCode: m.regionCode })
      ? [{ region: adoption.region, status: adoption.status, version: adoption.version }]
      : [];
  });
  // A draft is not in the catalogue yet: nobody declares using it.
  const declarableRegions = otherRegions
    .filter(() => published)
    .filter(
      (m) =>
        !adoptionOf(m.regionCode) && can(viewer, "record:create", { regionCode: m.regionCode }),
    )
    .map((m) => ({ code: m.regionCode, name: m.regionName }));
  const data = entry.publiccode as unknown as PubliccodeData;
  return {
    entry: {
      slug: entry.slug,
      name: entry.name,
      url: entry.url,
      landingUrl: entry.landingUrl,
      license: entry.license,
      developmentStatus: entry.developmentStatus,
      softwareType: entry.softwareType,
      platforms: entry.platforms,
      categories: entry.categories,
      tech: entry.tech,
      requirements: entry.requirements,
      isDemo: entry.isDemo,
      region: entry.region,
      indicators: entry.indicators.map((i) => i.indicator),
      releases: entry.releases.map((r) => ({
        ...r,
        releaseDate: r.releaseDate.toISOString().slice(0, 10),
      })),
      adopters: entry.adoptions
        .filter((a) => a.status === "CONFIRMED")
        .map((a) => ({ region: a.region, version: a.version })),
      practices: entry.practices.map((p) => p.practice).filter((p) => p.status === "PUBLISHED"),
      readiness: entry.readiness,
      readmeHtml: entry.readme ? renderMarkdown(entry.readme) : "",
    },
    pending: mayDecide
      ? entry.adoptions
          .filter((a) => a.status === "DECLARED")
          .map((a) => ({
            id: a.id,
            region: a.region,
            version: a.version,
            serviceUrl: a.serviceUrl,
          }))
      : [],
    declarableRegions,
    ownAdoptions,
    mayManage: mayDecide,
    status: entry.status,
    mayReview:
      entry.status === "SUBMITTED" &&
      can(viewer, "record:publish", { regionCode: entry.regionCode }),
    saved: savedOutcomeOf(new URL(request.url).searchParams.get("saved")),
    releaseOutcome: releaseOutcomeOf(new URL(request.url).searchParams.get("release")),
    // publiccode.yml's longDescription is Markdown: rendered and sanitised like every other.
    descriptions: Object.fromEntries(
      Object.entries(data.descriptions).map(([lang, d]) => [
        lang,
        { ...d, longDescriptionHtml: d.longDescription ? renderMarkdown(d.longDescription) : "" },
      ]),
    ),
    maintenance: data.maintenance,
  };
}

/** What the new and edit forms carry back in the URL after a save. */
function savedOutcomeOf(value: string | null): MessageKey | null {
  if (value === "draft") return "review.saved.draft";
  if (value === "submitted") return "review.saved.submitted";
  if (value === "updated") return "review.saved.updated";
  if (value === "published") return "review.page.published";
  return null;
}

const RELEASE_OUTCOMES: MessageKey[] = [
  "release.added",
  "release.error.version",
  "release.error.exists",
  "release.error.changelog",
  "adoption.error.date",
  "http.error.malformedForm",
  "upload.error.plain",
  "upload.error.noFile",
  "limits.error.writes",
];

function releaseOutcomeOf(value: string | null): MessageKey | null {
  if (value === "added") return "release.added";
  if (value === null) return null;
  // An outcome this page does not know still says that the release was not added.
  return RELEASE_OUTCOMES.find((key) => key === value) ?? "error.badRequest.body";
}

const decisionSchema = z.object({
  adoptionId: z.string().uuid(),
  decision: z.enum(["confirm", "reject"]),
});

const ADOPTION_STATUS_KEYS = {
  DECLARED: "adoption.status.DECLARED",
  CONFIRMED: "adoption.status.CONFIRMED",
  REJECTED: "adoption.status.REJECTED",
} as const;

/**
 * POST: declare that a region runs this entry or withdraw that declaration, or (owning region)
 * confirm or reject one.
 */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const slug = params.slug ?? "";
  const form = Object.fromEntries(await readFormData(request));
  const origin = requestOrigin(request, context);
  const allowance = await spendAllowance(RATE_LIMITS.adoptionWritesPerAccount, actor.id);
  if (allowance.limited) return tooManyRequests(allowance.retryAfterSeconds, "limits.error.writes");
  if (form.intent === "decide") {
    const parsed = decisionSchema.safeParse(form);
    if (!parsed.success) return formError("form.error.decisionInvalid");
    await decideAdoption({
      actor,
      slug,
      adoptionId: parsed.data.adoptionId,
      decision: parsed.data.decision,
      origin,
    });
    return formNotice("adoption.decided");
  }
  if (form.intent === "withdraw") {
    const parsed = withdrawalSchema.safeParse(form);
    if (!parsed.success) return formError(issueKey(parsed.error.issues[0]));
    await withdrawAdoption({ actor, slug, regionCode: parsed.data.regionCode, origin });
    return formNotice("adoption.withdrawn");
  }
  const parsed = adoptionSchema.safeParse(form);
  if (!parsed.success) return formError(issueKey(parsed.error.issues[0]));
  const result = await declareAdoption({ actor, slug, adoption: parsed.data, origin });
  if (result.status === "own-software") return formError("adoption.ownSoftware");
  if (result.status === "exists") return formError("adoption.exists", undefined, 409);
  return formNotice("adoption.declared");
}

export default function SoftwareEntryPage() {
  const {
    entry,
    descriptions,
    maintenance,
    pending,
    declarableRegions,
    ownAdoptions,
    mayManage,
    status,
    mayReview,
    saved,
    releaseOutcome,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  const language = useLanguage();
  const description = descriptions[language] ?? descriptions.id ?? Object.values(descriptions)[0];
  const date = new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium" });
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/software">{t("software.title")}</Link>
      </nav>
      <h1>
        {entry.name} {entry.isDemo ? <DemoBadge /> : null}
      </h1>
      {description ? <p className="lead">{description.shortDescription}</p> : null}
      <FormNotice kind="success" message={saved ?? undefined} />
      {status !== "PUBLISHED" ? (
        <div className="notice review-status" role="note">
          <p>
            <strong>{t("review.status.label", { status: t(`practice.status.${status}`) })}</strong>
            {" · "}
            {status === "SUBMITTED"
              ? t("review.submittedNotice")
              : t("review.draftNotice", { region: entry.region.name })}
          </p>
          {mayReview ? (
            <p>
              <Link to={`/review/software/${entry.slug}`}>{t("review.openReview")}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <dl className="facts">
        <div>
          <dt>{t("practice.region")}</dt>
          <dd>
            <Link to={`/regions/${entry.region.code}`}>{entry.region.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t("software.field.license")}</dt>
          <dd>{entry.license}</dd>
        </div>
        <div>
          <dt>{t("software.field.status")}</dt>
          <dd>
            {dataLabel(t, `software.status.${entry.developmentStatus}`, entry.developmentStatus)}
          </dd>
        </div>
        <div>
          <dt>{t("software.field.type")}</dt>
          <dd>{entry.softwareType}</dd>
        </div>
      </dl>
      <p className="actions">
        <ExternalLink href={entry.url}>{t("software.repository")}</ExternalLink>
        <a href={`/software/${entry.slug}/publiccode.yml`}>publiccode.yml</a>
        {mayManage ? <Link to={`/software/${entry.slug}/edit`}>{t("software.edit")}</Link> : null}
      </p>
      <div className="practice-layout">
        <article className="practice-body">
          {description?.longDescription ? (
            <section aria-labelledby="about">
              <h2 id="about">{t("software.about")}</h2>
              <div dangerouslySetInnerHTML={{ __html: description.longDescriptionHtml }} />
            </section>
          ) : null}
          {description?.features?.length ? (
            <section aria-labelledby="features">
              <h2 id="features">{t("software.features")}</h2>
              <ul>
                {description.features.map((f) => (
                  <li key={f}>{f}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {entry.requirements ? (
            <section aria-labelledby="requirements">
              <h2 id="requirements">{t("software.requirements")}</h2>
              <p>{entry.requirements}</p>
            </section>
          ) : null}
          {entry.readmeHtml ? (
            <section aria-labelledby="readme">
              <h2 id="readme">README</h2>
              <div dangerouslySetInnerHTML={{ __html: entry.readmeHtml }} />
            </section>
          ) : null}
          <section aria-labelledby="releases">
            <h2 id="releases">{t("software.releases")}</h2>
            {entry.releases.length === 0 ? (
              <p className="empty-state">{t("software.noReleases")}</p>
            ) : (
              <ul className="plain-list">
                {entry.releases.map((r) => (
                  <li key={r.id}>
                    {r.version} · {date.format(new Date(r.releaseDate))}
                    {r.sha256 ? (
                      <>
                        {" "}
                        · <a href={`/releases/${r.id}/archive`}>{t("release.download")}</a> (
                        {r.archiveName}) · <span className="code checksum">SHA-256 {r.sha256}</span>
                      </>
                    ) : null}
                    {r.changelog ? <p className="question-body muted">{r.changelog}</p> : null}
                  </li>
                ))}
              </ul>
            )}
            {releaseOutcome ? (
              <FormNotice
                kind={releaseOutcome === "release.added" ? "success" : "error"}
                message={releaseOutcome}
              />
            ) : null}
            {mayManage ? (
              <form
                method="post"
                action={`/software/${entry.slug}/releases`}
                encType="multipart/form-data"
                className="stack aside-box"
                aria-labelledby="release-form-title"
              >
                <h3 id="release-form-title">{t("release.formTitle")}</h3>
                <Field name="version" label="release.version" required />
                <Field name="releaseDate" type="date" label="release.date" required />
                <div className="field">
                  <label htmlFor="field-changelog">{t("release.changelog")}</label>
                  <textarea id="field-changelog" name="changelog" rows={3} />
                </div>
                <div className="field">
                  <label htmlFor="field-archive">{t("release.archive")}</label>
                  <input id="field-archive" name="archive" type="file" accept=".zip,.tar.gz,.tgz" />
                </div>
                <p>
                  <button type="submit" className="button secondary">
                    {t("release.submit")}
                  </button>
                </p>
              </form>
            ) : null}
          </section>
        </article>
        <aside>
          <section className="aside-box" aria-labelledby="readiness-title">
            <h2 id="readiness-title">
              {t("readiness.title")}: {t("readiness.score", { score: entry.readiness.score })}
            </h2>
            <ul className="plain-list">
              {entry.readiness.reasons.map((r) => (
                <li key={r.key}>
                  {r.met ? "✓" : "✗"} {t(r.key)}
                </li>
              ))}
            </ul>
          </section>
          <FormNotice kind="success" message={result?.notice} />
          <FormNotice kind="error" message={formErrorOf(result)} />
          {pending.length ? (
            <section className="aside-box" aria-labelledby="pending-title">
              <h2 id="pending-title">{t("adoption.pendingTitle")}</h2>
              <ul className="plain-list">
                {pending.map((a) => (
                  <li key={a.id}>
                    {a.region.name}
                    {a.version ? ` (${a.version})` : ""}
                    <Form method="post" className="actions">
                      <input type="hidden" name="intent" value="decide" />
                      <input type="hidden" name="adoptionId" value={a.id} />
                      <button
                        type="submit"
                        name="decision"
                        value="confirm"
                        className="button small"
                      >
                        {t("adoption.confirm")}
                      </button>
                      <button
                        type="submit"
                        name="decision"
                        value="reject"
                        className="button small secondary"
                      >
                        {t("adoption.reject")}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section className="aside-box" aria-labelledby="adopters-title">
            <h2 id="adopters-title">{t("software.usedBy")}</h2>
            {entry.adopters.length === 0 ? (
              <p className="muted">{t("software.noAdopters")}</p>
            ) : (
              <ul className="plain-list">
                {entry.adopters.map((a) => (
                  <li key={a.region.code}>
                    <Link to={`/regions/${a.region.code}`}>{a.region.name}</Link>
                    {a.version ? ` (${a.version})` : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {ownAdoptions.length ? (
            <section className="aside-box" aria-labelledby="own-adoption-title">
              <h2 id="own-adoption-title">{t("adoption.ownTitle")}</h2>
              <ul className="plain-list">
                {ownAdoptions.map((a) => (
                  <li key={a.region.code}>
                    {a.region.name}
                    {a.version ? ` (${a.version})` : ""}: {t(ADOPTION_STATUS_KEYS[a.status])}
                    <Form method="post" className="actions">
                      <input type="hidden" name="intent" value="withdraw" />
                      <input type="hidden" name="regionCode" value={a.region.code} />
                      <button type="submit" className="button small secondary">
                        {t("adoption.withdraw")}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {declarableRegions.length ? (
            <section className="aside-box" aria-labelledby="declare-title">
              <h2 id="declare-title">{t("adoption.title")}</h2>
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="declare" />
                <SelectField name="regionCode" label="adoption.region">
                  {declarableRegions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.name}
                    </option>
                  ))}
                </SelectField>
                <Field name="version" label="adoption.version" />
                <Field name="since" type="date" label="adoption.since" />
                <Field name="serviceUrl" type="url" label="adoption.serviceUrl" />
                <Field name="contact" label="adoption.contact" />
                <p>
                  <button type="submit" className="button secondary">
                    {t("adoption.declare")}
                  </button>
                </p>
              </Form>
            </section>
          ) : null}
          {entry.indicators.length ? (
            <section className="aside-box" aria-labelledby="ind-title">
              <h2 id="ind-title">{t("practice.indicators")}</h2>
              <ul className="plain-list">
                {entry.indicators.map((i) => (
                  <li key={i.number}>
                    <Link to={`/spbe/indicators/${i.number}`}>
                      {i.number}. {language === "en" ? i.titleEn : i.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {entry.practices.length ? (
            <section className="aside-box" aria-labelledby="prac-title">
              <h2 id="prac-title">{t("software.practices")}</h2>
              <ul className="plain-list">
                {entry.practices.map((p) => (
                  <li key={p.slug}>
                    <Link to={`/practices/${p.slug}`}>{p.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {maintenance?.contacts?.length ? (
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
          ) : null}
          {entry.tech.length ? (
            <section className="aside-box" aria-labelledby="tech-title">
              <h2 id="tech-title">{t("software.field.tech")}</h2>
              <p className="chips">
                {entry.tech.map((x) => (
                  <span key={x} className="chip">
                    {x}
                  </span>
                ))}
              </p>
            </section>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
