// The portal's HTTP server: Express in front of the Remix request handler, with per-request CSP
// nonces and security headers. Production serves the Vite build; development runs Vite as
// middleware with hot reload.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  createReadableStreamFromReadable,
  createRequestHandler,
  writeReadableStreamToWritable,
  type AppLoadContext,
  type ServerBuild,
} from "@remix-run/node";
import compression from "compression";
import express from "express";
import { hasSessionCookie } from "../../app/auth/session-cookie";
import { answerAppErrors } from "../../app/utils/app-error-responses.server";
import { languageFromCookieHeader } from "../../app/i18n/language.server";
import { DEFAULT_LANGUAGE } from "../../app/i18n/languages";
import { translator } from "../../app/i18n/translate";
import { PROJECT_ROOT } from "./embedded-database";
import {
  bodyLimitFor,
  limitedBody,
  rejectBadUrls,
  rejectForeignHosts,
  rejectUnknownMethods,
  refuseTooLarge,
  requestedHost,
  type BodyLimitRule,
} from "./request-guards";

export interface HttpServerOptions {
  mode: "production" | "development";
  port: number;
  host?: string;
  /** The origin links are built from (PUBLIC_URL), e.g. https://livinglab.example.go.id. */
  publicUrl: string;
  /** Hosts (host[:port]) the portal answers to: PUBLIC_URL's and ALLOWED_HOSTS. */
  allowedHosts: ReadonlySet<string>;
  /** The largest upload the file store takes, in bytes. */
  fileMaxBytes: number;
  trustProxy?: boolean;
  hsts?: boolean;
}

const KB = 1024;
const MB = 1024 * KB;

/** Request bodies: small for forms, the file store's limit (plus multipart framing) for uploads. */
export function bodyLimits(fileMaxBytes: number): { rules: BodyLimitRule[]; fallback: number } {
  return {
    rules: [
      // Up to 1 MB reaches the validation API, which reads at most its own 256 KB
      // (PUBLICCODE_LIMITS.maxBytes) and answers the rest with 413 in its own JSON shape.
      { pattern: /^\/api\/software\/validate\/?$/, maxBytes: MB + 64 * KB },
      { pattern: /^\/practices\/[^/]+\/attachments\/?$/, maxBytes: fileMaxBytes + 64 * KB },
      { pattern: /^\/software\/[^/]+\/releases\/?$/, maxBytes: fileMaxBytes + 64 * KB },
      { pattern: /^\/(practices|software)\/(new|[^/]+\/edit)\/?$/, maxBytes: 2 * MB },
    ],
    fallback: 64 * KB,
  };
}

export interface RunningHttpServer {
  url: string;
  close(): Promise<void>;
}

export function contentSecurityPolicy(nonce: string, mode: HttpServerOptions["mode"]): string {
  const dev = mode === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    // Vite's dev server injects styles at run time; the production build links CSS files only.
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence as the Lucia guide advises: a state-changing request must come from this site.
 * Its Origin (or, lacking one, its Referer) must be this portal's origin, scheme included: the
 * request's own (scheme and host as this server sees them) or PUBLIC_URL's (behind a proxy that
 * ends TLS). A request with neither header is let through only when it carries no cookies, so that
 * it cannot ride on a session. An API request with a Bearer token is not checked: it is
 * authenticated by the token alone (its cookies are ignored), and no page of another site can
 * send that header without a CORS preflight, which the portal never grants. Nor is a one-click
 * unsubscribe (POST /unsubscribe/:token, RFC 8058), whose token is its own credential.
 */
export function rejectCrossOriginWrites(publicUrl: string): express.RequestHandler {
  const publicOrigin = new URL(publicUrl).origin;
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (req.path.startsWith("/api/") && /^Bearer(\s|$)/i.test(req.get("authorization") ?? ""))
      return next();
    // RFC 8058 one-click unsubscribe: mail programs POST from elsewhere; the token in the path is
    // the only credential (no session is read) and all it can do is turn one kind of mail off.
    if (ONE_CLICK_UNSUBSCRIBE.test(req.path)) return next();
    const source = req.get("origin") ?? req.get("referer");
    let sameSite = false;
    if (source && source !== "null") {
      try {
        const origin = new URL(source).origin;
        sameSite = origin === publicOrigin || origin === ownOrigin(req);
      } catch {
        sameSite = false;
      }
    } else if (!source && !req.get("cookie")) {
      sameSite = true;
    }
    if (sameSite) return next();
    const language = languageFromCookieHeader(req.get("cookie")) ?? DEFAULT_LANGUAGE;
    res.status(403).type("text/plain; charset=utf-8").send(translator(language)("csrf.rejected"));
  };
}

function ownOrigin(req: express.Request): string | null {
  try {
    return new URL(`${req.protocol}://${requestedHost(req)}`).origin;
  } catch {
    return null;
  }
}

/** RFC 8058 one-click unsubscribe: POSTed by mail programs from their own origin. */
const ONE_CLICK_UNSUBSCRIBE = /^\/unsubscribe\/[^/]+$/;

