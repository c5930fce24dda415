// The personal data check with the kabupaten/kota codes of the Region table, read once per process
// (reference data: it changes only with a migration or a new reference import).
import { db } from "~/db.server";
import {
  scanPages,
  scanText,
  type PersonalDataFinding,
  type ScanContext,
  type ScanPage,
} from "./personal-data";

let regionCodes: Promise<ReadonlySet<string>> | undefined;

/** "32.11" -> "3211": the first four digits of a NIK registered in that kabupaten/kota. */
export function nikPrefixOf(regionCode: string): string {
  return regionCode.replace(".", "");
}

/** The NIK prefixes of every kabupaten/kota, loaded on first use and kept. */
export function loadRegionCodes(): Promise<ReadonlySet<string>> {
  regionCodes ??= db()
    .region.findMany({ select: { code: true } })
    .then((rows) => new Set(rows.map((row) => nikPrefixOf(row.code))) as ReadonlySet<string>)
    .catch((error: unknown) => {
      // A failed read is not cached: the next check tries again.
      regionCodes = undefined;
      throw error;
    });
  return regionCodes;
}

/** Forgets the loaded codes (tests that change the Region table). */
export function resetRegionCodes(): void {
  regionCodes = undefined;
}

async function context(options: Omit<ScanContext, "regionCodes">): Promise<ScanContext> {
  return { ...options, regionCodes: await loadRegionCodes() };
}

export async function findPersonalDataInPages(
  pages: readonly ScanPage[],
  options: Omit<ScanContext, "regionCodes"> & { paged?: boolean } = {},
): Promise<PersonalDataFinding[]> {
  const { paged, ...rest } = options;
  return scanPages(pages, await context(rest), { paged });
}

export async function findPersonalDataInText(
  text: string,
  options: Omit<ScanContext, "regionCodes"> = {},
): Promise<PersonalDataFinding[]> {
  return scanText(text, await context(options));
}
