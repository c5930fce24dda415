// The one gate between ECharts' SVG output and the page. ECharts escapes text it writes, but the
// page puts the string in with dangerouslySetInnerHTML, so the markup is parsed (saxes) and written
// again from an allowlist: known SVG drawing elements and presentation attributes only. Everything
// else is dropped: <style> (the hover CSS, also blocked by our CSP), <script>, foreignObject, event
// handlers (on*), href/xlink:href, class, style (its font properties become attributes, since the
// CSP forbids style attributes), ECharts' ecmeta_* markers. Text is escaped again on the way out.
// assertSafeSvg() then checks the result, so a change in ECharts cannot slip anything through.
import { SaxesParser, type SaxesTagPlain } from "saxes";

const ELEMENTS = new Set([
  "svg",
  "g",
  "path",
  "rect",
  "circle",
  "ellipse",
  "line",
  "polyline",
  "polygon",
  "text",
  "tspan",
  "defs",
  "clipPath",
  "linearGradient",
  "radialGradient",
  "stop",
]);

const ATTRIBUTES = new Set([
  "viewBox",
  "d",
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "dx",
  "dy",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "fx",
  "fy",
  "width",
  "height",
  "points",
  "transform",
  "fill",
  "fill-opacity",
  "fill-rule",
  "opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-linecap",
  "stroke-linejoin",
  "stroke-miterlimit",
  "paint-order",
  "text-anchor",
  "dominant-baseline",
  "font-size",
  "font-family",
  "font-weight",
  "font-style",
  "offset",
  "stop-color",
  "stop-opacity",
  "gradientUnits",
  "gradientTransform",
  "clip-path",
  "id",
  "xml:space",
]);

/** style="…" properties kept, as presentation attributes. */
const STYLE_PROPERTIES = new Set(["font-size", "font-family", "font-weight", "font-style"]);

/** Attribute values that may only be a local reference, e.g. clip-path="url(#c0)". */
const LOCAL_REFERENCE = /^url\(#[A-Za-z0-9_-]+\)$/;
const ID = /^[A-Za-z0-9_-]+$/;

function escapeText(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

function safeValue(name: string, value: string): boolean {
  if (/[<>]/.test(value) || /javascript:|data:|expression\(/i.test(value)) return false;
  if (value.includes("url(")) return LOCAL_REFERENCE.test(value);
  if (name === "id") return ID.test(value);
  return true;
}

function styleAttributes(style: string): Array<[string, string]> {
  return style
    .split(";")
    .map((declaration) => declaration.split(":"))
    .filter((parts) => parts.length === 2)
    .map(([name, value]) => [name!.trim(), value!.trim().replace(/px$/, "")] as [string, string])
    .filter(([name]) => STYLE_PROPERTIES.has(name));
}

export interface SanitizeOptions {
  /** Prefix for every id, so two charts on a page never share a clip path. */
  idPrefix: string;
  /** Attributes to set on the root <svg> (role, aria-labelledby, …), written as given but escaped. */
  rootAttributes?: Record<string, string>;
  /** Elements written first inside the root <svg>: <title> and <desc>, text escaped. */
  labels?: Array<{ element: "title" | "desc"; id: string; text: string }>;
}

/**
 * Rewrites an SVG document from the allowlist. The root keeps its viewBox but loses width and
 * height, so it scales to its box. ECharts' ids ("zr3-c0") become `${idPrefix}-c0`.
 */
export function sanitizeSvg(svg: string, options: SanitizeOptions): string {
  const parser = new SaxesParser({ xmlns: false });
  let out = "";
  let depth = 0;
  /** Depth at which a dropped element started: its whole subtree is dropped. */
  let droppedAt: number | null = null;
  const renameId = (value: string) => value.replace(/^zr\d+-/, `${options.idPrefix}-`);

  parser.on("opentag", (tag: SaxesTagPlain) => {
    depth += 1;
    if (droppedAt !== null) return;
    if (!ELEMENTS.has(tag.name) || (depth === 1) !== (tag.name === "svg")) {
      droppedAt = depth;
      return;
    }
    const attributes: Array<[string, string]> = [];
    for (const [name, raw] of Object.entries(tag.attributes)) {
      const value = String(raw);
      if (name === "style") {
        attributes.push(...styleAttributes(value));
        continue;
      }
      if (!ATTRIBUTES.has(name)) continue;
      if (depth === 1 && (name === "width" || name === "height")) continue;
      const written =
        name === "id"
          ? renameId(value)
          : LOCAL_REFERENCE.test(value)
            ? value.replace(/#zr\d+-/, `#${options.idPrefix}-`)
            : value;
      if (safeValue(name, written)) attributes.push([name, written]);
    }
    if (depth === 1) {
      attributes.unshift(["xmlns", "http://www.w3.org/2000/svg"]);
      for (const [name, value] of Object.entries(options.rootAttributes ?? {}))
        attributes.push([name, value]);
    }
    out += `<${tag.name}${attributes.map(([n, v]) => ` ${n}="${escapeAttribute(v)}"`).join("")}>`;
    if (depth === 1) {
      for (const label of options.labels ?? [])
        out += `<${label.element} id="${escapeAttribute(label.id)}">${escapeText(label.text)}</${label.element}>`;
    }
  });
  parser.on("closetag", (tag) => {
    if (droppedAt === null) out += `</${tag.name}>`;
    else if (droppedAt === depth) droppedAt = null;
    depth -= 1;
  });
  parser.on("text", (text) => {
    if (droppedAt === null && depth > 0 && text.trim() !== "") out += escapeText(text);
  });
  parser.write(svg).close();
  assertSafeSvg(out);
  return out;
}

/**
 * Throws when markup could run script or load anything; the last check before a page. Text is
 * escaped, so every "<" left starts a tag: each tag must be an allowed element whose attributes
 * hold no handler, link, style or script URL.
 */
export function assertSafeSvg(svg: string): void {
  if (!svg.startsWith("<svg ")) throw new Error("Unsafe chart SVG: not an <svg> element");
  const allowed = new Set([...ELEMENTS, "title", "desc"]);
  for (const tag of svg.match(/<[^>]*>?/g) ?? []) {
    const name = /^<\/?([A-Za-z:]+)/.exec(tag)?.[1];
    if (!name || !allowed.has(name))
      throw new Error(`Unsafe chart SVG: element ${tag.slice(0, 40)}`);
    if (/\s(?:on[a-z]+|style|href|xlink:href|class)\s*=/i.test(tag))
      throw new Error(`Unsafe chart SVG: attribute in ${tag.slice(0, 40)}`);
    if (/javascript:|data:|url\((?!#)/i.test(tag))
      throw new Error(`Unsafe chart SVG: reference in ${tag.slice(0, 40)}`);
  }
}
