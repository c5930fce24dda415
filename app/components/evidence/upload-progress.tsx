import { useTranslate } from "~/i18n/use-translate";

/** The upload's progress while the upload script sends a form (nothing otherwise). */
export function UploadProgress({
  progress,
  id = "upload-progress",
}: {
  progress: number | null;
  id?: string;
}) {
  const t = useTranslate();
  if (progress === null) return null;
  return (
    <p className="upload-progress">
      <label htmlFor={id}>{t("evidence.saving", { percent: progress })}</label>{" "}
      <progress id={id} max={100} value={progress} />
    </p>
  );
}
