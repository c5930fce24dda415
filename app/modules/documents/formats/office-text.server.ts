// DOCX (mammoth), XLSX (exceljs, one page per sheet) and ODT (content.xml read with saxes). Every
// container passes the ZIP guard first, so the libraries only ever unpack what was already counted.
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { SaxesParser } from "saxes";
import {
  ExtractionRefusal,
  type ExtractionLimits,
  type ExtractionResult,
} from "../extraction.types";
import { hasVisibleText, TextCollector, tidyText } from "../text-collector";
import { guardZip } from "../zip-guard";

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function corrupt(error: unknown): ExtractionRefusal {
  if (error instanceof ExtractionRefusal) return error;
  return new ExtractionRefusal({
    state: "failed",
    reason: "corrupt",
    detail: error instanceof Error ? error.message : String(error),
  });
}

function documentResult(text: string, limits: ExtractionLimits): ExtractionResult {
  const tidy = tidyText(text);
  if (!hasVisibleText(tidy)) return { state: "unreadable", reason: "no-text-layer" };
  const collector = new TextCollector(1, limits.maxChars);
  collector.add({ number: 1, text: tidy });
  return {
    state: "ok",
    unit: "document",
    pages: collector.pages,
    truncated: collector.truncated,
    pagesWithoutText: [],
  };
}

export async function extractDocx(
  bytes: Uint8Array,
  limits: ExtractionLimits,
): Promise<ExtractionResult> {
  guardZip(bytes, limits);
  let text: string;
  try {
    ({ value: text } = await mammoth.extractRawText({ buffer: asBuffer(bytes) }));
  } catch (error) {
    throw corrupt(error);
  }
  return documentResult(text, limits);
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "richText" in value)
    return value.richText.map((run) => run.text).join("");
  return cell.text ?? "";
}

export async function extractXlsx(
  bytes: Uint8Array,
  limits: ExtractionLimits,
): Promise<ExtractionResult> {
  guardZip(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(asBuffer(bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw corrupt(error);
  }
  const collector = new TextCollector(limits.maxPages, limits.maxChars);
  let number = 0;
  for (const sheet of workbook.worksheets) {
    number += 1;
    if (!collector.open) break;
    const lines: string[] = [];
    let length = 0;
    sheet.eachRow({ includeEmpty: false }, (row) => {
      if (length > limits.maxChars) return;
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.push(cellText(cell));
      });
      const line = cells.join("\t");
      length += line.length + 1;
      lines.push(line);
    });
    collector.add({ number, name: sheet.name, text: tidyText(lines.join("\n")) });
  }
  if (!collector.pages.some((page) => hasVisibleText(page.text)))
    return { state: "unreadable", reason: "no-text-layer" };
  return {
    state: "ok",
    unit: "sheet",
    pages: collector.pages,
    truncated: collector.truncated,
    pagesWithoutText: [],
  };
}

/** The text of an ODF content.xml: paragraphs and headings on their own lines. */
export function odfText(xml: string): string {
  const parser = new SaxesParser({ xmlns: false });
  let text = "";
  let inBody = 0;
  parser.on("opentag", (tag) => {
    if (tag.name === "office:body") inBody += 1;
    if (!inBody) return;
    if (tag.name === "text:s") {
      const count = Number(tag.attributes["text:c"] ?? 1);
      text += " ".repeat(Number.isInteger(count) && count > 0 && count < 100 ? count : 1);
    } else if (tag.name === "text:tab") text += "\t";
    else if (tag.name === "text:line-break") text += "\n";
  });
  parser.on("closetag", (tag) => {
    if (tag.name === "office:body") inBody -= 1;
    if (tag.name === "text:p" || tag.name === "text:h") text += "\n";
    else if (tag.name === "table:table-cell") text += "\t";
  });
  parser.on("text", (chunk) => {
    if (inBody) text += chunk;
  });
  parser.write(xml).close();
  return text;
}

export async function extractOdt(
  bytes: Uint8Array,
  limits: ExtractionLimits,
): Promise<ExtractionResult> {
  const content = guardZip(bytes, limits, new Set(["content.xml"])).get("content.xml");
  if (!content)
    throw new ExtractionRefusal({ state: "failed", reason: "corrupt", detail: "no content.xml" });
  let text: string;
  try {
    text = odfText(new TextDecoder("utf-8", { fatal: true }).decode(content));
  } catch (error) {
    throw corrupt(error);
  }
  return documentResult(text, limits);
}
