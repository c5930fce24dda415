import { ErrorSummary } from "~/components/error-summary";
import { localeOf } from "~/i18n/languages";
import { dataLabel } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { EvidenceFormAnswer } from "~/modules/evidence/evidence-form";
import type { EvidenceView } from "~/modules/evidence/evidence-queries.server";
import { PersonalDataWarning } from "./personal-data-warning";
import { UploadProgress } from "./upload-progress";
import { useUploadForm } from "./use-upload-form";

type FileItem = EvidenceView["files"][number];
type Version = FileItem["versions"][number];

export function useDateFormat() {
  const language = useLanguage();
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: "medium", timeZone: "UTC" });
}

/** A record's files: the latest version of each with its check, the older versions, a new version. */
export function EvidenceFiles({
  view,
  pageAnswer,
}: {
  view: EvidenceView;
  pageAnswer?: EvidenceFormAnswer;
}) {
  const t = useTranslate();
  if (view.files.length === 0) return <p className="muted">{t("evidence.files.none")}</p>;
  return (
    <ul className="evidence-files">
      {view.files.map((file) => {
        const [latest, ...older] = file.versions;
        if (!latest) return null;
        return (
          <li key={file.id} className="evidence-file">
            <VersionLine version={latest} insider={view.may.insider} />
            {older.length > 0 ? (
              <details>
                <summary>{t("evidence.files.history", { count: file.versions.length })}</summary>
                <ul className="plain-list">
                  {older.map((version) => (
                    <li key={version.id}>
                      <VersionLine version={version} insider={false} />
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
            {view.may.write ? (
              <NewVersionForm
                evidenceId={view.id}
                fileId={file.id}
                name={latest.name}
                visibility={view.visibility}
                pageAnswer={pageAnswer?.target === file.id ? pageAnswer : undefined}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function VersionLine({ version, insider }: { version: Version; insider: boolean }) {
  const t = useTranslate();
  const date = useDateFormat();
  return (
    <div className="evidence-version">
      <p className="evidence-version-name">
        <a href={`/evidence-files/${version.id}`}>{version.name}</a>{" "}
        <span className="muted">
          ({Math.ceil(version.size / 1024)} KB) ·{" "}
          {t("evidence.files.version", { number: version.number })} ·{" "}
          {t("evidence.files.uploaded", {
            date: date.format(new Date(version.createdAt)),
            name: version.createdBy ?? t("evidence.files.unknownUser"),
          })}
        </span>
      </p>
      <p className={`extraction extraction-${version.extraction.toLowerCase()}`}>
        {t(`evidence.extraction.${version.extraction}`)}
        {version.extraction === "DONE" && version.pageCount !== null
          ? ` · ${t("evidence.files.pages", { count: version.pageCount })}`
          : null}
        {version.pagesWithoutText.length > 0
          ? ` · ${t("evidence.extraction.pagesWithoutText", { pages: version.pagesWithoutText.join(", ") })}`
          : null}
      </p>
      {insider && version.extraction === "DONE" ? (
        version.findings.length === 0 ? (
          <p className="muted">{t("evidence.files.noFindings")}</p>
        ) : (
          <div>
            <p>{t("evidence.files.findings")}</p>
            <ul>
              {version.findings.map((finding, i) => (
                <li key={i}>
                  {dataLabel(t, `evidence.pd.kind.${finding.kind}`, finding.kind)}{" "}
                  <span className="code">{finding.match}</span>
                  {finding.page ? ` · ${finding.page}` : null}
                  {finding.count > 1
                    ? ` ${t("evidence.pd.times", { count: finding.count })}`
                    : null}
                </li>
              ))}
            </ul>
          </div>
        )
      ) : null}
    </div>
  );
}

function NewVersionForm({
  evidenceId,
  fileId,
  name,
  visibility,
  pageAnswer,
}: {
  evidenceId: string;
  fileId: string;
  name: string;
  visibility: string;
  pageAnswer?: EvidenceFormAnswer;
}) {
  const t = useTranslate();
  const upload = useUploadForm();
  const answer = upload.answer ?? pageAnswer;
  const inputId = `version-${fileId}`;
  return (
    <form
      method="post"
      action={`/evidence/${evidenceId}`}
      encType="multipart/form-data"
      onSubmit={upload.onSubmit}
      className="evidence-version-form"
    >
      <input type="hidden" name="intent" value="version" />
      <input type="hidden" name="fileId" value={fileId} />
      <input type="hidden" name="visibility" value={visibility} />
      {answer?.formError ? (
        <ErrorSummary
          items={[]}
          formError={answer.formError}
          formErrorParams={answer.formErrorParams}
        >
          {answer.fileReason ? (
            <p>{t(answer.fileReason.message, answer.fileReason.params)}</p>
          ) : null}
        </ErrorSummary>
      ) : null}
      <div className="field">
        <label htmlFor={inputId}>{t("evidence.files.newVersionOf", { name })}</label>
        <input id={inputId} name="files" type="file" />
      </div>
      {answer?.personalData ? <PersonalDataWarning warning={answer.personalData} /> : null}
      <UploadProgress progress={upload.progress} id={`${inputId}-progress`} />
      <button type="submit" className="button secondary" disabled={upload.progress !== null}>
        {t("evidence.files.newVersion")}
      </button>
    </form>
  );
}
