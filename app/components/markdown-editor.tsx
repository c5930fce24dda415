import { useEffect, useRef, useState } from "react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { CharacterCount } from "./form-field";

type Tool = { label: MessageKey; before: string; after: string; placeholder: string };

const TOOLS: Tool[] = [
  { label: "practice.toolbar.bold", before: "**", after: "**", placeholder: "teks" },
  { label: "practice.toolbar.italic", before: "_", after: "_", placeholder: "teks" },
  { label: "practice.toolbar.heading", before: "\n### ", after: "\n", placeholder: "Subjudul" },
  { label: "practice.toolbar.list", before: "\n- ", after: "\n", placeholder: "butir" },
  { label: "practice.toolbar.link", before: "[", after: "](https://)", placeholder: "teks tautan" },
  {
    label: "practice.toolbar.table",
    before: "\n| Ukuran | Sebelum | Sesudah |\n| --- | --- | --- |\n| ",
    after: " | | |\n",
    placeholder: "…",
  },
];

/** Asks the portal for the preview of some Markdown (the published page's own renderer). */
async function fetchPreview(text: string, signal: AbortSignal): Promise<string | null> {
  const body = new FormData();
  body.set("text", text);
  const response = await fetch("/markdown-preview", { method: "POST", body, signal });
  if (!response.ok) return null;
  const answer = (await response.json()) as { html?: unknown };
  return typeof answer.html === "string" ? answer.html : null;
}

/**
 * A Markdown textarea with a small formatting toolbar, a length counter and its preview: beside it
 * on wide screens, behind a "Preview" tab on phones. Typing needs no JavaScript; the toolbar, the
 * tabs and the live preview do. Without JavaScript the preview is the one the "Preview" button of
 * the form asked the server for, shown below the textarea.
 */
export function MarkdownEditor({
  name,
  label,
  defaultValue,
  error,
  limit,
  previewHtml,
}: {
  name: string;
  label: MessageKey;
  defaultValue: string;
  error?: MessageKey;
  limit?: number;
  /** The server's rendering of the text (edit page, or the form's "Preview" answer). */
  previewHtml?: string;
}) {
  const t = useTranslate();
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = `field-${name}`;
  const [hydrated, setHydrated] = useState(false);
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [length, setLength] = useState(defaultValue.length);
  const [html, setHtml] = useState(previewHtml ?? "");
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; abort?: AbortController }>({});
  useEffect(() => setHydrated(true), []);
  useEffect(() => setHtml(previewHtml ?? ""), [previewHtml]);
  useEffect(() => {
    const current = pending.current;
    return () => {
      clearTimeout(current.timer);
      current.abort?.abort();
    };
  }, []);

  const changed = (value: string) => {
    setLength(value.length);
    const current = pending.current;
    clearTimeout(current.timer);
    current.timer = setTimeout(() => {
      current.abort?.abort();
      const abort = new AbortController();
      current.abort = abort;
      fetchPreview(value, abort.signal)
        .then((rendered) => rendered !== null && setHtml(rendered))
        .catch(() => undefined);
    }, 400);
  };

  const apply = (tool: Tool) => {
    const area = ref.current;
    if (!area) return;
    const { selectionStart: start, selectionEnd: end, value } = area;
    const selected = value.slice(start, end) || tool.placeholder;
    area.value = value.slice(0, start) + tool.before + selected + tool.after + value.slice(end);
    area.focus();
    area.setSelectionRange(
      start + tool.before.length,
      start + tool.before.length + selected.length,
    );
    changed(area.value);
  };
  const described = [error ? `${id}-error` : null, limit ? `${id}-count` : null]
    .filter(Boolean)
    .join(" ");
  const tabId = (which: string) => `${id}-tab-${which}`;
  return (
    <div className="field markdown-field">
      <label htmlFor={id}>{t(label)}</label>
      {hydrated ? (
        <div
          className="markdown-tabs"
          role="tablist"
          aria-label={t("authoring.markdown.tabs", { label: t(label) })}
        >
          {(["write", "preview"] as const).map((which) => (
            <button
              key={which}
              type="button"
              role="tab"
              id={tabId(which)}
              aria-selected={tab === which}
              aria-controls={`${id}-${which}`}
              tabIndex={tab === which ? 0 : -1}
              className="markdown-tab"
              onClick={() => setTab(which)}
              onKeyDown={(event) => {
                if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
                const next = which === "write" ? "preview" : "write";
                setTab(next);
                document.getElementById(tabId(next))?.focus();
              }}
            >
              {t(which === "write" ? "authoring.markdown.write" : "authoring.markdown.preview")}
            </button>
          ))}
        </div>
      ) : null}
      <div className="markdown-panes" data-tab={hydrated ? tab : undefined}>
        <div
          className="markdown-write"
          id={`${id}-write`}
          role={hydrated ? "tabpanel" : undefined}
          aria-labelledby={hydrated ? tabId("write") : undefined}
        >
          <div
            className="toolbar"
            role="toolbar"
            aria-label={t("practice.toolbar.label")}
            aria-controls={id}
          >
            {TOOLS.map((tool) => (
              <button
                key={tool.label}
                type="button"
                className="toolbar-button"
                onClick={() => apply(tool)}
              >
                {t(tool.label)}
              </button>
            ))}
          </div>
          <textarea
            id={id}
            ref={ref}
            name={name}
            defaultValue={defaultValue}
            rows={8}
            onInput={(event) => changed(event.currentTarget.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={described || undefined}
          />
          {limit ? <CharacterCount id={`${id}-count`} length={length} limit={limit} /> : null}
          {error ? (
            <p id={`${id}-error`} className="field-error">
              {t(error)}
            </p>
          ) : null}
        </div>
        <section
          className="markdown-preview practice-body"
          id={`${id}-preview`}
          role={hydrated ? "tabpanel" : undefined}
          aria-labelledby={hydrated ? tabId("preview") : undefined}
          aria-label={hydrated ? undefined : t("authoring.markdown.previewOf", { label: t(label) })}
        >
          <p className="markdown-preview-title" aria-hidden={hydrated ? true : undefined}>
            {t("authoring.markdown.previewOf", { label: t(label) })}
          </p>
          {html ? (
            <div dangerouslySetInnerHTML={{ __html: html }} />
          ) : (
            <p className="muted">{t("authoring.markdown.empty")}</p>
          )}
        </section>
      </div>
    </div>
  );
}
