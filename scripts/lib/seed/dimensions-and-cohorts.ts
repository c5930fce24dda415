// Smart city dimensions (reference) and cohorts (the demo pilot cohort).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";
import { z } from "zod";
import { DIMENSIONS } from "../../../app/modules/practices/practice.schema";
import { regionCodeSchema } from "../../../app/modules/regions/regions.schema";
import { PROJECT_ROOT } from "../embedded-database";

const REFERENCE_DIR = path.join(PROJECT_ROOT, "content", "reference");
const text = z.string().trim().min(1);

const dimensionsSchema = z
  .array(
    z.object({
      key: z.enum(DIMENSIONS),
      name: text,
      nameId: text,
      description: text,
      descriptionEn: text,
    }),
  )
  .length(6);

const cohortSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  demo: z.boolean(),
  name: text,
  nameEn: text,
  description: text,
  descriptionEn: text,
  host: regionCodeSchema.optional(),
  members: z.array(z.object({ region: regionCodeSchema, basis: text })),
});

export async function seedSmartCityDimensions(client: pg.ClientBase): Promise<number> {
  const file = path.join(REFERENCE_DIR, "smart-city-dimensions.json");
  const dimensions = dimensionsSchema.parse(JSON.parse(await readFile(file, "utf8")));
  await client.query(
    `INSERT INTO "SmartCityDimension" (key, name, "nameId", description, "descriptionEn", position)
       SELECT key, name, "nameId", description, "descriptionEn", position
         FROM jsonb_to_recordset($1::jsonb)
           AS x(key text, name text, "nameId" text, description text, "descriptionEn" text, position int)
     ON CONFLICT (key) DO UPDATE SET name = EXCLUDED.name, "nameId" = EXCLUDED."nameId",
       description = EXCLUDED.description, "descriptionEn" = EXCLUDED."descriptionEn", position = EXCLUDED.position`,
    [JSON.stringify(dimensions.map((d, index) => ({ ...d, position: index + 1 })))],
  );
  return dimensions.length;
}

/** Creates a cohort from a data file. An existing cohort is left as it is: coordinators edit it. */
export async function seedCohortFile(
  client: pg.ClientBase,
  file: string,
): Promise<{ slug: string; members: number; created: boolean }> {
  const cohort = cohortSchema.parse(JSON.parse(await readFile(file, "utf8")));
  const inserted = await client.query(
    `INSERT INTO "Cohort" (slug, name, "nameEn", description, "descriptionEn", "hostRegionCode", "isDemo", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (slug) DO NOTHING`,
    [
      cohort.slug,
      cohort.name,
      cohort.nameEn,
      cohort.description,
      cohort.descriptionEn,
      cohort.host ?? null,
      cohort.demo,
    ],
  );
  if (inserted.rowCount === 0) return { slug: cohort.slug, members: 0, created: false };
  await client.query(
    `INSERT INTO "CohortMember" ("cohortSlug", "regionCode", basis)
       SELECT $2, region, basis FROM jsonb_to_recordset($1::jsonb) AS x(region text, basis text)`,
    [JSON.stringify(cohort.members), cohort.slug],
  );
  return { slug: cohort.slug, members: cohort.members.length, created: true };
}

export const DEMO_COHORT_FILE = path.join(REFERENCE_DIR, "cohorts", "living-lab-pilot.demo.json");
