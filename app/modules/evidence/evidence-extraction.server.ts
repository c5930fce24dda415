// Background text extraction of evidence files: a small queue in PostgreSQL. A new file version
// is saved PENDING; a worker in the server process claims one version at a time
// (FOR UPDATE SKIP LOCKED, so several processes never take the same one), marks it READING, runs
// the extraction pool and the personal data check, and stores the state, page count and findings.
// The worker is woken by each upload and polls every 30 s as a fallback (pending rows left by a
// restart, a claim whose process died). Tests wait for it with drainEvidenceExtraction().
import type { Prisma } from "@prisma/client";
import { db } from "~/db.server";
import { extractText } from "~/modules/documents/extract-text.server";
import { findPersonalDataInPages } from "~/modules/documents/personal-data.server";
import type { PersonalDataFinding } from "~/modules/documents/personal-data";
import { refreshSearchDocuments } from "~/modules/search/search.server";
import { BODY_MAX_CHARS } from "~/modules/search/source-fields.server";
import { fileStore } from "~/storage/file-store.server";
import type { ExtractionState } from "./evidence.schema";

/** What reading one file gave: the state to store with its reason, pages and findings. */
export interface ExtractionOutcome {
  state: Exclude<ExtractionState, "PENDING" | "READING">;
  reason: string | null;
  pageCount: number | null;
  pagesWithoutText: number[];
  findings: PersonalDataFinding[];
  /** The text read (for search), null when none could be read. */
  text: string | null;
}

/**
 * The text kept of a file for search: its pages in order, at most what a search document's body
 * holds (BODY_MAX_CHARS), without NUL characters (PostgreSQL text cannot hold them).
 */
export function searchableText(pages: Array<{ text: string }>): string {
  let text = "";
  for (const page of pages) {
    if (text.length >= BODY_MAX_CHARS) break;
    text += (text ? "\n" : "") + page.text;
  }
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u0000/g, "").slice(0, BODY_MAX_CHARS);
}

/** A claim older than this belongs to a process that died mid-document (the pool stops at 60 s). */
const STALE_CLAIM_MINUTES = 5;
/** A version claimed this often without an answer crashes its reader: it is marked failed. */
const MAX_ATTEMPTS = 3;
const POLL_MS = 30_000;

/** Reads a stored file and checks its text for personal data. Never throws for a bad file. */
export async function extractStoredFile(
  sha256: string,
  mimeType: string,
): Promise<ExtractionOutcome> {
  let bytes: Buffer;
  try {
    bytes = await fileStore().openVerified(sha256);
  } catch (error) {
    return failed(error instanceof Error ? error.name : "missing");
  }
  const result = await extractText(bytes, mimeType);
  if (result.state === "unreadable")
    return {
      state: "UNREADABLE",
      reason: result.reason,
      pageCount: null,
      pagesWithoutText: [],
      findings: [],
      text: null,
    };
  if (result.state === "failed") return failed(result.reason);
  const findings = await findPersonalDataInPages(result.pages, {
    paged: result.unit !== "document",
  });
  return {
    state: "DONE",
    reason: result.truncated ? "truncated" : null,
    pageCount: result.pages.length,
    pagesWithoutText: result.pagesWithoutText,
    findings,
    text: searchableText(result.pages),
  };
}

function failed(reason: string): ExtractionOutcome {
  return {
    state: "FAILED",
    reason,
    pageCount: null,
    pagesWithoutText: [],
    findings: [],
    text: null,
  };
}

/** The version's columns and finding rows for an outcome (a new version, or the worker's answer). */
export function outcomeData(outcome: ExtractionOutcome) {
  return {
    extractionState: outcome.state,
    extractionReason: outcome.reason,
    pageCount: outcome.pageCount,
    pagesWithoutText: outcome.pagesWithoutText,
    extractedText: outcome.text,
    extractedAt: new Date(),
    findings: outcome.findings.map((finding) => ({
      kind: finding.kind,
      page: finding.page ?? null,
      match: finding.match,
      count: finding.count,
    })),
  };
}

