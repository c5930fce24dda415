// Reads one document in the current thread: the function the extraction worker runs. Everything
// thrown becomes a result; nothing escapes as an exception.
import {
  DOCX_MIME,
  ExtractionRefusal,
  ODT_MIME,
  PDF_MIME,
  XLSX_MIME,
  type ExtractionLimits,
  type ExtractionResult,
} from "../extraction.types";

export async function readDocument(
  bytes: Uint8Array,
  mimeType: string,
  limits: ExtractionLimits,
): Promise<ExtractionResult> {
  try {
    // Each reader is loaded on first use: a worker that only sees PDFs never loads exceljs.
    switch (mimeType) {
      case PDF_MIME:
        return await (await import("./pdf-text.server")).extractPdf(bytes, limits);
      case DOCX_MIME:
        return await (await import("./office-text.server")).extractDocx(bytes, limits);
      case XLSX_MIME:
        return await (await import("./office-text.server")).extractXlsx(bytes, limits);
      case ODT_MIME:
        return await (await import("./office-text.server")).extractOdt(bytes, limits);
      default:
        return { state: "unreadable", reason: "unsupported-type" };
    }
  } catch (error) {
    if (error instanceof ExtractionRefusal) return error.result;
    return {
      state: "failed",
      reason: "corrupt",
      detail: error instanceof Error ? error.message : String(error),
    };
  }
}
