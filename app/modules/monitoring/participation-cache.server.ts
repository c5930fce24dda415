// A short shared cache of the monitoring figures for the pages that read whole tables
// (/monitoring, /provinces/:code): the participation table, the stalled list, the national charts.
// One computation of them costs most of those pages' time (ADR 021); an entry is reused only while
// both hold:
// - it is younger than PARTICIPATION_CACHE_MS, and
// - the audit log's newest id is still the one it was computed after.
// Every audited write (a practice published, evidence added or reviewed, a commitment moved, a
// visit recorded, thresholds changed) therefore makes the next request compute afresh, on every
// instance, because the check reads the database. What changes without an audited write (a member
// signing in, a commitment reaching its stall day) is at most PARTICIPATION_CACHE_MS old.
// A caller that passes `now` asks for that instant: it always gets a fresh computation.
import { db } from "~/db.server";
import {
  listParticipation,
  type ParticipationOptions,
  type RegionParticipation,
} from "./participation.server";

export const PARTICIPATION_CACHE_MS = 5_000;
const MAX_ENTRIES = 16;

interface Entry {
  version: bigint;
  computedAt: number;
  value: Promise<unknown>;
}

const entries = new Map<string, Entry>();

function keyOf(options: ParticipationOptions): string {
  return JSON.stringify([
    "participation",
    options.year ?? null,
    options.frameworkId ?? null,
    options.regionCodes ? [...options.regionCodes].sort() : null,
    options.provinceCodes ? [...options.provinceCodes].sort() : null,
    options.thresholds ?? null,
  ]);
}

async function auditVersion(): Promise<bigint> {
  const newest = await db().auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return newest?.id ?? 0n;
}

/**
 * compute(), reused for a few seconds while nothing audited has happened since. `key` names the
 * computation and every input it depends on.
 */
export async function sharedFigures<T>(
  key: string,
  compute: () => Promise<T>,
  clock: () => number = Date.now,
): Promise<T> {
  const version = await auditVersion();
  const started = clock();
  const entry = entries.get(key);
  if (entry && entry.version === version && started - entry.computedAt < PARTICIPATION_CACHE_MS) {
    return entry.value as Promise<T>;
  }
  const value = compute();
  entries.delete(key);
  entries.set(key, { version, computedAt: started, value });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  // A failed computation is not kept.
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** listParticipation() through sharedFigures(); a given `now` always computes. */
export function sharedParticipation(
  options: ParticipationOptions = {},
  clock: () => number = Date.now,
): Promise<RegionParticipation[]> {
  if (options.now) return listParticipation(options);
  return sharedFigures(keyOf(options), () => listParticipation(options), clock);
}

/** Forgets every entry (the benchmark's cold runs, tests). */
export function clearSharedParticipation(): void {
  entries.clear();
}
