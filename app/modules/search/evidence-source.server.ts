// An SPBE evidence record as search sees it: its title and description, the names and extracted
// text of its files' latest versions (older versions are superseded), its links' labels, the
// region, the evaluation year and the indicators it supports as facets, and its visibility as the
// document's audience (private: the region and the centre; members; public).
import { isUuid } from "~/modules/evidence/evidence-access.server";
import { visibilityOf } from "~/modules/evidence/evidence.schema";
import { documentKey, joinText, regionFields, type Reader } from "./source-fields.server";
import { audienceOf, type SearchDocumentInput } from "./search.types";

/**
 * A file name as search reads it: as written ("sk-tim.pdf", which the text parser keeps whole)
 * and as words ("sk tim pdf"), so that either finds it.
 */
function fileNameText(name: string): string {
  const words = name.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return words === name ? name : `${name} ${words}`;
}

export async function evidenceDocument(
  tx: Reader,
  id: string,
): Promise<SearchDocumentInput | null> {
  // Not an id the table can hold: no such record (and nothing for search to keep).
  if (!isUuid(id)) return null;
  const record = await tx.evidenceRecord.findUnique({
    where: { id },
    select: {
      id: true,
      regionCode: true,
      year: true,
      title: true,
      description: true,
      visibility: true,
      isDemo: true,
    },
  });
  if (!record) return null;
  const region = await regionFields(tx, record.regionCode);
  const indicators = await tx.frameworkIndicator.findMany({
    where: { evidenceRecords: { some: { evidenceId: id } } },
    select: { number: true },
    orderBy: { number: "asc" },
  });
  // The latest version of each file (distinct on the file, highest number first).
  const versions = await tx.evidenceFileVersion.findMany({
    where: { file: { evidenceId: id } },
    distinct: ["fileId"],
    orderBy: [{ fileId: "asc" }, { number: "desc" }],
    select: { originalName: true, extractedText: true },
  });
  const links = await tx.evidenceLink.findMany({
    where: { evidenceId: id },
    select: { label: true },
    orderBy: { position: "asc" },
  });
  return {
    key: documentKey({ type: "evidence", id: record.id }),
    type: "evidence",
    recordId: record.id,
    slug: record.id,
    title: record.title,
    summary: record.description,
    body: joinText([
      ...versions.map((version) => fileNameText(version.originalName)),
      ...links.map((link) => link.label),
      ...versions.map((version) => version.extractedText),
    ]),
    url: `/evidence/${record.id}`,
    ...region,
    indicators: indicators.map((indicator) => indicator.number),
    dimensions: [],
    year: record.year,
    audience: audienceOf(visibilityOf(record.visibility), record.regionCode),
    isDemo: record.isDemo,
  };
}
