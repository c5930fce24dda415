// The evidence API: GET /api/evidence lists what the caller may read (as the library does), POST
// /api/evidence creates a record with its files, with the same permissions and checks as the form.
// The caller is a session (the server's Origin check applies) or a personal access token with
// "evidence:write" for its region (apiActor). Errors are JSON: `{ error: { status, issues } }`,
// or `{ personalData: [...] }` with 409 when a shared record would carry personal data unconfirmed.
import type { AppLoadContext } from "@remix-run/node";
import { z } from "zod";
import { apiActor, assertApiCan, type ApiActor } from "~/auth/api-actor.server";
import { requestOrigin } from "~/auth/request-context.server";
import { env } from "~/env.server";
import { requestedLanguageOf } from "~/i18n/language.server";
import { translator, type MessageKey } from "~/i18n/translate";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { FIRST_YEAR, lastYear } from "~/modules/spbe/self-assessment.server";
import { discardUnreferenced } from "~/storage/stored-files.server";
import { jsonError } from "~/utils/api.server";
import { appErrorStatus, isAppError } from "~/utils/app-error";
import { isBodyTooLarge, limitBody } from "~/utils/limited-body.server";
import { publicBaseUrl } from "~/utils/url.server";
import { createEvidence, type UploadedFile } from "./evidence-commands.server";
import { readEvidenceUpload } from "./evidence-files.server";
import {
  evidenceListSchema,
  getEvidenceItem,
  listEvidence,
  type EvidenceListItem,
} from "./evidence-list.server";
import { EVIDENCE_LIMITS, evidenceInputFromForm } from "./evidence.schema";

/** A record as the API answers it. */
export function apiRecord(item: EvidenceListItem) {
  const base = publicBaseUrl();
  return {
    id: item.id,
    url: `${base}/evidence/${item.id}`,
    title: item.title,
    description: item.description,
    region: { code: item.region.code, name: item.region.name, province: item.region.province },
    year: item.year,
    indicators: item.indicators.map((i) => i.number),
    level: item.level,
    visibility: item.visibility,
    effectiveDate: item.effectiveDate,
    reviewState: item.reviewState,
    files: item.files.map((f) => ({
      name: f.originalName,
      url: `${base}/evidence-files/${f.id}`,
      pages: f.pageCount,
    })),
    demo: item.isDemo,
  };
}

/** GET /api/evidence?indicator=&level=&region=&province=&year=&q=&page=&limit= */
export async function evidenceApiList(request: Request, context?: AppLoadContext) {
  const parsed = evidenceListSchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  const t = translator(requestedLanguageOf(request));
  if (!parsed.success)
    return jsonError(
      400,
      parsed.error.issues.map((i) => ({
        field: i.path.join("."),
        message: t("api.evidence.badParam", { name: i.path.join(".") }),
      })),
    );
  const viewer = await apiActor(request, context);
  const result = await listEvidence(parsed.data, viewer);
  return Response.json({ ...result, items: result.items.map(apiRecord) });
}

const targetSchema = z.object({
  regionCode: regionCodeSchema,
  year: z.coerce.number().int().min(FIRST_YEAR),
});

async function discardAll(files: UploadedFile[]) {
  for (const file of files) await discardUnreferenced(file);
}

/** The most a POST may send: the files it may hold plus room for the fields. */
function maxBodyBytes(): number {
  return EVIDENCE_LIMITS.filesPerSave * env().FILE_MAX_BYTES + 1024 * 1024;
}

/**
 * POST /api/evidence (multipart/form-data): regionCode (the token's region when left out), year,
 * indicators (repeated), title, level, effectiveDate, visibility, files (repeated), optional
 * description/expiresOn/linkUrl/linkLabel, acknowledgePersonalData=true. 201 with the record.
 */
export async function evidenceApiCreate(request: Request, context?: AppLoadContext) {
  const t = translator(requestedLanguageOf(request));
  const issue = (message: MessageKey, field?: string, params?: Record<string, string | number>) =>
    ({ ...(field ? { field } : {}), message: t(message, params) }) as const;
  const actor = await apiActor(request, context);
  if (!actor) assertApiCan(request, actor, "evidence:write", { regionCode: "", kind: "evidence" });
  const limited = limitBody(request, maxBodyBytes());
  const tooLarge = () => jsonError(413, [issue("api.evidence.bodyTooLarge")]);
  if (!limited) return tooLarge();
  let upload;
  try {
    upload = await readEvidenceUpload(limited);
  } catch (error) {
    if (isBodyTooLarge(error)) return tooLarge();
    throw error;
  }
  if (!upload.ok) {
    const status = upload.message === "http.error.malformedForm" ? 400 : 422;
    const reason = upload.reason ? t(upload.reason.message, upload.reason.params) : "";
    return jsonError(status, [issue(upload.message, "files", { ...upload.params, reason })]);
  }
  const { fields, files } = upload;
  const target = targetSchema.safeParse({
    regionCode: fields.get("regionCode") || (actor as ApiActor).token?.regionCode,
    year: fields.get("year"),
  });
  if (!target.success || target.data.year > lastYear()) {
    await discardAll(files);
    const bad = new Set(target.success ? ["year"] : target.error.issues.map((i) => i.path[0]));
    return jsonError(422, [
      ...(bad.has("regionCode") ? [issue("api.evidence.regionCode", "regionCode")] : []),
      ...(bad.has("year") ? [issue("api.evidence.year", "year", { first: FIRST_YEAR })] : []),
    ]);
  }
  try {
    assertApiCan(request, actor, "evidence:write", {
      regionCode: target.data.regionCode,
      kind: "evidence",
    });
  } catch (refusal) {
    await discardAll(files);
    throw refusal;
  }
  const raw = evidenceInputFromForm(fields);
  // The API says `true`; the form's checkbox says "yes". Either confirms.
  raw.acknowledgePersonalData = ["true", "yes"].includes(
    String(fields.get("acknowledgePersonalData") ?? ""),
  );
  let result;
  try {
    result = await createEvidence(actor!, target.data, raw, files, requestOrigin(request, context));
  } catch (thrown) {
    if (isAppError(thrown) && appErrorStatus(thrown) === 404)
      return jsonError(422, [issue("api.evidence.regionCode", "regionCode")]);
    throw thrown;
  }
  switch (result.status) {
    case "saved": {
      const item = await getEvidenceItem(result.id);
      return Response.json(apiRecord(item!), { status: 201 });
    }
    case "invalid":
      return jsonError(
        422,
        Object.entries(result.errors).map(([field, key]) => issue(key!, field)),
      );
    case "personalData":
      return Response.json(
        {
          personalData: result.check.findings.map((f) => ({
            kind: f.kind,
            file: f.file,
            page: f.page,
            match: f.match,
          })),
          unchecked: result.check.unchecked,
          message: t("api.evidence.personalData"),
        },
        { status: 409 },
      );
    case "extractionPending":
      return jsonError(409, [issue("evidence.error.pending")]);
    case "refused":
      return jsonError(422, [issue(result.message, undefined, result.params)]);
  }
}
