// PDF text through pdfjs-dist 4 (legacy build, for Node): the text layer page by page. Items are
// joined by their position (a new line when the baseline moves, a space across a gap) so numbers in
// neighbouring table cells do not run together. A page without letters or digits has no text
// layer; a PDF where no page has one is a scan ("no-text-layer").
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { TextItem } from "pdfjs-dist/types/src/display/api";
import {
  ExtractionRefusal,
  type ExtractionLimits,
  type ExtractionResult,
} from "../extraction.types";
import { hasVisibleText, TextCollector, tidyText } from "../text-collector";

/** Letters or digits a page needs to count as having a text layer. */
const MIN_VISIBLE_CHARS = 3;

function pageText(items: readonly TextItem[]): string {
  let text = "";
  let previous: TextItem | undefined;
  for (const item of items) {
    if (previous && !previous.hasEOL && text && !/\s$/.test(text)) {
      const [, , , , x, y] = item.transform as number[];
      const [, , , , px, py] = previous.transform as number[];
      const height = Math.max(item.height, previous.height, 1);
      if (Math.abs((y ?? 0) - (py ?? 0)) > height / 2) text += "\n";
      else if ((x ?? 0) - ((px ?? 0) + previous.width) > height * 0.1) text += " ";
    }
    text += item.str;
    if (item.hasEOL) text += "\n";
    previous = item;
  }
  // pdfjs marks the end of each line, and often adds an empty item that ends it again.
  return tidyText(text).replace(/\n{2,}/g, "\n");
}

export async function extractPdf(
  bytes: Uint8Array,
  limits: ExtractionLimits,
): Promise<ExtractionResult> {
  const task = getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === "PasswordException")
      throw new ExtractionRefusal({ state: "unreadable", reason: "encrypted" });
    throw new ExtractionRefusal({
      state: "failed",
      reason: "corrupt",
      detail: (error as Error).message,
    });
  }
  try {
    const collector = new TextCollector(limits.maxPages, limits.maxChars);
    const pagesWithoutText: number[] = [];
    const last = Math.min(pdf.numPages, limits.maxPages);
    for (let number = 1; number <= last && collector.open; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const text = pageText(content.items.filter((item): item is TextItem => "str" in item));
      page.cleanup();
      if (!hasVisibleText(text, MIN_VISIBLE_CHARS)) pagesWithoutText.push(number);
      collector.add({ number, text });
    }
    if (pdf.numPages > last) collector.markTruncated();
    if (pagesWithoutText.length === collector.pages.length)
      return { state: "unreadable", reason: "no-text-layer" };
    return {
      state: "ok",
      unit: "page",
      pages: collector.pages,
      truncated: collector.truncated,
      pagesWithoutText,
    };
  } finally {
    await pdf.destroy();
  }
}
