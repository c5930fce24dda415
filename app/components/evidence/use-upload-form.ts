import { useNavigate } from "@remix-run/react";
import { useState, type FormEvent } from "react";
import type { EvidenceFormAnswer, EvidenceJsonAnswer } from "~/modules/evidence/evidence-form";

/**
 * Sends a multipart form with XMLHttpRequest, which reports upload progress (fetch does not), and
 * asks for JSON: a saved record opens its page, a refusal is rendered where the page's own answer
 * would be. Without JavaScript the form posts normally and the server answers with a page.
 */
export function useUploadForm() {
  const navigate = useNavigate();
  const [progress, setProgress] = useState<number | null>(null);
  const [answer, setAnswer] = useState<EvidenceFormAnswer | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const request = new XMLHttpRequest();
    // The page's resource route twin: a document POST to the page itself would answer with HTML.
    request.open("POST", `${form.getAttribute("action") ?? window.location.pathname}/upload`);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (e) => {
      if (e.lengthComputable) setProgress(Math.round((e.loaded / e.total) * 100));
    };
    request.onload = () => {
      setProgress(null);
      let body: EvidenceJsonAnswer;
      try {
        body = JSON.parse(request.responseText) as EvidenceJsonAnswer;
      } catch {
        setAnswer({ errors: {}, formError: "upload.error.failed" });
        return;
      }
      if (body.ok) {
        setAnswer(null);
        form.reset();
        navigate(body.location);
      } else setAnswer(body.answer);
    };
    request.onerror = () => {
      setProgress(null);
      setAnswer({ errors: {}, formError: "upload.error.failed" });
    };
    setProgress(0);
    request.send(new FormData(form));
  };

  return { onSubmit, progress, answer };
}
