// English: bulk upload of evidence as a ZIP, the evidence API and the example library.
import type { libraryMessagesId } from "./messages.library.id";

export const libraryMessagesEn: Record<keyof typeof libraryMessagesId, string> = {
  "evidenceZip.title": "Upload an evidence ZIP {year}",
  "evidenceZip.intro":
    "One ZIP with folders named by indicator number (for example 18/ICT regulation.pdf). Each file becomes one evidence record for its folder's indicator, titled after the file. If a single entry is wrong, nothing is kept.",
  "evidence.board.zipImport": "Upload a ZIP by indicator",
  "evidenceZip.field.zip": "ZIP file",
  "evidenceZip.field.zipHint":
    "Folders named by indicator number, holding PDF, images, DOCX, XLSX or ODT.",
  "evidenceZip.limits": "The ZIP and each file in it at most {maxSize}; at most 100 files.",
  "evidenceZip.submit": "Upload and create evidence",
  "evidenceZip.link": "Upload a ZIP",
  "evidenceZip.imported": "{count} evidence records created from the ZIP.",
  "evidenceZip.importedRecord": "Indicator {indicator}: {title}",
  "evidenceZip.problemsLabel": "ZIP entries refused",
  "evidenceZip.error.noZip": "Choose the ZIP file to upload.",
  "evidenceZip.error.zipTooLarge": "The ZIP is too large. The limit is {maxSize}.",
  "evidenceZip.error.badEntries":
    "The ZIP was not imported: the entries below have problems. Fix them and upload again; nothing was kept.",
  "evidenceZip.error.unsafePath":
    "The entry's name or path is unsafe (for example ../ or an absolute path).",
  "evidenceZip.error.noFolder":
    "Put files inside a folder named by indicator number (for example 18/).",
  "evidenceZip.error.unknownIndicator": "Folder {folder} is not an SPBE indicator number.",
  "evidenceZip.error.tooManyEntries": "The ZIP holds more than {max} entries.",
  "evidenceZip.error.tooManyFiles": "The ZIP holds more than {max} files.",
  "evidenceZip.error.noFiles": "The ZIP holds no files.",
  "evidenceZip.error.bomb": "The ZIP unpacks far beyond the limit (a zip bomb) and was refused.",
  "evidenceZip.error.encrypted": "An encrypted (password-protected) entry cannot be read.",
  "evidenceZip.error.corrupt": "This file is not a readable ZIP.",
  "audit.action.evidence.zip_imported": "Evidence imported from a ZIP",
  "api.evidence.badParam": "The parameter {name} is not valid.",
  "api.evidence.bodyTooLarge": "The request is too large to upload at once.",
  "api.evidence.regionCode": "Set regionCode to a registered region code (for example 32.11).",
  "api.evidence.year": "Set year to an evaluation year from {first} to this year.",
  "api.evidence.personalData":
    "This evidence's files or text hold personal data. Check the findings, then send again with acknowledgePersonalData=true if it may still be shared. Nothing was stored.",
  "library.title": "SPBE evidence examples",
  "library.lead":
    "Evidence shared by regions, by indicator and maturity level: for example evidence for indicator 18 at level 4.",
  "library.filterLabel": "Filter evidence examples",
  "library.field.level": "Maturity level",
  "library.field.year": "Evaluation year",
  "library.levelOption": "Level {level}",
  "library.count": "{count} evidence records",
  "library.empty": "No evidence matches these filters.",
  "library.meta": "{region} · {year} · Level {level}",
  "library.visibility.members": "Members only",
  "library.indicatorLink": "Evidence examples for this indicator",
};
