import { useRevalidator } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import { useTranslate } from "~/i18n/use-translate";

/**
 * Uploads one file with a progress bar (XMLHttpRequest reports upload progress; fetch does not).
 * Without JavaScript the form posts normally.
 */
export function AttachmentUploader({ action }: { action: string }) {
  const t = useTranslate();
  const revalidator = useRevalidator();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const request = new XMLHttpRequest();
    request.open("POST", action);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (e) =>
      e.lengthComputable && setProgress(Math.round((e.loaded / e.total) * 100));
    request.onload = () => {
      setProgress(null);
      try {
        const body = JSON.parse(request.responseText) as { ok: boolean; message: string };
        setMessage({ ok: body.ok, text: body.message });
        if (body.ok) {
          form.reset();
          revalidator.revalidate();
        }
      } catch {
        setMessage({ ok: false, text: t("upload.error.failed") });
      }
    };
    request.onerror = () => {
      setProgress(null);
      setMessage({ ok: false, text: t("upload.error.failed") });
    };
    setMessage(null);
    setProgress(0);
    request.send(new FormData(form));
  };

  return (
    <form
      method="post"
      action={action}
      encType="multipart/form-data"
      onSubmit={submit}
      className="stack"
    >
      <div className="field">
        <label htmlFor="attachment-file">{t("upload.field")}</label>
        <input
          id="attachment-file"
          name="file"
          type="file"
          required
          aria-describedby="attachment-hint"
        />
        <p id="attachment-hint" className="field-hint">
          {t("upload.hint")}
        </p>
      </div>
      {progress !== null ? (
        <p>
          <label htmlFor="attachment-progress">{t("upload.progress", { percent: progress })}</label>{" "}
          <progress id="attachment-progress" max={100} value={progress} />
        </p>
      ) : null}
      {message ? (
        <p
          className={`notice ${message.ok ? "notice-success" : "notice-error"}`}
          role={message.ok ? "status" : "alert"}
        >
          {message.text}
        </p>
      ) : null}
      <p>
        <button type="submit" className="button secondary" disabled={progress !== null}>
          {t("upload.submit")}
        </button>
      </p>
    </form>
  );
}
