// The entry of an extraction worker thread (started by extract-pool.server.ts): reads one document
// per message and answers with its result. It says "ready" once it listens.
import { parentPort } from "node:worker_threads";
import type { ExtractionLimits, ExtractionResult } from "./extraction.types";
import { readDocument } from "./formats/read-document.server";

export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  mimeType: string;
  limits: ExtractionLimits;
}

export type WorkerMessage =
  { type: "ready" } | { type: "done"; id: number; result: ExtractionResult };

const port = parentPort;
if (port) {
  port.on("message", (request: WorkerRequest) => {
    void readDocument(request.bytes, request.mimeType, request.limits).then((result) => {
      port.postMessage({ type: "done", id: request.id, result } satisfies WorkerMessage);
    });
  });
  port.postMessage({ type: "ready" } satisfies WorkerMessage);
}
