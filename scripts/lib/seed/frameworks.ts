// Evaluation frameworks (content/reference/spbe/*.json), their crosswalks
// (content/reference/spbe/crosswalks/*.json) and published index scores. A new framework is a new
// data file: no schema change.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { z } from "zod";
import { regionCodeSchema } from "../../../app/modules/regions/regions.schema";
import { PROJECT_ROOT } from "../embedded-database";

export const FRAMEWORKS_DIR = path.join(PROJECT_ROOT, "content", "reference", "spbe");

const text = z.string().trim().min(1);
const weight = z.number().positive().max(100);

const indicatorSchema = z.object({
  number: z.number().int().positive(),
  title: text,
  titleEn: text,
  weight,
  description: text,
  descriptionEn: text,
  levels: z.array(
    z.object({ level: z.number().int().min(1), description: text, descriptionEn: text }),
  ),
  evidence: z.array(z.object({ text, textEn: text })).min(1),
});

export const frameworkFileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: text,
    titleEn: text,
    regulation: text,
    year: z.number().int().min(2000).max(2100),
    scaleMax: z.number().int().min(1).max(10),
    note: text.optional(),
    noteEn: text.optional(),
    maturityLevels: z.array(
      z.object({
        level: z.number().int().min(1),
        name: text,
        nameEn: text,
        description: text,
        descriptionEn: text,
      }),
    ),
    predicates: z.array(
      z.object({ name: text, nameEn: text, min: z.number().min(0), max: z.number() }),
    ),
    domains: z.array(
      z.object({
        number: z.number().int().positive(),
        title: text,
        titleEn: text,
        weight,
        aspects: z.array(
          z.object({
            number: z.number().int().positive(),
            title: text,
            titleEn: text,
            weight,
            indicators: z.array(indicatorSchema).min(1),
          }),
        ),
      }),
    ),
  })
  .superRefine((framework, ctx) => {
    const close = (a: number, b: number) => Math.abs(a - b) < 1e-6;
    let total = 0;
    for (const domain of framework.domains) {
      const domainSum = domain.aspects.reduce((sum, aspect) => sum + aspect.weight, 0);
      if (!close(domainSum, domain.weight)) {
        ctx.addIssue({
          code: "custom",
          message: `domain ${domain.number}: aspect weights sum to ${domainSum}, not ${domain.weight}`,
        });
      }
      for (const aspect of domain.aspects) {
        const aspectSum = aspect.indicators.reduce((sum, indicator) => sum + indicator.weight, 0);
        if (!close(aspectSum, aspect.weight)) {
          ctx.addIssue({
            code: "custom",
            message: `aspect ${aspect.number}: indicator weights sum to ${aspectSum}, not ${aspect.weight}`,
          });
        }
        for (const indicator of aspect.indicators) {
          total += indicator.weight;
          const levels = indicator.levels.map((level) => level.level).join(",");
          const expected = Array.from({ length: framework.scaleMax }, (_, i) => i + 1).join(",");
          if (levels !== expected) {
            ctx.addIssue({
              code: "custom",
              message: `indicator ${indicator.number}: levels ${levels}, expected ${expected}`,
            });
          }
        }
      }
    }
    if (!close(total, 100)) {
      ctx.addIssue({ code: "custom", message: `indicator weights sum to ${total} %, not 100 %` });
    }
  });

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;

const crosswalkFileSchema = z.object({
  from: z.string(),
  to: z.string(),
  links: z.array(
    z.object({
      from: z.number().int(),
      to: z.number().int(),
      relation: z.enum(["equivalent", "broader", "narrower", "related"]),
      note: z.string().optional(),
    }),
  ),
});

const indexScoresSchema = z.array(
  z.object({
    region: regionCodeSchema,
    framework: z.string(),
    year: z.number().int(),
    index: z.number().min(0).max(5),
    source: text,
  }),
);

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(
      `${path.relative(PROJECT_ROOT, file)} is not valid:\n  ${problems.join("\n  ")}`,
    );
  }
  return parsed.data;
}

async function jsonFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => path.join(dir, name));
}