/** The request's headers for Remix; `crossOrigin` drops Origin (Remix refuses a foreign one). */
function remixHeaders(source: express.Request["headers"], crossOrigin = false): Headers {
  const headers = new Headers();
  for (const [key, values] of Object.entries(source)) {
    if (values === undefined || (crossOrigin && key.toLowerCase() === "origin")) continue;
    for (const value of Array.isArray(values) ? values : [values]) headers.append(key, value);
  }
  return headers;
}

/**
 * Writes Remix's response. A route's header replaces the same header set by the middleware above
 * (one X-Content-Type-Options, not two); only Set-Cookie adds up. A response to a signed-in
 * request, or one that sets a cookie, is personal: `Cache-Control: private, no-store`.
 */
async function sendRemixResponse(
  req: express.Request,
  res: express.Response,
  response: Response,
): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) {
    if (key.toLowerCase() === "set-cookie") res.append(key, value);
    else res.setHeader(key, value);
  }
  if (hasSessionCookie(req.get("cookie")) || response.headers.has("Set-Cookie")) {
    res.setHeader("Cache-Control", "private, no-store");
  }
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/**
 * Remix's Express adapter (@remix-run/express, which cannot limit a body), with the body handed over through a byte counter: past the route's
 * limit the client gets 413 at once and the connection closes; nothing past the limit is read.
 */
function remixHandler(
  build: ServerBuild | (() => Promise<ServerBuild>),
  mode: HttpServerOptions["mode"],
  limits: ReturnType<typeof bodyLimits>,
  loadContext: (req: express.Request, res: express.Response) => AppLoadContext,
): express.RequestHandler {
  const handleRequest = createRequestHandler(build, mode);
  return async (req, res, next) => {
    try {
      const maxBytes = bodyLimitFor(limits.rules, limits.fallback, req.path);
      const declared = Number(req.get("content-length") ?? "0");
      if (Number.isFinite(declared) && declared > maxBytes)
        return refuseTooLarge(req, res, maxBytes);
      const url = new URL(`${req.protocol}://${requestedHost(req)}${req.originalUrl}`);
      const controller = new AbortController();
      const init: RequestInit & { duplex?: "half" } = {
        method: req.method,
        headers: remixHeaders(req.headers, ONE_CLICK_UNSUBSCRIBE.test(req.path)),
        signal: controller.signal,
      };
      if (req.method !== "GET" && req.method !== "HEAD") {
        init.body = createReadableStreamFromReadable(
          limitedBody(req, maxBytes, () => refuseTooLarge(req, res, maxBytes)),
        );
        init.duplex = "half";
      }
      let finished = false;
      res.on("finish", () => (finished = true));
      res.on("close", () => {
        if (!finished) controller.abort();
      });
      const response = await handleRequest(new Request(url.href, init), loadContext(req, res));
      // A 413 already went out while the body streamed: what the route made of it is dropped.
      if (res.headersSent) return void (await response.body?.cancel().catch(() => undefined));
      await sendRemixResponse(req, res, response);
    } catch (error) {
      next(error);
    }
  };
}

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", options.trustProxy ?? false);
  app.use(rejectUnknownMethods);
  app.use(rejectBadUrls);
  app.use(rejectForeignHosts({ allowedHosts: options.allowedHosts }));
  app.use(compression());

  app.use((_req, res, next) => {
    const nonce = randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce, options.mode));
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    res.setHeader("X-Frame-Options", "DENY");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    // Browsers only honour HSTS over HTTPS, so sending it on a local plain-HTTP start is harmless.
    if (options.mode === "production" && options.hsts !== false) {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    next();
  });

  app.use(rejectCrossOriginWrites(options.publicUrl));

  let build: ServerBuild | (() => Promise<ServerBuild>);
  let closeVite: (() => Promise<void>) | undefined;
  if (options.mode === "development") {
    const vite = await import("vite");
    const viteServer = await vite.createServer({
      root: PROJECT_ROOT,
      server: { middlewareMode: true },
    });
    closeVite = () => viteServer.close();
    app.use(viteServer.middlewares);
    build = async () =>
      answerAppErrors(
        (await viteServer.ssrLoadModule("virtual:remix/server-build")) as ServerBuild,
      );
  } else {
    const clientDir = path.join(PROJECT_ROOT, "build", "client");
    app.use(
      "/assets",
      express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }),
    );
    app.use(express.static(clientDir, { maxAge: "1h" }));
    const serverEntry = pathToFileURL(path.join(PROJECT_ROOT, "build", "server", "index.js")).href;
    build = answerAppErrors((await import(serverEntry)) as ServerBuild);
  }

  app.all(
    "*",
    remixHandler(build, options.mode, bodyLimits(options.fileMaxBytes), (req, res) => ({
      cspNonce: String(res.locals.cspNonce),
      clientIp: req.ip ?? "",
      appendHeader: (name: string, value: string) => {
        if (!res.headersSent) res.append(name, value);
      },
    })),
  );

  const host = options.host ?? "0.0.0.0";
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(options.port, host, () => resolve(listening));
    listening.once("error", reject);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await closeVite?.();
    },
  };
}
