import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { forbidden } from "~/auth/errors";
import { can } from "~/auth/policy";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { EMPTY_SOFTWARE, PubliccodeProblems, SoftwareForm } from "~/components/software-form";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import type { PubliccodeProblem } from "~/modules/software/publiccode";
import { publishSoftware } from "~/modules/software/software-commands.server";
import { publishMetaSchema, readSoftwareForm } from "~/modules/software/software-form";
import { readFormData } from "~/utils/form-data.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

function regionsOf(actor: Awaited<ReturnType<typeof requireUser>>) {
  return actor.memberships
    .filter((m) => can(actor, "record:create", { regionCode: m.regionCode }))
    .map((m) => ({ code: m.regionCode, name: m.regionName }));
}

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const regions = regionsOf(actor);
  if (regions.length === 0) throw forbidden();
  return { regions, title: translator(languageOf(request))("software.new.title") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const read = await readSoftwareForm(await readFormData(request), publishMetaSchema);
  if (!read.ok)
    return data(
      { errors: [] as PubliccodeProblem[], formError: read.formError, values: read.values },
      { status: 400 },
    );
  const result = await publishSoftware({
    actor,
    yaml: read.yaml,
    meta: read.meta,
    origin: requestOrigin(request, context),
  });
  if (result.status === "invalid")
    return data(
      { errors: result.errors, formError: "software.new.invalid" as const, values: read.values },
      { status: 400 },
    );
  return redirect(`/software/${result.slug}`);
}

export default function NewSoftwarePage() {
  const { regions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  return (
    <div className="container section">
      <h1>{t("software.new.title")}</h1>
      <p className="lead">{t("software.new.lead")}</p>
      <PubliccodeProblems formError={result?.formError} errors={result?.errors} />
      <SoftwareForm
        values={result?.values ?? EMPTY_SOFTWARE}
        regions={regions}
        submitLabel="software.new.submit"
      />
    </div>
  );
}