export async function readFrameworkFiles(dir = FRAMEWORKS_DIR): Promise<FrameworkFile[]> {
  return Promise.all((await jsonFiles(dir)).map((file) => readJson(file, frameworkFileSchema)));
}

export async function seedFramework(
  client: pg.ClientBase,
  framework: FrameworkFile,
): Promise<number> {
  const fw = framework.id;
  await client.query(
    `INSERT INTO "Framework" (id, title, "titleEn", regulation, year, "scaleMax", note, "noteEn")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, "titleEn" = EXCLUDED."titleEn",
       regulation = EXCLUDED.regulation, year = EXCLUDED.year, "scaleMax" = EXCLUDED."scaleMax",
       note = EXCLUDED.note, "noteEn" = EXCLUDED."noteEn"`,
    [
      fw,
      framework.title,
      framework.titleEn,
      framework.regulation,
      framework.year,
      framework.scaleMax,
      framework.note ?? null,
      framework.noteEn ?? null,
    ],
  );
  const domains = framework.domains.map((d) => ({
    id: `${fw}:d${d.number}`,
    number: d.number,
    title: d.title,
    titleEn: d.titleEn,
    weight: d.weight,
  }));
  const aspects = framework.domains.flatMap((d) =>
    d.aspects.map((a) => ({
      id: `${fw}:a${a.number}`,
      domainId: `${fw}:d${d.number}`,
      number: a.number,
      title: a.title,
      titleEn: a.titleEn,
      weight: a.weight,
    })),
  );
  const indicators = framework.domains.flatMap((d) =>
    d.aspects.flatMap((a) =>
      a.indicators.map((i) => ({ ...i, id: `${fw}:${i.number}`, aspectId: `${fw}:a${a.number}` })),
    ),
  );
  await client.query(
    `INSERT INTO "FrameworkDomain" (id, "frameworkId", number, title, "titleEn", weight)
       SELECT id, $2, number, title, "titleEn", weight
         FROM jsonb_to_recordset($1::jsonb) AS x(id text, number int, title text, "titleEn" text, weight numeric)
     ON CONFLICT (id) DO UPDATE SET number = EXCLUDED.number, title = EXCLUDED.title,
       "titleEn" = EXCLUDED."titleEn", weight = EXCLUDED.weight`,
    [JSON.stringify(domains), fw],
  );
  await client.query(
    `INSERT INTO "FrameworkAspect" (id, "frameworkId", "domainId", number, title, "titleEn", weight)
       SELECT id, $2, "domainId", number, title, "titleEn", weight
         FROM jsonb_to_recordset($1::jsonb)
           AS x(id text, "domainId" text, number int, title text, "titleEn" text, weight numeric)
     ON CONFLICT (id) DO UPDATE SET "domainId" = EXCLUDED."domainId", number = EXCLUDED.number,
       title = EXCLUDED.title, "titleEn" = EXCLUDED."titleEn", weight = EXCLUDED.weight`,
    [JSON.stringify(aspects), fw],
  );
  await client.query(
    `INSERT INTO "FrameworkIndicator"
       (id, "frameworkId", "aspectId", number, title, "titleEn", weight, description, "descriptionEn")
       SELECT id, $2, "aspectId", number, title, "titleEn", weight, description, "descriptionEn"
         FROM jsonb_to_recordset($1::jsonb)
           AS x(id text, "aspectId" text, number int, title text, "titleEn" text, weight numeric,
                description text, "descriptionEn" text)
     ON CONFLICT (id) DO UPDATE SET "aspectId" = EXCLUDED."aspectId", number = EXCLUDED.number,
       title = EXCLUDED.title, "titleEn" = EXCLUDED."titleEn", weight = EXCLUDED.weight,
       description = EXCLUDED.description, "descriptionEn" = EXCLUDED."descriptionEn"`,
    [JSON.stringify(indicators), fw],
  );
  // Per-indicator lists are replaced whole: nothing else refers to their rows.
  await client.query(
    `DELETE FROM "IndicatorLevel" WHERE "indicatorId" IN (SELECT id FROM "FrameworkIndicator" WHERE "frameworkId" = $1)`,
    [fw],
  );
  await client.query(
    `DELETE FROM "IndicatorEvidence" WHERE "indicatorId" IN (SELECT id FROM "FrameworkIndicator" WHERE "frameworkId" = $1)`,
    [fw],
  );
  const levels = indicators.flatMap((i) => i.levels.map((l) => ({ indicatorId: i.id, ...l })));
  const evidence = indicators.flatMap((i) =>
    i.evidence.map((e, position) => ({ indicatorId: i.id, position: position + 1, ...e })),
  );
  await client.query(
    `INSERT INTO "IndicatorLevel" ("indicatorId", level, description, "descriptionEn")
       SELECT "indicatorId", level, description, "descriptionEn"
         FROM jsonb_to_recordset($1::jsonb) AS x("indicatorId" text, level int, description text, "descriptionEn" text)`,
    [JSON.stringify(levels)],
  );
  await client.query(
    `INSERT INTO "IndicatorEvidence" ("indicatorId", position, text, "textEn")
       SELECT "indicatorId", position, text, "textEn"
         FROM jsonb_to_recordset($1::jsonb) AS x("indicatorId" text, position int, text text, "textEn" text)`,
    [JSON.stringify(evidence)],
  );
  await client.query(`DELETE FROM "MaturityLevel" WHERE "frameworkId" = $1`, [fw]);
  await client.query(
    `INSERT INTO "MaturityLevel" ("frameworkId", level, name, "nameEn", description, "descriptionEn")
       SELECT $2, level, name, "nameEn", description, "descriptionEn"
         FROM jsonb_to_recordset($1::jsonb)
           AS x(level int, name text, "nameEn" text, description text, "descriptionEn" text)`,
    [JSON.stringify(framework.maturityLevels), fw],
  );
  await client.query(`DELETE FROM "PredicateBand" WHERE "frameworkId" = $1`, [fw]);
  await client.query(
    `INSERT INTO "PredicateBand" ("frameworkId", name, "nameEn", min, max)
       SELECT $2, name, "nameEn", min, max
         FROM jsonb_to_recordset($1::jsonb) AS x(name text, "nameEn" text, min numeric, max numeric)`,
    [JSON.stringify(framework.predicates), fw],
  );
  return indicators.length;
}

