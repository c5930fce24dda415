import { Form, Link } from "@remix-run/react";
import { Field, TextAreaField } from "~/components/form-field";
import { useTranslate } from "~/i18n/use-translate";
import type { CommitmentPageAnswer } from "~/modules/tracker/commitment-page-action.server";
import type { CommitmentPageView } from "~/modules/tracker/commitment-page-view.server";
import { COMMITMENT_TEXT_MAX } from "~/modules/tracker/commitment-status";
import { answerFor, fieldError, PageFormErrors } from "./page-answer";
import { useDayFormat } from "./use-day-format";

type Milestone = CommitmentPageView["milestones"][number];

/** What the file picker offers: the document types the store accepts (checked again from the bytes). */
const MILESTONE_FILE_ACCEPT = ".pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.odt,.zip";
type EvidenceRecord = CommitmentPageView["evidenceRecords"][number];

function EvidenceList({ evidence }: { evidence: Milestone["evidence"] }) {
  const t = useTranslate();
  if (evidence.length === 0) return <p className="muted">{t("tracker.milestone.noEvidence")}</p>;
  return (
    <ul className="plain-list milestone-evidence">
      {evidence.map((e) => (
        <li key={e.id}>
          {e.kind === "link" && e.url ? (
            <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
              {e.label || e.url}
            </a>
          ) : e.kind === "evidence" ? (
            e.evidenceRecord ? (
              <Link to={`/evidence/${e.evidenceRecord.id}`}>
                {t("tracker.milestone.evidenceRecord", { title: e.evidenceRecord.title })}
              </Link>
            ) : (
              <span className="muted">{t("tracker.milestone.evidenceHidden")}</span>
            )
          ) : e.kind === "file" && e.sha256 ? (
            <>
              <a href={`/milestone-files/${e.id}`} download>
                {t("tracker.milestone.file", { name: e.originalName ?? e.label })}
              </a>
              {e.size !== null ? (
                <span className="muted">
                  {" "}
                  {t("tracker.milestone.fileSize", { size: Math.max(1, Math.ceil(e.size / 1024)) })}
                </span>
              ) : null}
            </>
          ) : (
            <span>{e.label}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The adopter's form: a link and/or one of its evidence records, then mark done (or only add). */
function EvidenceForm({
  milestone,
  intent,
  records,
  answer,
}: {
  milestone: Milestone;
  intent: "markDone" | "addEvidence";
  records: EvidenceRecord[];
  answer: CommitmentPageAnswer | undefined;
}) {
  const t = useTranslate();
  const mine = answerFor(answer, [intent], milestone.id);
  const prefix = `ms-${milestone.id}-${intent}`;
  const recordError = fieldError(mine, ["evidenceRecordIds"]);
  const fileError = mine?.fileError;
  return (
    <Form method="post" encType="multipart/form-data" className="milestone-form">
      <PageFormErrors
        answer={mine}
        fields={{
          "links.0.url": `${prefix}-url`,
          links: `${prefix}-url`,
          "links.0.label": `${prefix}-label`,
          evidenceRecordIds: `${prefix}-record`,
          file: `${prefix}-file`,
        }}
      />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="milestoneId" value={milestone.id} />
      <div className="field-row">
        <Field
          id={`field-${prefix}-url`}
          name="linkUrl"
          type="url"
          inputMode="url"
          label="tracker.milestone.linkUrl"
          defaultValue={mine?.values?.linkUrl ?? ""}
          error={fieldError(mine, ["links.0.url", "links"])}
        />
        <Field
          id={`field-${prefix}-label`}
          name="linkLabel"
          label="tracker.milestone.linkLabel"
          defaultValue={mine?.values?.linkLabel ?? ""}
          error={fieldError(mine, ["links.0.label"])}
        />
      </div>
      {records.length > 0 ? (
        <div className="field">
          <label htmlFor={`field-${prefix}-record`}>
            {t("tracker.milestone.evidenceRecordPick")}
          </label>
          <select
            id={`field-${prefix}-record`}
            name="evidenceRecordId"
            defaultValue=""
            aria-invalid={recordError ? true : undefined}
            aria-describedby={recordError ? `field-${prefix}-record-error` : undefined}
          >
            <option value="">{t("tracker.milestone.evidenceRecordNone")}</option>
            {records.map((r) => (
              <option key={r.id} value={r.id}>
                {r.year} · {r.title}
              </option>
            ))}
          </select>
          {recordError ? (
            <p id={`field-${prefix}-record-error`} className="field-error">
              {t(recordError)}
            </p>
          ) : null}
        </div>
      ) : null}
      {/* Last, so the fields above are read before the file (a refusal keeps them). */}
      <div className="field">
        <label htmlFor={`field-${prefix}-file`}>{t("tracker.milestone.fileUpload")}</label>
        <input
          id={`field-${prefix}-file`}
          name="file"
          type="file"
          accept={MILESTONE_FILE_ACCEPT}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={`field-${prefix}-file-hint${fileError ? ` field-${prefix}-file-error` : ""}`}
        />
        <p id={`field-${prefix}-file-hint`} className="field-hint">
          {t("tracker.milestone.fileHint")}
        </p>
        {fileError ? (
          <p id={`field-${prefix}-file-error`} className="field-error">
            {t(fileError.message, fileError.params)}
          </p>
        ) : null}
      </div>
      <button type="submit" className={intent === "markDone" ? "button" : "button secondary"}>
        {t(`tracker.milestone.${intent}`)}
      </button>
    </Form>
  );
}

function MentorForms({
  milestone,
  answer,
}: {
  milestone: Milestone;
  answer: CommitmentPageAnswer | undefined;
}) {
  const t = useTranslate();
  const confirm = answerFor(answer, ["confirm"], milestone.id);
  const back = answerFor(answer, ["return"], milestone.id);
  const prefix = `ms-${milestone.id}-return`;
  return (
    <div className="milestone-mentor">
      {milestone.actions.includes("confirm") ? (
        <Form method="post" className="milestone-form">
          <PageFormErrors answer={confirm} fields={{}} />
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="milestoneId" value={milestone.id} />
          <button type="submit" className="button">
            {t("tracker.milestone.confirm")}
          </button>
        </Form>
      ) : null}
      {milestone.actions.includes("return") ? (
        <Form method="post" className="milestone-form">
          <PageFormErrors answer={back} fields={{ comment: `${prefix}-comment` }} />
          <input type="hidden" name="intent" value="return" />
          <input type="hidden" name="milestoneId" value={milestone.id} />
          <TextAreaField
            id={`field-${prefix}-comment`}
            name="comment"
            label="tracker.milestone.returnComment"
            rows={2}
            required
            limit={COMMITMENT_TEXT_MAX}
            defaultValue={back?.values?.comment ?? ""}
            error={fieldError(back, ["comment"])}
          />
          <button type="submit" className="button secondary">
            {t("tracker.milestone.return")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

/** The milestones in order, their state, due date, evidence, and the forms the viewer may use. */
export function CommitmentMilestones({
  milestones,
  records,
  mayAttach,
  answer,
}: {
  milestones: Milestone[];
  records: EvidenceRecord[];
  /** The viewer may attach evidence (the adopting region, while the work is on). */
  mayAttach: boolean;
  answer: CommitmentPageAnswer | undefined;
}) {
  const t = useTranslate();
  const format = useDayFormat();
  return (
    <section aria-labelledby="milestones-title" className="section">
      <h2 id="milestones-title">{t("tracker.milestones.title")}</h2>
      {milestones.length === 0 ? <p className="muted">{t("tracker.milestones.none")}</p> : null}
      <ol className="milestone-list">
        {milestones.map((m) => (
          <li
            key={m.id}
            id={`milestone-${m.id}`}
            className={`card milestone milestone-${m.state.toLowerCase()}`}
          >
            <h3>{m.title}</h3>
            <p>
              <span className={`badge badge-milestone milestone-state-${m.state.toLowerCase()}`}>
                {t(`tracker.milestone.${m.state}`)}
              </span>{" "}
              <span className="muted">
                {m.dueOn
                  ? t("tracker.milestone.due", { date: format.day(m.dueOn) })
                  : t("tracker.milestone.noDue")}
                {m.weight ? ` · ${t("tracker.milestone.weight", { weight: m.weight })}` : null}
              </span>
            </p>
            {m.returnComment && m.state === "OPEN" ? (
              <div className="notice notice-warning">
                <p>
                  <strong>{t("tracker.milestone.returned")}</strong> {m.returnComment}
                </p>
              </div>
            ) : null}
            <h4>{t("tracker.milestone.evidence")}</h4>
            <EvidenceList evidence={m.evidence} />
            {m.actions.includes("markDone") ? (
              <EvidenceForm
                key={`markDone-${m.evidence.length}`}
                milestone={m}
                intent="markDone"
                records={records}
                answer={answer}
              />
            ) : mayAttach && m.state === "DONE" ? (
              <EvidenceForm
                key={`addEvidence-${m.evidence.length}`}
                milestone={m}
                intent="addEvidence"
                records={records}
                answer={answer}
              />
            ) : null}
            <MentorForms milestone={m} answer={answer} />
          </li>
        ))}
      </ol>
    </section>
  );
}
