// Markdown to HTML for practices and READMEs: rendered by marked, then always sanitised with
// sanitize-html before it reaches a page (no script, no event handler, no javascript: link:
// links are http(s) through safeHttpUrl, mailto or within the portal).
import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";
import { safeHttpUrl } from "~/utils/safe-url";

const marked = new Marked({ gfm: true, breaks: false, async: false });

/**
 * What a link's href may be: an http(s) address as safeHttpUrl reads it (no user name or
 * password), a mailto: address, or an address within the portal; undefined drops the href and
 * keeps the text. The scheme is read as a browser reads it, without tabs, newlines or leading
 * spaces; sanitize-html's allowedSchemes check comes after this as a second fence.
 */
function linkHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  // eslint-disable-next-line no-control-regex -- control characters are what this drops
  const read = href.replace(/[\u0000-\u0020\u007f]/g, "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(read)?.[1]?.toLowerCase();
  if (scheme === undefined) return /^[/\\]{2}/.test(read) ? undefined : href;
  if (scheme === "mailto") return href;
  return safeHttpUrl(href) ?? undefined;
}

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
    a: (tagName, { href, ...attribs }) => {
      const kept = linkHref(href);
      return {
        tagName,
        attribs: {
          ...attribs,
          ...(kept === undefined ? {} : { href: kept }),
          rel: "noopener noreferrer nofollow",
          ...(kept?.startsWith("http") ? { target: "_blank" } : {}),
        },
      };
    },
    img: (tagName, { src, ...attribs }) => {
      const kept = safeHttpUrl(src);
      return { tagName, attribs: kept === null ? attribs : { ...attribs, src: kept } };
    },
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
