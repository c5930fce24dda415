// Imports catalogue entries from <dir>/software/*/publiccode.yml (with an optional livinglab.yml
// naming the region, SPBE indicators, tech stack and linked practices). Upsert by slug (the folder
// name); a folder with a problem is reported and imports nothing.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Prisma } from "@prisma/client";
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { indicatorId } from "~/modules/practices/practice-store.server";
import { validatePubliccode, type PubliccodeData } from "./publiccode";
import { refreshSearchDocuments } from "~/modules/search/search.server";

export interface SoftwareImportProblem {
  file: string;
  path: string;
  line: number | null;
  message: string;
}

export interface SoftwareImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  problems: SoftwareImportProblem[];
}

const livinglabSchema = z.object({
  region: z
    .string()
    .regex(/^\d{2}\.\d{2}$/, { message: 'region must be a Kemendagri code such as "32.11"' }),
  indicators: z.array(z.number().int().min(1).max(47)).default([]),
  tech: z.array(z.string().trim().toLowerCase().min(1).max(40)).max(20).default([]),
  requirements: z.string().max(2000).optional(),
  demo: z.boolean().default(false),
  practices: z.array(z.string()).default([]),
});

export type LivinglabMeta = z.infer<typeof livinglabSchema>;

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** The columns an entry stores, from its publiccode.yml data and the portal's own additions. */
export function softwareColumns(data: PubliccodeData, meta: LivinglabMeta) {
  const languages = Object.keys(data.descriptions);
  const primary = data.descriptions.id ?? data.descriptions[languages[0] ?? ""];
  return {
    name: data.name,
    url: data.url,
    landingUrl: data.landingURL ?? null,
    softwareVersion: data.softwareVersion ?? null,
    releaseDate: data.releaseDate ? new Date(`${data.releaseDate}T00:00:00Z`) : null,
    platforms: data.platforms,
    categories: data.categories,
    developmentStatus: data.developmentStatus,
    softwareType: data.softwareType,
    license: data.license,
    shortDescription: primary?.shortDescription ?? "",
    publiccode: data as unknown as Prisma.InputJsonValue,
    tech: [...new Set(meta.tech)],
    requirements: meta.requirements ?? null,
    isDemo: meta.demo,
    regionCode: meta.region,
  };
}

async function importOne(
  slug: string,
  data: PubliccodeData,
  meta: LivinglabMeta,
): Promise<"created" | "updated" | "unchanged"> {
  const columns = softwareColumns(data, meta);
  return db().$transaction(async (tx) => {
    const existing = await tx.softwareEntry.findUnique({
      where: { slug },
      include: {
        indicators: { select: { indicatorId: true } },
        practices: { select: { practice: { select: { slug: true } } } },
      },
    });
    const indicatorIds = [...new Set(meta.indicators)].sort((a, b) => a - b).map(indicatorId);
    const practiceSlugs = [...new Set(meta.practices)].sort();
    if (existing) {
      const same =
        stableJson(existing.publiccode) === stableJson(columns.publiccode) &&
        existing.regionCode === columns.regionCode &&
        existing.isDemo === columns.isDemo &&
        JSON.stringify(existing.tech) === JSON.stringify(columns.tech) &&
        existing.requirements === columns.requirements &&
        JSON.stringify(existing.indicators.map((i) => i.indicatorId).sort()) ===
          JSON.stringify([...indicatorIds].sort()) &&
        JSON.stringify(existing.practices.map((p) => p.practice.slug).sort()) ===
          JSON.stringify(practiceSlugs);
      if (same) return "unchanged";
    }
    const entry = existing
      ? await tx.softwareEntry.update({
          where: { id: existing.id },
          data: columns,
          select: { id: true },
        })
      : await tx.softwareEntry.create({
          data: { ...columns, slug, status: "PUBLISHED", publishedAt: new Date() },
          select: { id: true },
        });
    await tx.softwareIndicator.deleteMany({ where: { softwareId: entry.id } });
    if (indicatorIds.length)
      await tx.softwareIndicator.createMany({
        data: indicatorIds.map((id) => ({ softwareId: entry.id, indicatorId: id })),
      });
    await tx.practiceSoftware.deleteMany({ where: { softwareId: entry.id } });
    const practices = await tx.practice.findMany({
      where: { slug: { in: practiceSlugs } },
      select: { id: true },
    });
    if (practices.length)
      await tx.practiceSoftware.createMany({
        data: practices.map((p) => ({ practiceId: p.id, softwareId: entry.id })),
      });
    if (data.softwareVersion && data.releaseDate) {
      await tx.softwareRelease.upsert({
        where: { softwareId_version: { softwareId: entry.id, version: data.softwareVersion } },
        create: {
          softwareId: entry.id,
          version: data.softwareVersion,
          releaseDate: new Date(`${data.releaseDate}T00:00:00Z`),
        },
        update: {},
      });
    }
    await refreshSearchDocuments(tx, [{ type: "software", id: entry.id }]);
    await recordAudit(
      {
        action: "software.imported",
        entityType: "SoftwareEntry",
        entityId: entry.id,
        regionCode: meta.region,
        details: { slug, change: existing ? "updated" : "created" },
      },
      tx,
    );
    return existing ? "updated" : "created";
  });
}

export async function importSoftwareFolder(dir: string): Promise<SoftwareImportReport> {
  const report: SoftwareImportReport = { created: [], updated: [], unchanged: [], problems: [] };
  if (!existsSync(dir)) return report;
  const regions = new Set(
    (await db().region.findMany({ select: { code: true } })).map((r) => r.code),
  );
  const folders = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const slug of folders) {
    const file = path.join(slug, "publiccode.yml");
    const full = path.join(dir, file);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || !existsSync(full)) {
      report.problems.push({
        file,
        path: "",
        line: null,
        message: "folder name must be a slug and hold a publiccode.yml",
      });
      continue;
    }
    const result = validatePubliccode(await readFile(full, "utf8"));
    if (!result.valid || !result.data) {
      report.problems.push(
        ...result.errors.map((e) => ({ file, path: e.path, line: e.line, message: e.message })),
      );
      continue;
    }
    const metaFile = path.join(dir, slug, "livinglab.yml");
    const meta = livinglabSchema.safeParse(
      existsSync(metaFile) ? parseYaml(await readFile(metaFile, "utf8")) : {},
    );
    if (!meta.success) {
      report.problems.push(
        ...meta.error.issues.map((i) => ({
          file: path.join(slug, "livinglab.yml"),
          path: i.path.join("."),
          line: null,
          message: i.message,
        })),
      );
      continue;
    }
    if (!regions.has(meta.data.region)) {
      report.problems.push({
        file: path.join(slug, "livinglab.yml"),
        path: "region",
        line: null,
        message: "unknown region code",
      });
      continue;
    }
    report[await importOne(slug, result.data, meta.data)].push(slug);
  }
  return report;
}
