import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { statusLabelKey } from "~/modules/review/workflow";
import { z } from "zod";
import { RATE_LIMITS, spendAllowance } from "~/auth/rate-limit.server";
import { requestOrigin } from "~/auth/request-context.server";
import { can } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { AttachmentUploader } from "~/components/attachment-uploader";
import { AttachmentList } from "~/components/attachment-list";
import { FormNotice, formErrorOf } from "~/components/form-field";
import { PracticeForm } from "~/components/practice-form";
import { languageOf } from "~/i18n/language.server";
import { dataLabel, translator, type MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { localeOf } from "~/i18n/languages";
import { ReturnedComment } from "~/components/review/returned-comment";
import { renderMarkdown } from "~/modules/practices/markdown.server";
import {
  allowedTransitions,
  getPracticeForEditing,
  transitionPractice,
  updatePractice,
} from "~/modules/practices/practice-commands.server";
import { uniqueAttachments } from "~/modules/practices/practice-attachments.server";
import {
  contactsToText,
  practiceFormValues,
  readPracticeForm,
  readRevisionNote,
  type PracticeFormValues,
} from "~/modules/practices/practice-form";
import {
  CONTACT_REQUIRED,
  SECTIONS,
  stageOf,
  type SectionKey,
} from "~/modules/practices/practice.schema";
import { listIndicatorGroups } from "~/modules/spbe/spbe.server";
import type { FieldErrors } from "~/utils/forms";
import { formAnswer, retryAfterHeader, type FormResult } from "~/utils/responses.server";
import { readFormData } from "~/utils/form-data.server";

export { forwardActionHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const practice = await getPracticeForEditing(actor, params.slug ?? "");
  const values: PracticeFormValues = {
    title: practice.title,
    summary: practice.summary,
    problem: practice.problem,
    solution: practice.solution,
    results: practice.results,
    challenges: practice.challenges,
    conditions: practice.conditions,
    replication: practice.replication,
    indicators: practice.indicators.map((i) => i.indicator.number),
    dimensions: practice.dimensions.map((d) => d.dimensionKey),
    sector: practice.sector,
    stage: stageOf(practice.stage),
    year: practice.year,
    tags: practice.tags.join(", "),
    contacts: contactsToText(practice.contacts),
  };
  return {
    slug: practice.slug,
    status: practice.status,
    stage: practice.stage,
    region: practice.region,
    values,
    // Returning needs a comment: it is done on the review page, which asks for one.
    transitions: allowedTransitions(actor, practice).filter((name) => name !== "return"),
    mayReview: allowedTransitions(actor, practice).includes("return"),
    returnComment: practice.status === "DRAFT" ? practice.returnComment : null,
    returnedAt: practice.status === "DRAFT" ? (practice.returnedAt?.toISOString() ?? null) : null,
    mayEdit: can(actor, "record:update", { regionCode: practice.regionCode }),
    previews: Object.fromEntries(SECTIONS.map((s) => [s.key, renderMarkdown(values[s.key])])),
    uploadOutcome: uploadOutcomeOf(new URL(request.url).searchParams.get("upload")),
    attachments: uniqueAttachments(practice.attachments).map((a) => ({
      id: a.id,
      name: a.originalName,
      size: a.file.size,
    })),
    indicatorGroups: await listIndicatorGroups(),
    title: translator(languageOf(request))("practice.form.editTitle"),
  };
}

const UPLOAD_OUTCOMES = [
  "added",
  "duplicate",
  "removed",
  "upload.error.empty",
  "upload.error.tooLarge",
  "upload.error.typeNotAllowed",
  "upload.error.typeMismatch",
  "upload.error.badName",
  "upload.error.noFile",
  "upload.error.tooMany",
  "limits.error.writes",
] as const;

/** The outcome of a plain (no JavaScript) upload, carried back in the URL. */
function uploadOutcomeOf(value: string | null): { ok: boolean; message: MessageKey } | null {
  const outcome = UPLOAD_OUTCOMES.find((o) => o === value);
  if (!outcome) return null;
  if (outcome === "added") return { ok: true, message: "upload.addedPlain" };
  if (outcome === "duplicate")
    return { ok: true, message: "authoring.upload.alreadyAttachedPlain" };
  if (outcome === "removed") return { ok: true, message: "authoring.attachments.removed" };
  if (outcome === "limits.error.writes") return { ok: false, message: outcome };
  return { ok: false, message: "upload.error.plain" };
}

/** What the action answers: a notice, or the form as typed with its errors or its preview. */
interface EditAnswer extends FormResult<PracticeFormValues> {
  previews?: Partial<Record<SectionKey, string>>;
}

const transitionSchema = z.enum(["submit", "publish", "return", "archive"]);

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const slug = params.slug ?? "";
  const form = await readFormData(request);
  const origin = requestOrigin(request, context);
  const transition = transitionSchema.safeParse(form.get("transition"));
  // Previews store nothing; saves and transitions count against the account's practice writes.
  if (transition.success || form.get("intent") !== "preview") {
    const allowance = await spendAllowance(RATE_LIMITS.practiceWritesPerAccount, actor.id);
    if (allowance.limited)
      return formAnswer<EditAnswer>(
        { errors: {}, formError: "limits.error.writes" },
        { status: 429, headers: retryAfterHeader(allowance.retryAfterSeconds) },
      );
  }
  if (transition.success) {
    const comment = form.get("comment");
    const result = await transitionPractice({
      actor,
      slug,
      transition: transition.data,
      comment: typeof comment === "string" ? comment : undefined,
      origin,
    });
    if (result === "done" && transition.data === "publish") return redirect(`/practices/${slug}`);
    if (result === "contact-required")
      return formAnswer<EditAnswer>({ errors: { contacts: CONTACT_REQUIRED } }, 409);
    return formAnswer<EditAnswer>({
      errors: {},
      notice:
        result === "done"
          ? "practice.workflow.done"
          : result === "comment-required"
            ? "review.page.commentRequired"
            : "practice.workflow.notNow",
    });
  }
  const values = practiceFormValues(form, new Date().getFullYear());
  const read = readPracticeForm(form);
  const note = readRevisionNote(form);
  if (!read.ok || !note.ok) {
    const errors: FieldErrors = {
      ...(read.ok ? {} : read.errors),
      ...(note.ok ? {} : { note: note.error }),
    };
    return formAnswer<EditAnswer>({ errors, values }, 400);
  }
  if (form.get("intent") === "preview") {
    const previews = Object.fromEntries(
      SECTIONS.map((s) => [s.key, renderMarkdown(read.content[s.key])]),
    );
    return formAnswer<EditAnswer>({ errors: {}, values, previews });
  }
  const saved = await updatePractice({
    actor,
    slug,
    content: read.content,
    contacts: read.contacts,
    note: note.note,
    origin,
  });
  if (saved === "contact-required")
    return formAnswer<EditAnswer>({ errors: { contacts: CONTACT_REQUIRED }, values }, 409);
  return formAnswer<EditAnswer>({ errors: {}, notice: "practice.form.saved" });
}

