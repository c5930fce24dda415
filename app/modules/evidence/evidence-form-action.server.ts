// The evidence form pages' actions, shared: count the upload against the writer's allowance,
// read the multipart body (fields and files into the file store), run a command, and answer a
// browser without JavaScript with a redirect or the page's answer, and the upload script
// (Accept: application/json) with JSON it renders the same way.
import { redirect } from "@remix-run/node";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import type { Actor } from "~/auth/policy";
import type { MessageKey } from "~/i18n/translate";
import type { EvidenceSaveResult, UploadedFile } from "./evidence-commands.server";
import { readEvidenceUpload } from "./evidence-files.server";
import { formValuesOf, type EvidenceFormAnswer, type EvidenceJsonAnswer } from "./evidence-form";
import { formAnswer, retryAfterHeader } from "~/utils/responses.server";
import { discardUnreferenced } from "~/storage/stored-files.server";

function answer(request: Request, body: EvidenceFormAnswer, status: number, headers?: HeadersInit) {
  if (wantsJson(request))
    return Response.json({ ok: false, answer: body } satisfies EvidenceJsonAnswer, {
      status,
      headers,
    });
  return formAnswer<EvidenceFormAnswer>(body, { status, headers });
}

function wantsJson(request: Request): boolean {
  return (request.headers.get("Accept") ?? "").includes("application/json");
}

/** Where a saved record is shown, with the notice to show there. */
function saved(request: Request, location: string) {
  if (wantsJson(request)) return Response.json({ ok: true, location } satisfies EvidenceJsonAnswer);
  return redirect(location, 303);
}

export async function evidenceFormAction(
  request: Request,
  actor: Actor,
  run: (fields: FormData, files: UploadedFile[]) => Promise<EvidenceSaveResult | null>,
  options: { fileField?: string; notice: (fields: FormData) => MessageKey },
) {
  // Counted before the body is read: a refused request stores nothing.
  const allowance = await spendAllowance(RATE_LIMITS.uploadsPerAccount, actor.id);
  if (allowance.limited)
    return answer(
      request,
      { errors: {}, formError: "limits.error.writes" },
      429,
      retryAfterHeader(allowance.retryAfterSeconds),
    );
  const upload = await readEvidenceUpload(request, options.fileField);
  const target = targetOf(upload.fields);
  if (!upload.ok)
    return answer(
      request,
      {
        target,
        errors: {},
        formError: upload.message,
        formErrorParams: upload.params,
        fileReason: upload.reason,
      },
      400,
    );
  const values = formValuesOf(upload.fields);
  const refused = (body: Omit<EvidenceFormAnswer, "target" | "values">, status: number) =>
    answer(request, { target, values, ...body }, status);
  let result: EvidenceSaveResult | null;
  try {
    result = await run(upload.fields, upload.files);
  } catch (error) {
    for (const file of upload.files) await discardUnreferenced(file).catch(() => undefined);
    throw error;
  }
  if (result === null) {
    for (const file of upload.files) await discardUnreferenced(file);
    return refused({ errors: {}, formError: "evidence.error.intent" }, 400);
  }
  switch (result.status) {
    case "saved":
      return saved(request, `/evidence/${result.id}?notice=${options.notice(upload.fields)}`);
    case "invalid":
      return refused({ errors: result.errors }, 400);
    case "personalData":
      return refused(
        {
          errors: {},
          formError: "evidence.error.personalData",
          personalData: { visibility: values.visibility, ...result.check },
        },
        409,
      );
    case "extractionPending":
      return refused(
        { errors: {}, formError: "evidence.error.pending", pendingFiles: result.files },
        409,
      );
    case "refused":
      return refused(
        { errors: {}, formError: result.message, formErrorParams: result.params },
        400,
      );
  }
}

/** The file a "new version" form names (its answer is shown beside that file). */
function targetOf(fields: FormData): string | undefined {
  const fileId = fields.get("fileId");
  return fields.get("intent") === "version" && typeof fileId === "string" ? fileId : undefined;
}
