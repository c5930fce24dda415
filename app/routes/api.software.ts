import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { apiActor, assertApiCan } from "~/auth/api-actor.server";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { requestedLanguageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { problemMessage } from "~/modules/software/problem-message";
import { createSoftware } from "~/modules/software/software-commands.server";
import {
  CONFIRM_SAME_REPOSITORY_FIELD,
  publishMetaSchema,
  readSoftwareForm,
} from "~/modules/software/software-form";
import { listSoftware, softwareQuerySchema } from "~/modules/software/software-queries.server";
import { jsonError } from "~/utils/api.server";
import { formDataProblem } from "~/utils/form-data.server";
import { retryAfterHeader } from "~/utils/responses.server";
import { safeHttpUrl } from "~/utils/safe-url";
import { publicBaseUrl } from "~/utils/url.server";

/** GET /api/software?q=&category=&indicator=&license=&status=&tech=&province=&region=&sort=&page=&limit= */
export async function loader({ request }: LoaderFunctionArgs) {
  const parsed = softwareQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!parsed.success)
    return jsonError(
      400,
      parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })),
    );
  const result = await listSoftware(parsed.data);
  const base = publicBaseUrl();
  return Response.json({
    total: result.total,
    items: result.items.map((s) => ({
      slug: s.slug,
      name: s.name,
      url: `${base}/software/${s.slug}`,
      // Rows stored before the http(s) rule may hold another scheme: never hand it on.
      repository: safeHttpUrl((s.publiccode as { url?: unknown }).url),
      shortDescription: s.shortDescription,
      license: s.license,
      developmentStatus: s.developmentStatus,
      categories: s.categories,
      tech: s.tech,
      region: { code: s.region.code, name: s.region.name },
      indicators: s.indicators.map((i) => i.indicator.number),
      confirmedAdopters: s.confirmedAdopters,
      readiness: s.readiness,
      demo: s.isDemo,
    })),
  });
}

/**
 * POST /api/software — a new catalogue entry from a publiccode.yml, as a draft or (`submit=true`)
 * submitted for review; for a script or CI with a personal access token ("software:write", its
 * region) or a signed-in session. Form fields (multipart or urlencoded): `publiccode` (text) or
 * `file`, `regionCode` (the token's region when left out), `indicators`, `tech`, `requirements`,
 * `readme`, `submit`, `confirmSameRepositoryAs`. Answers 201 with the entry, 400 with field
 * errors, 422 with the publiccode.yml's problems, 409 when the repository is already catalogued,
 * 401/403/429 JSON as apiActor and assertApiCan say.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  if (request.method !== "POST") return jsonError(405, []);
  const actor = await apiActor(request, context);
  const t = translator(requestedLanguageOf(request));
  if (!actor) assertApiCan(request, actor, "record:create", { regionCode: "", kind: "software" });
  const form = await request.formData().catch(() => null);
  const problem = form ? formDataProblem(form) : "http.error.malformedForm";
  if (!form || problem)
    return jsonError(400, [{ message: t(problem ?? "http.error.malformedForm") }]);
  if (!form.get("regionCode") && actor?.token) form.set("regionCode", actor.token.regionCode);
  const read = await readSoftwareForm(form, publishMetaSchema);
  if (!read.ok)
    return jsonError(400, [
      ...(read.formError ? [{ message: t(read.formError) }] : []),
      ...Object.entries(read.fieldErrors ?? {}).map(([field, key]) => ({
        field,
        message: t(key!),
      })),
    ]);
  const writer = assertApiCan(request, actor, "record:create", {
    regionCode: read.meta.regionCode,
    kind: "software",
  });
  const allowance = await spendAllowance(RATE_LIMITS.softwareWritesPerAccount, writer.id);
  if (allowance.limited)
    return Response.json(
      { error: { status: 429, issues: [{ message: t("limits.error.writes") }] } },
      { status: 429, headers: retryAfterHeader(allowance.retryAfterSeconds) },
    );
  const confirmed = form.get(CONFIRM_SAME_REPOSITORY_FIELD);
  const submit = form.get("submit") === "true";
  const result = await createSoftware({
    actor: writer,
    yaml: read.yaml,
    meta: read.meta,
    submit,
    confirmedSameAs: typeof confirmed === "string" ? confirmed : undefined,
    origin: requestOrigin(request, context),
  });
  if (result.status === "invalid")
    return Response.json(
      {
        error: {
          status: 422,
          issues: result.errors.map((p) => ({
            field: p.path,
            line: p.line,
            message: problemMessage(t, p),
          })),
        },
      },
      { status: 422 },
    );
  if (result.status === "same-repository")
    return Response.json(
      {
        error: { status: 409, issues: [{ message: t("api.software.sameRepository") }] },
        sameRepository: result.existing,
      },
      { status: 409 },
    );
  const url = `${publicBaseUrl()}/software/${result.slug}`;
  return Response.json(
    { slug: result.slug, status: submit ? "SUBMITTED" : "DRAFT", url },
    { status: 201, headers: { Location: url } },
  );
}