const TRANSITION_LABELS = {
  submit: "practice.workflow.submit",
  publish: "practice.workflow.publish",
  return: "practice.workflow.return",
  archive: "practice.workflow.archive",
} as const;

export default function EditPracticePage() {
  const {
    slug,
    status,
    region,
    values,
    transitions,
    mayEdit,
    previews,
    indicatorGroups,
    mayReview,
    returnComment,
    returnedAt,
    attachments,
    uploadOutcome,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useTranslate();
  const language = useLanguage();
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to={`/practices/${slug}`}>{values.title}</Link> · {region.name} ·{" "}
        {dataLabel(t, `practice.stage.${values.stage}`, values.stage)}
      </nav>
      <h1>{t("practice.form.editTitle")}</h1>
      <p className="notice">{t(statusLabelKey(status))}</p>
      {returnComment ? (
        <ReturnedComment
          comment={returnComment}
          when={
            returnedAt
              ? new Intl.DateTimeFormat(localeOf(language), {
                  dateStyle: "medium",
                  timeStyle: "short",
                }).format(new Date(returnedAt))
              : null
          }
        />
      ) : null}
      <FormNotice kind="success" message={result?.notice} />
      <FormNotice kind="error" message={formErrorOf(result)} />
      {transitions.length || mayReview ? (
        <section className="aside-box" aria-labelledby="workflow-title">
          <h2 id="workflow-title">{t("practice.workflow.title")}</h2>
          {mayReview ? (
            <p>
              <Link to={`/review/practices/${slug}`}>{t("review.openReview")}</Link>
            </p>
          ) : null}
          <Form method="post" className="actions">
            {transitions.map((name) => (
              <button
                key={name}
                type="submit"
                name="transition"
                value={name}
                className={name === "publish" ? "button" : "button secondary"}
              >
                {t(TRANSITION_LABELS[name])}
              </button>
            ))}
          </Form>
        </section>
      ) : null}
      <PracticeForm
        values={result?.values ?? values}
        errors={result?.errors ?? {}}
        formError={result?.formError}
        indicatorGroups={indicatorGroups}
        showNote={status === "PUBLISHED"}
        previews={result?.previews ?? previews}
      />
      <section className="aside-box" aria-labelledby="attachments-title">
        <h2 id="attachments-title">{t("practice.attachments")}</h2>
        {uploadOutcome ? (
          <FormNotice
            kind={uploadOutcome.ok ? "success" : "error"}
            message={uploadOutcome.message}
          />
        ) : null}
        <AttachmentList slug={slug} attachments={attachments} canRemove={mayEdit} />
        {mayEdit ? <AttachmentUploader action={`/practices/${slug}/attachments`} /> : null}
      </section>
    </div>
  );
}
