// Checks every request passes before it reaches Remix: a known method, a URL without NUL bytes or
// broken percent-encoding, a Host this portal answers to, and a body no larger than its route
// allows (refused while it streams, before anything parses it). Each refusal is one short answer
// in the user's language (JSON for /api/), and one log line, never a stack trace.
import { Transform } from "node:stream";
import type express from "express";
import { languageFromCookieHeader, preferredLanguage } from "../../app/i18n/language.server";
import { DEFAULT_LANGUAGE, type Language } from "../../app/i18n/languages";
import { translator, type MessageKey } from "../../app/i18n/translate";

const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

/** The `lang` cookie, else the language Accept-Language ranks highest, else Bahasa Indonesia. */
function languageOf(req: express.Request): Language {
  return (
    languageFromCookieHeader(req.get("cookie")) ??
    preferredLanguage(req.get("accept-language") ?? null) ??
    DEFAULT_LANGUAGE
  );
}

/** Answers a refused request: JSON on API routes and to JSON clients, plain text elsewhere; one log line. */
export function refuse(
  req: express.Request,
  res: express.Response,
  status: number,
  message: MessageKey,
  params?: Record<string, string | number>,
): void {
  const language = languageOf(req);
  const text = translator(language)(message, params);
  const path = req.originalUrl.split("?")[0] ?? "";
  console.warn(
    `[http] ${status} ${req.method} ${JSON.stringify(path.slice(0, 200))}: ${message} (${req.ip ?? "?"})`,
  );
  if (res.headersSent) return;
  res.status(status);
  res.setHeader("Content-Language", language);
  res.setHeader("Cache-Control", "no-store");
  if (path.startsWith("/api/") || (req.get("accept") ?? "").includes("application/json")) {
    // The shapes the API, the publiccode validator and the attachment uploader read.
    res.json({
      ok: false,
      error: text,
      message: text,
      errors: [{ path: "", line: null, message: text }],
    });
  } else {
    res.type("text/plain; charset=utf-8").send(text);
  }
}

/** TRACE, CONNECT and unknown methods: 405 with the methods that are served. */
export const rejectUnknownMethods: express.RequestHandler = (req, res, next) => {
  if (ALLOWED_METHODS.includes(req.method)) return next();
  res.setHeader("Allow", ALLOWED_METHODS.join(", "));
  refuse(req, res, 405, "http.error.methodNotAllowed");
};

/**
 * A URL whose path or query holds a NUL byte or other C0 control characters (PostgreSQL refuses
 * them in text), or percent-encoding that is not UTF-8, is refused with 400.
 */
export const rejectBadUrls: express.RequestHandler = (req, res, next) => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(req.originalUrl.replace(/\+/g, " "));
  } catch {
    return refuse(req, res, 400, "http.error.badUrl");
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(decoded)) {
    return refuse(req, res, 400, "http.error.controlCharacter");
  }
  next();
};

export interface HostPolicy {
  /** Hosts (host[:port], lower case) the portal answers to. */
  allowedHosts: ReadonlySet<string>;
}

/** The host the client asked for, as host[:port] in lower case (X-Forwarded-Host behind a trusted proxy). */
export function requestedHost(req: express.Request): string {
  const forwarded = req.app.get("trust proxy") ? req.get("x-forwarded-host") : undefined;
  const host = (forwarded?.split(",")[0] ?? req.get("host") ?? "").trim().toLowerCase();
  return host;
}

/**
 * Refuses a request for a host that is not the portal's own (a poisoned Host header must not
 * reach a page, and never a link). /healthz answers any host, for load balancers that probe by IP.
 */
export function rejectForeignHosts(policy: HostPolicy): express.RequestHandler {
  return (req, res, next) => {
    if (req.path === "/healthz") return next();
    if (policy.allowedHosts.has(requestedHost(req))) return next();
    refuse(req, res, 400, "http.error.unknownHost");
  };
}

export interface BodyLimitRule {
  /** Matched against the path (without query). */
  pattern: RegExp;
  maxBytes: number;
}

export class BodyTooLargeError extends Error {
  constructor(public readonly maxBytes: number) {
    super(`Request body larger than ${maxBytes} bytes`);
    this.name = "BodyTooLargeError";
  }
}

export function bodyLimitFor(rules: readonly BodyLimitRule[], fallback: number, path: string) {
  return rules.find((rule) => rule.pattern.test(path))?.maxBytes ?? fallback;
}

/** How long the rest of a refused body is read and dropped before the connection is cut. */
const LINGER_MS = 5_000;

/**
 * Answers 413. The rest of the body is read and dropped (a socket closed while the client still
 * sends would reset the connection before the client reads the answer), for at most LINGER_MS;
 * a body still coming after that has its connection cut.
 */
export function refuseTooLarge(req: express.Request, res: express.Response, maxBytes: number) {
  if (res.headersSent) return;
  res.once("finish", () => {
    if (req.readableEnded) return;
    req.resume();
    const cut = setTimeout(() => req.socket.destroy(), LINGER_MS);
    cut.unref();
    req.once("end", () => clearTimeout(cut));
    req.socket.once("close", () => clearTimeout(cut));
  });
  refuse(req, res, 413, "http.error.bodyTooLarge", {
    size: `${Math.max(1, Math.round(maxBytes / 1024)).toLocaleString("id-ID")} KB`,
  });
}

/**
 * The request body as a Node stream that fails as soon as more than `maxBytes` arrive;
 * `onExceeded` runs once at that moment (it answers 413). Only this counter is destroyed when its
 * reader gives up, never the request, whose rest refuseTooLarge drops. A declared Content-Length
 * above the limit never gets here.
 */
export function limitedBody(
  req: express.Request,
  maxBytes: number,
  onExceeded: () => void,
): Transform {
  let received = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > maxBytes) {
        req.unpipe(counter);
        onExceeded();
        callback(new BodyTooLargeError(maxBytes));
        return;
      }
      callback(null, chunk);
    },
  });
  req.on("error", (error) => counter.destroy(error));
  return req.pipe(counter);
}
