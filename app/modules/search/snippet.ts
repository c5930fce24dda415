// Highlighted snippets: engines mark matches with two control characters; the text is then
// HTML-escaped and the marks become <mark> tags, so a snippet can never carry markup of its own.
// Pages split the string back into parts (no dangerouslySetInnerHTML).

export const MARK_START = "\u0002";
export const MARK_END = "\u0003";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Engine output (with MARK_START/MARK_END) to an escaped string with <mark> tags. */
export function markedSnippet(raw: string): string {
  // Other control characters cannot be in plain text; drop them so only our marks remain.
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000\u0001\u0004-\u0008\u000b\u000c\u000e-\u001f]/g, " ");
  return escapeHtml(cleaned.replace(/\s+/g, " ").trim())
    .replaceAll(MARK_START, "<mark>")
    .replaceAll(MARK_END, "</mark>");
}

export interface SnippetPart {
  text: string;
  marked: boolean;
}

const UNESCAPES: Record<string, string> = Object.fromEntries(
  Object.entries(ESCAPES).map(([char, entity]) => [entity, char]),
);

/** A snippet from markedSnippet() as text parts, for rendering as React nodes. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const unescape = (text: string) =>
    text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => UNESCAPES[entity] ?? entity);
  for (const [index, piece] of snippet.split(/<\/?mark>/).entries()) {
    if (piece) parts.push({ text: unescape(piece), marked: index % 2 === 1 });
  }
  return parts;
}
