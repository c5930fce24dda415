// A follow-up commitment as search sees it: its title, the two regions, what it replicates, its
// plan and milestones as text, the adopting region and the target indicators as facets, and its
// visibility as the audience. PRIVATE is stored as the adopting region's audience (one region per
// document), so the mentor region's people find a private commitment through /tracker, not search.
import { isUuid } from "~/modules/tracker/commitment.schema";
import { markdownToPlainText } from "~/modules/practices/markdown.server";
import { visibilityOf } from "~/modules/evidence/evidence.schema";
import { documentKey, joinText, regionFields, type Reader } from "./source-fields.server";
import { audienceOf, type SearchDocumentInput } from "./search.types";

export async function commitmentDocument(
  tx: Reader,
  id: string,
): Promise<SearchDocumentInput | null> {
  if (!isUuid(id)) return null;
  const c = await tx.commitment.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      plan: true,
      status: true,
      visibility: true,
      isDemo: true,
      startOn: true,
      createdAt: true,
      adopterRegionCode: true,
      mentorRegion: { select: { name: true } },
      practice: { select: { title: true } },
      software: { select: { software: { select: { name: true } } } },
      milestones: { select: { title: true }, orderBy: { position: "asc" } },
      indicators: { select: { indicator: { select: { number: true } } } },
    },
  });
  if (!c) return null;
  const region = await regionFields(tx, c.adopterRegionCode);
  return {
    key: documentKey({ type: "commitment", id: c.id }),
    type: "commitment",
    recordId: c.id,
    slug: c.id,
    title: c.title,
    summary: joinText([
      `${region.regionName ?? c.adopterRegionCode} → ${c.mentorRegion.name}`,
      c.practice?.title ?? "",
    ]),
    body: joinText([
      markdownToPlainText(c.plan),
      ...c.milestones.map((m) => m.title),
      ...c.software.map((s) => s.software.name),
      c.mentorRegion.name,
    ]),
    url: `/commitments/${c.id}`,
    ...region,
    indicators: c.indicators.map((i) => i.indicator.number).sort((a, b) => a - b),
    dimensions: [],
    year: (c.startOn ?? c.createdAt).getUTCFullYear(),
    audience: audienceOf(visibilityOf(c.visibility), c.adopterRegionCode),
    isDemo: c.isDemo,
  };
}
