import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import {
  VisitErrorSummary,
  VisitForm,
  VisitHostPicker,
  type VisitFormAnswer,
  type VisitFormValues,
} from "~/components/visits/visit-form";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { getNewVisitForm } from "~/modules/tracker/visit-page.server";
import { visitInputFromForm } from "~/modules/tracker/visit.schema";
import { recordVisit } from "~/modules/tracker/visits.server";
import { readFormData } from "~/utils/form-data.server";
import { formAnswer } from "~/utils/responses.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const form = await getNewVisitForm(actor, new URL(request.url).searchParams.get("host"));
  return { ...form, title: translator(languageOf(request))("visits.new.title") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const raw = visitInputFromForm(await readFormData(request));
  const result = await recordVisit(actor, raw, requestOrigin(request, context));
  if (result.ok) return redirect(`/visits/${result.id}?notice=recorded`);
  const values = raw as VisitFormValues;
  return formAnswer<VisitFormAnswer>(
    { errors: result.errors ?? {}, formError: result.errors ? undefined : result.message, values },
    result.status === 422 ? 400 : result.status,
  );
}

export default function NewVisitPage() {
  const { regions, host, practices, software, defaultVisitor } = useLoaderData<typeof loader>();
  const answer = useActionData<VisitFormAnswer>();
  const t = useTranslate();
  return (
    <div className="container section narrow">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/visits">{t("visits.title")}</Link>
      </nav>
      <h1>{t("visits.new.title")}</h1>
      <VisitErrorSummary answer={answer} />
      <VisitHostPicker regions={regions} host={host.code} />
      <VisitForm
        key={host.code}
        regions={regions}
        host={host}
        practices={practices.map((p) => ({ id: p.id, label: p.title, isDemo: p.isDemo }))}
        software={software.map((s) => ({ id: s.id, label: s.name, isDemo: s.isDemo }))}
        defaultVisitor={defaultVisitor}
        answer={answer}
      />
    </div>
  );
}