export async function seedCrosswalks(
  client: pg.ClientBase,
  dir = path.join(FRAMEWORKS_DIR, "crosswalks"),
): Promise<number> {
  let count = 0;
  for (const file of await jsonFiles(dir)) {
    const crosswalk = await readJson(file, crosswalkFileSchema);
    const links = crosswalk.links.map((link) => ({
      fromId: `${crosswalk.from}:${link.from}`,
      toId: `${crosswalk.to}:${link.to}`,
      relation: link.relation,
      note: link.note ?? null,
    }));
    const result = await client.query(
      `INSERT INTO "IndicatorCrosswalk" ("fromIndicatorId", "toIndicatorId", relation, note)
         SELECT "fromId", "toId", relation, note
           FROM jsonb_to_recordset($1::jsonb) AS x("fromId" text, "toId" text, relation text, note text)
       ON CONFLICT ("fromIndicatorId", "toIndicatorId") DO UPDATE SET relation = EXCLUDED.relation, note = EXCLUDED.note`,
      [JSON.stringify(links)],
    );
    count += result.rowCount ?? 0;
  }
  return count;
}

/** Published figures; one a coordinator has since entered on the portal (enteredAt) is kept. */
export async function seedIndexScores(
  client: pg.ClientBase,
  file = path.join(PROJECT_ROOT, "content", "reference", "spbe-index-scores.json"),
): Promise<number> {
  if (!existsSync(file)) return 0;
  const scores = await readJson(file, indexScoresSchema);
  const result = await client.query(
    `INSERT INTO "SpbeIndexScore" ("regionCode", "frameworkId", year, index, source, "isDemo")
       SELECT region, framework, year, index, source, false
         FROM jsonb_to_recordset($1::jsonb) AS x(region text, framework text, year int, index numeric, source text)
     ON CONFLICT ("regionCode", "frameworkId", year) DO UPDATE SET index = EXCLUDED.index, source = EXCLUDED.source
       WHERE "SpbeIndexScore"."enteredAt" IS NULL`,
    [JSON.stringify(scores)],
  );
  return result.rowCount ?? 0;
}
