// A small pool of worker threads for text extraction, so a large or hostile upload never blocks
// the event loop: at most two workers, each with a heap cap; one document at a time per worker;
// a document that runs past its time limit has its worker terminated (a new one starts for the
// next document). Idle workers are unref'd and stop after a while.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { WorkerMessage, WorkerRequest } from "./extract-worker.server";
import type { ExtractionLimits, ExtractionResult } from "./extraction.types";

export const MAX_POOL_SIZE = 2;

export interface ExtractionPoolOptions {
  /** Workers at most (1 or 2). */
  size?: number;
  /** The old-generation heap of each worker, in MB. */
  heapMb?: number;
  /** An idle worker stops after this long. */
  idleMs?: number;
  /** A worker that is not ready after this long counts as crashed. */
  startupMs?: number;
}

interface Pending {
  bytes: Uint8Array;
  mimeType: string;
  limits: ExtractionLimits;
  resolve: (result: ExtractionResult) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job?: Pending & { id: number; timer: NodeJS.Timeout };
  timer?: NodeJS.Timeout;
}

const WORKER_ENTRY = "extract-worker.server.ts";

/** The worker's source file: beside this module, or under app/ of the project (production build). */
function workerEntry(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, WORKER_ENTRY);
  if (existsSync(beside)) return beside;
  for (let dir = here; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "app", "modules", "documents", WORKER_ENTRY);
    if (existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return beside;
  }
}

/**
 * The worker runs the TypeScript source through tsx's API, in source checkouts and under the
 * production build alike (tsx is a runtime dependency: `npm start` runs through it).
 */
function bootstrap(entry: string): string {
  const require = createRequire(import.meta.url);
  const tsxRoot = path.dirname(require.resolve("tsx/package.json"));
  const api = pathToFileURL(path.join(tsxRoot, "dist", "esm", "api", "index.mjs")).href;
  const entryUrl = pathToFileURL(entry).href;
  return `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(entryUrl)}, ${JSON.stringify(entryUrl)}));`;
}

export class ExtractionPool {
  private readonly size: number;
  private readonly heapMb: number;
  private readonly idleMs: number;
  private readonly startupMs: number;
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private code?: string;
  /** Workers started so far (tests and the benchmark read it). */
  started = 0;

  constructor(options: ExtractionPoolOptions = {}) {
    this.size = Math.min(MAX_POOL_SIZE, Math.max(1, Math.floor(options.size ?? MAX_POOL_SIZE)));
    this.heapMb = options.heapMb ?? 512;
    this.idleMs = options.idleMs ?? 30_000;
    this.startupMs = options.startupMs ?? 30_000;
  }

  /** Reads a document in a worker. Never rejects: every problem is a `failed` result. */
  run(bytes: Uint8Array, mimeType: string, limits: ExtractionLimits): Promise<ExtractionResult> {
    if (this.closed)
      return Promise.resolve({ state: "failed", reason: "worker-crashed", detail: "pool closed" });
    return new Promise((resolve) => {
      this.queue.push({ bytes, mimeType, limits, resolve });
      this.pump();
    });
  }

  /** Workers alive now. */
  get workers(): number {
    return this.slots.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0))
      pending.resolve({ state: "failed", reason: "worker-crashed", detail: "pool closed" });
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        clearTimeout(slot.timer);
        if (slot.job) {
          clearTimeout(slot.job.timer);
          slot.job.resolve({ state: "failed", reason: "worker-crashed", detail: "pool closed" });
        }
        return slot.worker.terminate();
      }),
    );
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      const idle = this.slots.find((slot) => slot.ready && !slot.job);
      if (idle) {
        this.dispatch(idle, this.queue.shift() as Pending);
        continue;
      }
      if (this.slots.length < this.size && !this.slots.some((slot) => !slot.ready)) {
        this.spawn();
        continue;
      }
      break;
    }
  }

  private spawn(): void {
    this.code ??= bootstrap(workerEntry());
    const worker = new Worker(this.code, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb },
    });
    this.started += 1;
    const slot: Slot = { worker, ready: false };
    slot.timer = setTimeout(
      () => this.fail(slot, { state: "failed", reason: "worker-crashed", detail: "no start" }),
      this.startupMs,
    );
    this.slots.push(slot);
    worker.on("message", (message: WorkerMessage) => this.onMessage(slot, message));
    worker.on("error", (error: Error & { code?: string }) => {
      const reason = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "out-of-memory" : "worker-crashed";
      this.fail(slot, { state: "failed", reason, detail: error.message });
    });
    worker.on("exit", (code) => {
      this.fail(slot, { state: "failed", reason: "worker-crashed", detail: `exit ${code}` });
    });
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === "ready") {
      slot.ready = true;
      clearTimeout(slot.timer);
      this.idle(slot);
      this.pump();
      return;
    }
    const job = slot.job;
    if (!job || job.id !== message.id) return;
    clearTimeout(job.timer);
    slot.job = undefined;
    job.resolve(message.result);
    this.idle(slot);
    this.pump();
  }

  private dispatch(slot: Slot, pending: Pending): void {
    clearTimeout(slot.timer);
    const id = this.nextId++;
    const timer = setTimeout(
      () => this.fail(slot, { state: "failed", reason: "timeout" }),
      pending.limits.timeLimitMs,
    );
    slot.job = { ...pending, id, timer };
    slot.worker.ref();
    // A copy in its own ArrayBuffer is transferred: the caller keeps its bytes (a Buffer's
    // slice() would share, and transferring its pool's memory would detach it).
    const bytes = new Uint8Array(pending.bytes);
    const request: WorkerRequest = {
      id,
      bytes,
      mimeType: pending.mimeType,
      limits: pending.limits,
    };
    slot.worker.postMessage(request, [bytes.buffer]);
  }

  /** An idle worker does not keep the process alive, and stops after `idleMs`. */
  private idle(slot: Slot): void {
    if (slot.job) return;
    slot.worker.unref();
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => this.retire(slot), this.idleMs);
    slot.timer.unref();
  }

  private retire(slot: Slot): void {
    if (slot.job) return;
    this.remove(slot);
    void slot.worker.terminate();
  }

  private remove(slot: Slot): boolean {
    const index = this.slots.indexOf(slot);
    if (index < 0) return false;
    this.slots.splice(index, 1);
    clearTimeout(slot.timer);
    return true;
  }

  /** Ends a worker that timed out or broke; its document (if any) gets `result`. */
  private fail(slot: Slot, result: ExtractionResult): void {
    if (!this.remove(slot)) return;
    void slot.worker.terminate();
    const job = slot.job;
    slot.job = undefined;
    if (job) {
      clearTimeout(job.timer);
      job.resolve(result);
    } else if (!slot.ready) {
      // A worker that cannot start fails the next document rather than being retried forever.
      this.queue.shift()?.resolve(result);
    }
    this.pump();
  }
}
