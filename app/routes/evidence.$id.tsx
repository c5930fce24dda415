import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { getSessionUser, requireUser } from "~/auth/session.server";
import { EvidenceFacts } from "~/components/evidence/evidence-facts";
import { EvidenceFiles } from "~/components/evidence/evidence-files";
import { EvidenceForm } from "~/components/evidence/evidence-form";
import { DemoBadge } from "~/components/demo-badge";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import {
  addEvidenceFileVersion,
  updateEvidence,
} from "~/modules/evidence/evidence-commands.server";
import { evidenceFormAction } from "~/modules/evidence/evidence-form-action.server";
import type { EvidenceFormAnswer } from "~/modules/evidence/evidence-form";
import { getEvidenceView } from "~/modules/evidence/evidence-queries.server";
import { evidenceInputFromForm } from "~/modules/evidence/evidence.schema";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · ${data.region.name} · Living Lab` : "Living Lab" },
];

const NOTICES: readonly MessageKey[] = ["evidence.notice.saved", "evidence.notice.versionAdded"];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return getEvidenceView(params.id ?? "", await getSessionUser(request));
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const id = params.id ?? "";
  const origin = requestOrigin(request, context);
  return evidenceFormAction(
    request,
    actor,
    async (fields, files) => {
      const intent = fields.get("intent");
      if (intent === "save")
        return updateEvidence(actor, id, evidenceInputFromForm(fields), files, origin);
      if (intent !== "version") return null;
      const [file, ...extra] = files;
      if (!file || extra.length > 0)
        return { status: "refused", message: "evidence.error.noFile" } as const;
      return addEvidenceFileVersion(
        actor,
        {
          evidenceId: id,
          fileId: String(fields.get("fileId") ?? ""),
          acknowledgePersonalData: fields.get("acknowledgePersonalData") === "yes",
        },
        file,
        origin,
      );
    },
    {
      notice: (fields) =>
        fields.get("intent") === "version"
          ? "evidence.notice.versionAdded"
          : "evidence.notice.saved",
    },
  );
}

export default function EvidencePage() {
  const view = useLoaderData<typeof loader>();
  const answer = useActionData<EvidenceFormAnswer>();
  const [search] = useSearchParams();
  const t = useTranslate();
  const notice = NOTICES.find((key) => key === search.get("notice"));
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to={`/regions/${view.region.code}`}>{view.region.name}</Link>{" "}
        <span aria-hidden="true">/</span>{" "}
        <Link to={`/regions/${view.region.code}/evidence/${view.year}`}>
          {t("evidence.board.title", { year: String(view.year) })}
        </Link>
      </nav>
      <h1>
        {view.title} {view.isDemo ? <DemoBadge /> : null}
      </h1>
      {notice ? (
        <p className="notice notice-success" role="status">
          {t(notice)}
        </p>
      ) : null}
      <EvidenceFacts view={view} />
      <section aria-labelledby="files-title" className="section">
        <h2 id="files-title">{t("evidence.files.title")}</h2>
        <EvidenceFiles view={view} pageAnswer={answer} />
      </section>
      {view.may.write ? (
        <section aria-labelledby="edit-title" className="section">
          <h2 id="edit-title">{t("evidence.form.editTitle")}</h2>
          <EvidenceForm
            action={`/evidence/${view.id}`}
            initial={{
              title: view.title,
              description: view.description,
              indicators: view.indicators.map((i) => i.number),
              level: String(view.level),
              effectiveDate: view.effectiveDate,
              expiresOn: view.expiresOn ?? "",
              visibility: view.visibility,
              links: view.links.map(({ url, label }) => ({ url, label })),
            }}
            pageAnswer={answer?.target ? undefined : answer}
            indicatorGroups={view.indicatorGroups}
            maturityLevels={view.maturityLevels}
          />
        </section>
      ) : null}
      <p>
        <Link to={`/regions/${view.region.code}/evidence/${view.year}`}>
          {t("evidence.view.boardLink", { year: String(view.year) })}
        </Link>
      </p>
    </div>
  );
}
