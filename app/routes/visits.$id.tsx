import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { DemoBadge } from "~/components/demo-badge";
import { VisitConvertForm } from "~/components/visits/visit-convert-form";
import { VisitDetails } from "~/components/visits/visit-details";
import { VisitFlagBadge } from "~/components/visits/visit-flag-badge";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { convertVisitToDrafts } from "~/modules/tracker/visit-convert.server";
import { getVisitPage } from "~/modules/tracker/visit-page.server";
import { visitConversionFromForm } from "~/modules/tracker/visit.schema";
import { readFormData } from "~/utils/form-data.server";
import { formAnswer, type FormResult } from "~/utils/responses.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  {
    title: data
      ? `${data.visit.visitorRegion.name} → ${data.visit.hostRegion.name} · Living Lab`
      : "Living Lab",
  },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request);
  return getVisitPage(viewer, params.id ?? "");
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const id = params.id ?? "";
  const raw = visitConversionFromForm(await readFormData(request));
  const result = await convertVisitToDrafts(actor, id, raw, requestOrigin(request, context));
  if (result.ok)
    return redirect(`/visits/${id}?converted=${result.ids.length}&skipped=${result.skipped}`);
  return formAnswer<FormResult>(
    { errors: result.errors ?? {}, formError: result.message },
    result.status === 422 ? 400 : result.status,
  );
}

function countParam(search: URLSearchParams, name: string): number {
  const value = Number(search.get(name));
  return Number.isInteger(value) && value > 0 ? value : 0;
}

export default function VisitPageRoute() {
  const { visit, commitments, hiddenCommitments, flagged, mayConvert } =
    useLoaderData<typeof loader>();
  const answer = useActionData<FormResult>();
  const t = useTranslate();
  const [search] = useSearchParams();
  const converted = countParam(search, "converted");
  const skipped = countParam(search, "skipped");
  const notices: Array<{ key: MessageKey; count?: number }> = [
    ...(search.get("notice") === "recorded" ? [{ key: "visits.notice.recorded" as const }] : []),
    ...(converted ? [{ key: "visits.notice.converted" as const, count: converted }] : []),
    ...(skipped ? [{ key: "visits.notice.skipped" as const, count: skipped }] : []),
  ];
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/visits">{t("visits.title")}</Link>
      </nav>
      {notices.map((n) => (
        <p key={n.key} className="notice notice-success" role="status">
          {t(n.key, { count: n.count ?? 0 })}
        </p>
      ))}
      <h1>
        {t("visits.page.title", { visitor: visit.visitorRegion.name, host: visit.hostRegion.name })}{" "}
        {visit.isDemo ? <DemoBadge /> : null} {flagged ? <VisitFlagBadge /> : null}
      </h1>
      <VisitDetails visit={visit} />
      <section className="section" aria-labelledby="commitments-title">
        <h2 id="commitments-title">{t("visits.page.commitmentsTitle")}</h2>
        {commitments.length === 0 ? (
          <p className="empty-state">{t("visits.page.commitmentsEmpty")}</p>
        ) : (
          <ul className="plain-list visit-commitments">
            {commitments.map((c) => (
              <li key={c.id}>
                <Link to={`/commitments/${c.id}`}>{c.title}</Link>{" "}
                <span className="muted">· {t(`tracker.status.${c.status}`)}</span>{" "}
                {c.isDemo ? <DemoBadge /> : null}
              </li>
            ))}
          </ul>
        )}
        {hiddenCommitments > 0 ? (
          <p className="muted">
            {t("visits.page.commitmentsHidden", { count: hiddenCommitments })}
          </p>
        ) : null}
      </section>
      {mayConvert ? (
        <VisitConvertForm
          practices={visit.practices.map((p) => ({ ...p, label: p.title }))}
          software={visit.software.map((s) => ({ ...s, label: s.name }))}
          error={answer?.formError}
        />
      ) : (
        <p className="muted">{t("visits.convert.notAllowed")}</p>
      )}
    </div>
  );
}
