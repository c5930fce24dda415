// The bulk-upload page's action and loader data: count the upload against the writer's allowance,
// read the ZIP into memory (never into the store before it is checked), import it, and answer the
// page with what happened: the records made, or the entries refused by path, or the personal data
// to confirm. Nothing is kept unless the answer lists records.
import { forbidden, notFound } from "~/utils/app-error";
import type { Actor } from "~/auth/policy";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import type { RequestOrigin } from "~/auth/request-context.server";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import { readMultipartInMemory } from "~/storage/multipart-buffer.server";
import { formAnswer, retryAfterHeader, type FormResult } from "~/utils/responses.server";
import { mayWriteEvidence } from "./evidence-access.server";
import type { SharingCheck } from "./evidence-sharing-check.server";
import type { ZipEntryProblem } from "./evidence-zip-entries.server";
import { importEvidenceZip } from "./evidence-zip.server";

/** The values every record of a ZIP gets, as the form sent them. */
export interface ZipImportValues {
  level: string;
  effectiveDate: string;
  visibility: string;
}

export interface ZipImportAnswer extends FormResult<ZipImportValues> {
  problems?: ZipEntryProblem[];
  personalData?: SharingCheck & { visibility: string };
  imported?: Array<{ id: string; indicator: number; title: string }>;
  values: ZipImportValues;
}

/** The page's data: the region, the year and the framework's maturity levels; 403 for others. */
export async function getZipImportForm(code: string, year: number, actor: Actor) {
  const parsed = regionCodeSchema.safeParse(code);
  if (!parsed.success) throw notFound();
  const region = await db().region.findUnique({
    where: { code: parsed.data },
    select: { code: true, name: true },
  });
  if (!region) throw notFound();
  if (!mayWriteEvidence(actor, region.code)) throw forbidden();
  const maturityLevels = await db().maturityLevel.findMany({
    where: { frameworkId: DEFAULT_FRAMEWORK_ID },
    orderBy: { level: "asc" },
    select: { level: true, name: true, nameEn: true },
  });
  return { region, year, maturityLevels, maxMegabytes: Math.floor(env().FILE_MAX_BYTES / 2 ** 20) };
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

export async function zipImportAction(
  request: Request,
  actor: Actor,
  target: { regionCode: string; year: number },
  origin: Partial<RequestOrigin>,
) {
  const blank = { level: "", effectiveDate: "", visibility: "private" };
  const answer = (
    body: Omit<ZipImportAnswer, "values"> & { values?: ZipImportAnswer["values"] },
    status: number,
    headers?: HeadersInit,
  ) => formAnswer<ZipImportAnswer>({ values: blank, ...body }, { status, headers });
  const allowance = await spendAllowance(RATE_LIMITS.uploadsPerAccount, actor.id);
  if (allowance.limited)
    return answer(
      { errors: {}, formError: "limits.error.writes" },
      429,
      retryAfterHeader(allowance.retryAfterSeconds),
    );
  const maxBytes = env().FILE_MAX_BYTES;
  const upload = await readMultipartInMemory(request, { fileField: "zip", maxBytes });
  if (!upload.ok)
    return upload.reason === "tooLarge"
      ? answer(
          {
            errors: {},
            formError: "evidenceZip.error.zipTooLarge",
            formErrorParams: { maxSize: `${Math.floor(maxBytes / 2 ** 20)} MB` },
          },
          413,
        )
      : answer({ errors: {}, formError: "http.error.malformedForm" }, 400);
  const values = {
    level: text(upload.fields, "level"),
    effectiveDate: text(upload.fields, "effectiveDate"),
    visibility: text(upload.fields, "visibility") || "private",
  };
  if (!upload.file) return answer({ errors: { zip: "evidenceZip.error.noZip" }, values }, 400);
  const result = await importEvidenceZip(
    actor,
    target,
    {
      ...values,
      acknowledgePersonalData: text(upload.fields, "acknowledgePersonalData") === "yes",
    },
    upload.file.bytes,
    origin,
  );
  switch (result.status) {
    case "imported":
      return answer({ errors: {}, imported: result.records, values }, 200);
    case "invalid":
      return answer({ errors: result.errors, values }, 400);
    case "badEntries":
      return answer(
        {
          errors: {},
          formError: "evidenceZip.error.badEntries",
          problems: result.problems,
          values,
        },
        400,
      );
    case "personalData":
      return answer(
        {
          errors: {},
          formError: "evidence.error.personalData",
          personalData: { ...result.check, visibility: values.visibility },
          values,
        },
        409,
      );
  }
}
