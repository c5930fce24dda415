// A request whose body is cut off past a number of bytes while it is read (a declared
// Content-Length over the limit is refused before reading), so an upload endpoint never reads
// more than it means to take, whatever the client sends.

export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`request body over ${maxBytes} bytes`);
    this.name = "BodyTooLargeError";
  }
}

/** `request` with its body limited to `maxBytes`; null when its Content-Length already says more. */
export function limitBody(request: Request, maxBytes: number): Request | null {
  const declared = Number(request.headers.get("Content-Length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return request;
  let seen = 0;
  const body = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new BodyTooLargeError(maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    // Node's fetch needs this for a streamed body.
    duplex: "half",
  } as RequestInit);
}

/** Whether `error` (or what it wraps) is the limit being passed. */
export function isBodyTooLarge(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause)
    if (e instanceof BodyTooLargeError) return true;
  return false;
}
