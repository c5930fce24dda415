// The JSON and Atom forms of practices.
import type { PracticeListItem } from "./practice-queries.server";
import type { PracticeForReader } from "./practice-queries.server";
import { SECTIONS, stageOf } from "./practice.schema";

export function practiceSummaryJson(p: PracticeListItem, baseUrl: string) {
  return {
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    url: `${baseUrl}/practices/${p.slug}`,
    region: { code: p.region.code, name: p.region.name, province: p.region.province },
    year: p.year,
    stage: stageOf(p.stage),
    sector: p.sector,
    indicators: p.indicators.map((i) => i.indicator.number),
    dimensions: p.dimensions.map((d) => d.dimensionKey),
    viewCount: p.viewCount,
    replicationCount: p.replicationCount,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    demo: p.isDemo,
  };
}

export function practiceDetailJson(p: PracticeForReader, baseUrl: string) {
  return {
    slug: p.slug,
    title: p.title,
    summary: p.summary,
    url: `${baseUrl}/practices/${p.slug}`,
    status: p.status.toLowerCase(),
    region: { code: p.region.code, name: p.region.name, province: p.region.province },
    year: p.year,
    stage: stageOf(p.stage),
    sector: p.sector,
    tags: p.tags,
    indicators: p.indicators.map((i) => ({ number: i.indicator.number, title: i.indicator.title })),
    dimensions: p.dimensions.map((d) => d.dimension.key),
    sections: Object.fromEntries(SECTIONS.map((s) => [s.key, p[s.key]])),
    contacts: p.contacts.map(({ name, role }) => ({ name, role })),
    attachments: p.attachments.map((a) => ({
      name: a.originalName,
      sha256: a.sha256,
      size: a.file.size,
      mimeType: a.file.mimeType,
    })),
    revisions: p.revisions.map((r) => ({ number: r.number, createdAt: r.createdAt.toISOString() })),
    publishedAt: p.publishedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
    demo: p.isDemo,
  };
}

function xml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function practicesAtomFeed(
  items: PracticeListItem[],
  baseUrl: string,
  title: string,
): string {
  const updated = items[0]?.publishedAt?.toISOString() ?? new Date(0).toISOString();
  const entries = items
    .map((p) => {
      const url = `${baseUrl}/practices/${p.slug}`;
      return `  <entry>
    <id>${xml(url)}</id>
    <title>${xml(p.title)}${p.isDemo ? " (demo)" : ""}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <updated>${(p.publishedAt ?? new Date(0)).toISOString()}</updated>
    <author><name>${xml(p.region.name)}</name></author>
    <summary>${xml(p.summary)}</summary>
  </entry>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(`${baseUrl}/practices`)}</id>
  <title>${xml(title)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(`${baseUrl}/practices/feed.atom`)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${baseUrl}/practices`)}"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}
