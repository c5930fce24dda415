// Markdown to HTML for practices and READMEs: rendered by marked, then always sanitised with
// sanitize-html before it reaches a page (no script, no event handler, no javascript: link).
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "blockquote",
    "pre",
    "code",
    "em",
    "strong",
    "del",
    "ul",
    "ol",
    "li",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "img",
    "sup",
    "sub",
  ],
  allowedAttributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title"],
    th: ["align"],
    td: ["align"],
    code: ["class"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https"] },
  allowProtocolRelative: false,
  // Headings inside a section sit below the section's own h2.
  transformTags: {
    h1: "h3",
    h2: "h3",
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...attribs,
        rel: "noopener noreferrer nofollow",
        ...(attribs.href?.startsWith("http") ? { target: "_blank" } : {}),
      },
    }),
  },
  allowedClasses: { code: [/^language-[a-z0-9-]+$/] },
};

// rel and target are set by transformTags; let them through.
SANITIZE.allowedAttributes = {
  ...SANITIZE.allowedAttributes,
  a: ["href", "title", "rel", "target"],
};

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown ?? "") as string;
  return sanitizeHtml(html, SANITIZE);
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};

/** Markdown as plain text (for search): rendered, every tag dropped, entities decoded. */
export function markdownToPlainText(markdown: string): string {
  const html = marked.parse(markdown) as string;
  const text = sanitizeHtml(html.replace(/<\/(p|li|h\d|tr|blockquote|pre)>/g, "$& "), {
    allowedTags: [],
    allowedAttributes: {},
  });
  return text
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
}