async function storeOutcome(versionId: string, outcome: ExtractionOutcome): Promise<void> {
  const { findings, ...columns } = outcomeData(outcome);
  await db().$transaction(async (tx: Prisma.TransactionClient) => {
    // Only the claim's own answer lands: a version taken again meanwhile keeps its newer one.
    const moved = await tx.evidenceFileVersion.updateMany({
      where: { id: versionId, extractionState: "READING" },
      data: columns,
    });
    if (moved.count === 0) return;
    await tx.evidenceFinding.deleteMany({ where: { versionId } });
    if (findings.length > 0)
      await tx.evidenceFinding.createMany({ data: findings.map((f) => ({ ...f, versionId })) });
    // The record's search document now holds the text read (or is found by it no longer).
    const [owner] = await tx.$queryRaw<Array<{ evidenceId: string }>>`
      SELECT f."evidenceId"::text AS "evidenceId" FROM "EvidenceFileVersion" v
        JOIN "EvidenceFile" f ON f.id = v."fileId" WHERE v.id = ${versionId}::uuid`;
    if (owner) await refreshSearchDocuments(tx, [{ type: "evidence", id: owner.evidenceId }]);
  });
}

interface Claimed {
  id: string;
  sha256: string;
  mimeType: string;
  attempts: number;
}

/** Claims the oldest pending version (or a stale claim), or null when there is none. */
async function claimNext(): Promise<Claimed | null> {
  const rows = await db().$queryRaw<Claimed[]>`
    UPDATE "EvidenceFileVersion" AS v
       SET "extractionState" = 'READING', "extractionStartedAt" = now(),
           "extractionAttempts" = v."extractionAttempts" + 1
      FROM "StoredFile" AS f
     WHERE f.sha256 = v.sha256 AND v.id = (
       SELECT id FROM "EvidenceFileVersion"
        WHERE "extractionState" = 'PENDING'
           OR ("extractionState" = 'READING'
               AND "extractionStartedAt" < now() - make_interval(mins => ${STALE_CLAIM_MINUTES}))
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING v.id, v.sha256, f."mimeType" AS "mimeType", v."extractionAttempts" AS attempts`;
  return rows[0] ?? null;
}

/** Processes one version; false when nothing was waiting. */
async function processNext(): Promise<boolean> {
  const claimed = await claimNext();
  if (!claimed) return false;
  const outcome =
    claimed.attempts > MAX_ATTEMPTS
      ? failed("worker-crashed")
      : await extractStoredFile(claimed.sha256, claimed.mimeType);
  await storeOutcome(claimed.id, outcome);
  return true;
}

interface WorkerState {
  running: Promise<void> | null;
  again: boolean;
  timer: ReturnType<typeof setInterval> | null;
}

const globalForWorker = globalThis as unknown as { livingLabEvidenceWorker?: WorkerState };

function worker(): WorkerState {
  globalForWorker.livingLabEvidenceWorker ??= { running: null, again: false, timer: null };
  return globalForWorker.livingLabEvidenceWorker;
}

async function loop(state: WorkerState): Promise<void> {
  do {
    state.again = false;
    try {
      while (await processNext()) {
        // one version after another: the pool itself runs at most two documents at once
      }
    } catch (error) {
      console.warn(
        `[evidence] extraction: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  } while (state.again);
}

/** Starts the fallback poll once per process (unref'd: it never keeps a script alive). */
export function startEvidenceExtractionPolling(): void {
  const state = worker();
  if (state.timer) return;
  state.timer = setInterval(() => void wakeEvidenceExtraction(), POLL_MS);
  state.timer.unref();
}

/**
 * Stops the fallback poll and waits for a run in progress (scripts, before they close the
 * database: a poll firing afterwards would log "can't reach database").
 */
export async function stopEvidenceExtractionPolling(): Promise<void> {
  const state = worker();
  if (state.timer) clearInterval(state.timer);
  state.timer = null;
  state.again = false;
  await state.running;
}

/** Wakes the worker (after an upload); answers when the run it joined has finished. */
export function wakeEvidenceExtraction(): Promise<void> {
  startEvidenceExtractionPolling();
  const state = worker();
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = loop(state).finally(() => {
    state.running = null;
  });
  return state.running;
}

/**
 * Runs extraction until no version waits (tests, scripts): deterministic, no timers involved.
 * This process's own claims are awaited; a fresh claim of another process is left to it.
 */
export async function drainEvidenceExtraction(): Promise<void> {
  for (;;) {
    await worker().running;
    if ((await claimableCount()) === 0) return;
    await wakeEvidenceExtraction();
  }
}

async function claimableCount(): Promise<number> {
  const [row] = await db().$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM "EvidenceFileVersion"
     WHERE "extractionState" = 'PENDING'
        OR ("extractionState" = 'READING'
            AND "extractionStartedAt" < now() - make_interval(mins => ${STALE_CLAIM_MINUTES}))`;
  return row?.n ?? 0;
}
