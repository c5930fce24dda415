import { useRef } from "react";
import type { MessageKey } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";

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

/** A Markdown textarea with a small formatting toolbar (the toolbar needs JavaScript; typing does not). */
export function MarkdownEditor({
  name,
  label,
  defaultValue,
  error,
}: {
  name: string;
  label: MessageKey;
  defaultValue: string;
  error?: MessageKey;
}) {
  const t = useTranslate();
  const ref = useRef<HTMLTextAreaElement>(null);
  const id = `field-${name}`;
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
  };
  return (
    <div className="field markdown-field">
      <label htmlFor={id}>{t(label)}</label>
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
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {t(error)}
        </p>
      ) : null}
    </div>
  );
}
