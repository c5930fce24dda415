// Provinces and kabupaten/kota from the CSV files of idn-area-data (ODbL).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type pg from "pg";
import { z } from "zod";
import { provinceCodeSchema, regionCodeSchema } from "../../../app/modules/regions/regions.schema";
import { parseRegencyName, properCase } from "../../../app/modules/regions/region-names";
import { parseCsv } from "./csv";

const require = createRequire(import.meta.url);

function idnAreaDataFile(name: string): string {
  const packageJson = require.resolve("idn-area-data/package.json");
  return path.join(path.dirname(packageJson), "data", name);
}

const provinceRow = z.object({ code: provinceCodeSchema, name: z.string().min(3) });
const regencyRow = z.object({
  code: regionCodeSchema,
  province_code: provinceCodeSchema,
  name: z.string().min(3),
});

export interface RegionReference {
  provinces: Array<{ code: string; name: string }>;
  regions: Array<{
    code: string;
    provinceCode: string;
    kind: string;
    name: string;
    shortName: string;
  }>;
}

export async function readRegionReference(): Promise<RegionReference> {
  const [provinceCsv, regencyCsv] = await Promise.all([
    readFile(idnAreaDataFile("provinces.csv"), "utf8"),
    readFile(idnAreaDataFile("regencies.csv"), "utf8"),
  ]);
  const provinces = parseCsv(provinceCsv).map((row) => {
    const parsed = provinceRow.parse(row);
    return { code: parsed.code, name: properCase(parsed.name) };
  });
  const regions = parseCsv(regencyCsv).map((row) => {
    const parsed = regencyRow.parse(row);
    return {
      code: parsed.code,
      provinceCode: parsed.province_code,
      ...parseRegencyName(parsed.name),
    };
  });
  return { provinces, regions };
}

export async function seedRegions(
  client: pg.ClientBase,
): Promise<{ provinces: number; regions: number }> {
  const { provinces, regions } = await readRegionReference();
  await client.query(
    `INSERT INTO "Province" (code, name)
       SELECT code, name FROM jsonb_to_recordset($1::jsonb) AS x(code text, name text)
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name`,
    [JSON.stringify(provinces)],
  );
  await client.query(
    `INSERT INTO "Region" (code, "provinceCode", kind, name, "shortName")
       SELECT code, "provinceCode", kind::"RegionKind", name, "shortName"
         FROM jsonb_to_recordset($1::jsonb)
           AS x(code text, "provinceCode" text, kind text, name text, "shortName" text)
     ON CONFLICT (code) DO UPDATE SET "provinceCode" = EXCLUDED."provinceCode", kind = EXCLUDED.kind,
       name = EXCLUDED.name, "shortName" = EXCLUDED."shortName"`,
    [JSON.stringify(regions)],
  );
  return { provinces: provinces.length, regions: regions.length };
}
