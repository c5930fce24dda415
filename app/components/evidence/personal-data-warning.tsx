import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import type { EvidenceFormAnswer } from "~/modules/evidence/evidence-form";

type Warning = NonNullable<EvidenceFormAnswer["personalData"]>;

/**
 * What the personal data check found before sharing: each finding with its file, page and masked
 * match, and the files it could not read; then the confirmation checkbox the save needs.
 */
export function PersonalDataWarning({ warning }: { warning: Warning }) {
  const t = useTranslate();
  const audience: MessageKey =
    warning.visibility === "public"
      ? "evidence.pd.audience.public"
      : "evidence.pd.audience.members";
  return (
    <section className="notice notice-warning personal-data" aria-labelledby="pd-title">
      <h2 id="pd-title">{t("evidence.pd.title")}</h2>
      <p>{t("evidence.pd.intro", { audience: t(audience) })}</p>
      <ul>
        {warning.findings.map((finding, i) => {
          const kind = t(`evidence.pd.kind.${finding.kind}`);
          const params = {
            kind,
            match: finding.match,
            file: finding.file ?? "",
            page: finding.page ?? 0,
          };
          const text = finding.file
            ? t(finding.page ? "evidence.pd.inFile" : "evidence.pd.inFileNoPage", params)
            : t("evidence.pd.inRecord", params);
          return (
            <li key={`f${i}`}>
              <span className="code">{text}</span>
              {finding.count > 1 ? ` ${t("evidence.pd.times", { count: finding.count })}` : null}
            </li>
          );
        })}
        {warning.unchecked.map((file, i) => (
          <li key={`u${i}`}>
            {file.state === "DONE"
              ? t("evidence.pd.uncheckedPages", {
                  file: file.file,
                  pages: file.pagesWithoutText.join(", "),
                })
              : t("evidence.pd.unchecked", { file: file.file })}
          </li>
        ))}
      </ul>
      <div className="field checkbox-field">
        <label>
          <input
            type="checkbox"
            name="acknowledgePersonalData"
            value="yes"
            id="field-acknowledge"
          />{" "}
          {t("evidence.field.acknowledge")}
        </label>
      </div>
    </section>
  );
}
