import path from "node:path";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../../app/auth/session.server";
import { db } from "../../app/db.server";
import { renderMarkdown } from "../../app/modules/practices/markdown.server";
import { importPracticeFolder } from "../../app/modules/practices/practice-import.server";
import {
  getPracticeForReader,
  listPublishedPractices,
  practiceQuerySchema,
  relatedPractices,
} from "../../app/modules/practices/practice-queries.server";
import { loader as practiceLoader } from "../../app/routes/practices.$slug._index";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";
import { actor } from "../support/actors";
import { thrownResponse } from "../support/responses";

/** Markup that would run: a script element, an event handler attribute, a javascript: URL. */
const DANGEROUS = /<script|\son[a-z]+\s*=|(href|src)\s*=\s*"\s*javascript:/i;

const GOOD = path.join(PROJECT_ROOT, "tests", "fixtures", "practices-good");
const BAD = path.join(PROJECT_ROOT, "tests", "fixtures", "practices-bad");

async function counts() {
  const slugs = ["uji-pengaduan-terpadu", "uji-arsitektur-spbe", "uji-tahap-salah"];
  return {
    practices: await db().practice.count({ where: { slug: { in: slugs } } }),
    revisions: await db().practiceRevision.count({ where: { practice: { slug: { in: slugs } } } }),
    indicators: await db().practiceIndicator.count({
      where: { practice: { slug: { in: slugs } } },
    }),
  };
}

describe("practice import", () => {
  it("imports a folder, and importing it again leaves the same rows", async () => {
    const first = await importPracticeFolder(GOOD);
    expect(first).toEqual({
      created: ["uji-arsitektur-spbe", "uji-pengaduan-terpadu"],
      updated: [],
      unchanged: [],
      problems: [],
    });
    const after = await counts();
    expect(after).toEqual({ practices: 2, revisions: 2, indicators: 4 });
    const second = await importPracticeFolder(GOOD);
    expect(second.unchanged).toEqual(["uji-arsitektur-spbe", "uji-pengaduan-terpadu"]);
    expect(await counts()).toEqual(after);
  });

  it("reports a bad file with its name and field and imports nothing from it", async () => {
    const report = await importPracticeFolder(BAD);
    expect(report.problems).toEqual([
      { file: "uji-tahap-salah.md", field: "stage", message: "practice.error.stage" },
      {
        file: "uji-tanpa-narahubung.md",
        field: "contacts",
        message: "practice.error.contactRequired",
      },
    ]);
    expect(await db().practice.findUnique({ where: { slug: "uji-tahap-salah" } })).toBeNull();
    expect(await db().practice.findUnique({ where: { slug: "uji-tanpa-narahubung" } })).toBeNull();
  });

  it("keeps a revision when imported content changes", async () => {
    const practice = await db().practice.findUniqueOrThrow({
      where: { slug: "uji-pengaduan-terpadu" },
    });
    await db().practice.update({
      where: { id: practice.id },
      data: { summary: "Diubah di basis data, berbeda dari berkas sumbernya sekarang." },
    });
    const report = await importPracticeFolder(GOOD);
    expect(report.updated).toEqual(["uji-pengaduan-terpadu"]);
    expect(await db().practiceRevision.count({ where: { practiceId: practice.id } })).toBe(2);
  });
});

describe("practice pages", () => {
  it("render Markdown without scripts, event handlers or javascript: links", async () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src="x" onerror="alert(1)">\n\n[a](javascript:alert(1)) [b](https://example.go.id) <a href="JaVaScRiPt:alert(1)">c</a>',
    );
    expect(html).not.toMatch(DANGEROUS);
    expect(html).toContain('<a rel="noopener noreferrer nofollow">a</a>'); // the link text stays, its javascript: href goes
    expect(html).toContain('href="https://example.go.id"');
    const request = new Request("http://localhost/practices/uji-pengaduan-terpadu");
    const { practice } = await practiceLoader({
      request,
      params: { slug: "uji-pengaduan-terpadu" },
      context: { cspNonce: "t" },
    } as never);
    const solution = practice.sections.find((s) => s.key === "solution")!.html;
    expect(solution).not.toMatch(DANGEROUS);
    expect(solution).toContain("Satu antrean aduan.");
    expect(practice.sections.find((s) => s.key === "results")!.html).toContain("<table>");
  });

  it("filter the published list by indicator, province, sector and stage", async () => {
    const byIndicator = await listPublishedPractices(
      practiceQuerySchema.parse({ indicator: "42", limit: "100" }),
    );
    expect(byIndicator.items.map((p) => p.slug)).toContain("uji-pengaduan-terpadu");
    expect(byIndicator.items.map((p) => p.slug)).not.toContain("uji-arsitektur-spbe");
    expect(
      byIndicator.items.every((p) => p.indicators.some((i) => i.indicator.number === 42)),
    ).toBe(true);
    const westJavaPlanning = await listPublishedPractices(
      practiceQuerySchema.parse({
        province: "32",
        sector: "perencanaan",
        stage: "implemented",
        limit: "100",
      }),
    );
    expect(westJavaPlanning.items.map((p) => p.slug)).toContain("uji-arsitektur-spbe");
    expect(
      westJavaPlanning.items.every(
        (p) => p.region.province.code === "32" && p.sector === "perencanaan",
      ),
    ).toBe(true);
    const domain1 = await listPublishedPractices(
      practiceQuerySchema.parse({ domain: "1", limit: "100" }),
    );
    expect(domain1.items.map((p) => p.slug)).toContain("uji-arsitektur-spbe"); // indicator 1 is in domain 1
  });

  it("show a draft only to its region's people and the centre", async () => {
    const draft = await db().practice.create({
      data: {
        slug: "uji-draf-rahasia",
        regionCode: "32.11",
        title: "Draf rahasia Sumedang",
        summary: "Belum terbit.",
        sector: "data",
        stage: "IDEA",
        year: 2026,
        tags: [],
        status: "DRAFT",
      },
    });
    const status = async (viewer: SessionUser | null) => {
      try {
        await getPracticeForReader(draft.slug, viewer);
        return 200;
      } catch (thrown) {
        return thrownResponse(thrown).status;
      }
    };
    expect(await status(null)).toBe(404);
    expect(await status(await actor("dev.bandung@demo.livinglab.id"))).toBe(404);
    expect(await status(await actor("dev.sumedang@demo.livinglab.id"))).toBe(200);
    expect(await status(await actor("koordinator@demo.livinglab.id"))).toBe(200);
    expect(
      (
        await listPublishedPractices(practiceQuerySchema.parse({ limit: "100", region: "32.11" }))
      ).items.map((p) => p.slug),
    ).not.toContain(draft.slug);
  });

  it("relate practices that share indicators", async () => {
    const practice = await db().practice.findUniqueOrThrow({
      where: { slug: "uji-pengaduan-terpadu" },
    });
    const related = await relatedPractices(practice.id, 50);
    expect(related.map((r) => r.slug)).not.toContain("uji-pengaduan-terpadu");
  });
});
