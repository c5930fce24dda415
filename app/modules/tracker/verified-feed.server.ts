// The Atom feed of verified replications (/tracker/verified.atom): public commitments only, the
// 30 most recently verified, each naming the adopting and the mentor region. Links come from
// PUBLIC_URL (publicBaseUrl), never from the request.
import { db } from "~/db.server";

function xml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export async function verifiedPublicCommitments(limit = 30) {
  return db().commitment.findMany({
    where: { status: "VERIFIED", visibility: "PUBLIC", verifiedAt: { not: null } },
    orderBy: [{ verifiedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      title: true,
      isDemo: true,
      verifiedAt: true,
      adopterRegion: { select: { name: true } },
      mentorRegion: { select: { name: true } },
    },
  });
}

export function verifiedAtomFeed(
  items: Awaited<ReturnType<typeof verifiedPublicCommitments>>,
  baseUrl: string,
  text: { title: string; summary: (adopter: string, mentor: string) => string; demo: string },
): string {
  const updated = items[0]?.verifiedAt?.toISOString() ?? new Date(0).toISOString();
  const entries = items
    .map((c) => {
      const url = `${baseUrl}/commitments/${c.id}`;
      return `  <entry>
    <id>${xml(url)}</id>
    <title>${xml(c.title)}${c.isDemo ? ` (${xml(text.demo)})` : ""}</title>
    <link rel="alternate" type="text/html" href="${xml(url)}"/>
    <updated>${(c.verifiedAt ?? new Date(0)).toISOString()}</updated>
    <author><name>${xml(c.adopterRegion.name)}</name></author>
    <summary>${xml(text.summary(c.adopterRegion.name, c.mentorRegion.name))}</summary>
  </entry>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xml(`${baseUrl}/tracker/verified.atom`)}</id>
  <title>${xml(text.title)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(`${baseUrl}/tracker/verified.atom`)}"/>
  <link rel="alternate" type="text/html" href="${xml(`${baseUrl}/tracker?status=VERIFIED`)}"/>
  <updated>${updated}</updated>
${entries}
</feed>
`;
}
