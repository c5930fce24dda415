import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { forbidden } from "~/auth/errors";
import { can } from "~/auth/policy";
import { requestOrigin } from "~/auth/request-context.server";
import { requireUser } from "~/auth/session.server";
import { Field, SelectField } from "~/components/form-field";
import { languageOf } from "~/i18n/language.server";
import { isMessageKey, translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { splitList } from "~/modules/practices/practice.schema";
import type { PubliccodeProblem } from "~/modules/software/publiccode";
import { publishMetaSchema, publishSoftware } from "~/modules/software/software-commands.server";

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
  const form = await request.formData();
  const file = form.get("file");
  const pasted = String(form.get("publiccode") ?? "");
  const yaml =
    file instanceof File && file.size > 0
      ? file.size > 1024 * 1024
        ? ""
        : await file.text()
      : pasted;
  const meta = publishMetaSchema.safeParse({
    regionCode: form.get("regionCode"),
    indicators: splitList(String(form.get("indicators") ?? ""))
      .map(Number)
      .filter(Number.isInteger),
    tech: splitList(String(form.get("tech") ?? "")),
    requirements: String(form.get("requirements") ?? "") || undefined,
    readme: String(form.get("readme") ?? "") || undefined,
  });
  if (!meta.success)
    return data(
      { errors: [] as PubliccodeProblem[], formError: "software.new.metaInvalid" as const, yaml },
      { status: 400 },
    );
  const result = await publishSoftware({
    actor,
    yaml,
    meta: meta.data,
    origin: requestOrigin(request, context),
  });
  if (result.status === "invalid")
    return data(
      { errors: result.errors, formError: "software.new.invalid" as const, yaml },
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
      {result?.formError ? (
        <div className="notice notice-error" role="alert">
          <p>{t(result.formError)}</p>
          {result.errors.length ? (
            <ul className="publiccode-errors">
              {result.errors.map((e) => (
                <li key={`${e.path}-${e.line}`}>
                  <span className="code">{e.path || "—"}</span>
                  {e.line ? ` (${t("software.new.line", { line: e.line })})` : ""}:{" "}
                  {isMessageKey(e.key) ? t(e.key, e.params) : e.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="stack practice-form">
        <SelectField name="regionCode" label="practice.form.region">
          {regions.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label htmlFor="field-publiccode">{t("software.new.paste")}</label>
          <textarea
            id="field-publiccode"
            name="publiccode"
            rows={16}
            defaultValue={result?.yaml ?? ""}
            className="code"
          />
        </div>
        <div className="field">
          <label htmlFor="field-file">{t("software.new.upload")}</label>
          <input id="field-file" name="file" type="file" accept=".yml,.yaml,text/yaml,text/plain" />
        </div>
        <Field name="indicators" label="software.new.indicators" placeholder="32, 37" />
        <Field name="tech" label="software.new.tech" placeholder="php, laravel, postgresql" />
        <Field name="requirements" label="software.requirements" />
        <div className="field">
          <label htmlFor="field-readme">README (Markdown)</label>
          <textarea id="field-readme" name="readme" rows={8} />
        </div>
        <p>
          <button type="submit" className="button">
            {t("software.new.submit")}
          </button>
        </p>
      </Form>
    </div>
  );
}
