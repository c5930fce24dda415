// The portal's HTTP server: Express in front of the Remix request handler, with per-request CSP
// nonces and security headers. Production serves the Vite build; development runs Vite as
// middleware with hot reload.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { translator } from "../../app/i18n/translate";
import { PROJECT_ROOT } from "./embedded-database";

export interface HttpServerOptions {
  mode: "production" | "development";
  port: number;
  host?: string;
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
 * Its Origin (or, lacking one, its Referer) must name this host. A request with neither header is
 * let through only when it carries no cookies, so that it cannot ride on a session.
 */
export const rejectCrossOriginWrites: express.RequestHandler = (req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const host =
    req.get("x-forwarded-host") && req.app.get("trust proxy")
      ? req.get("x-forwarded-host")
      : req.get("host");
  const source = req.get("origin") ?? req.get("referer");
  let sameSite = false;
  if (source && source !== "null") {
    try {
      sameSite = new URL(source).host === host;
    } catch {
      sameSite = false;
    }
  } else if (!source && !req.get("cookie")) {
    sameSite = true;
  }
  if (sameSite) return next();
  const language = /(?:^|;\s*)lang=en(?:;|$)/.test(req.get("cookie") ?? "") ? "en" : "id";
  res.status(403).type("text/plain; charset=utf-8").send(translator(language)("csrf.rejected"));
};

export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", process.env.TRUST_PROXY === "true");
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
    if (options.mode === "production" && process.env.HSTS !== "false") {
      res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    next();
  });

  app.use(rejectCrossOriginWrites);

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
    build = () => viteServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  } else {
    const clientDir = path.join(PROJECT_ROOT, "build", "client");
    app.use(
      "/assets",
      express.static(path.join(clientDir, "assets"), { immutable: true, maxAge: "1y" }),
    );
    app.use(express.static(clientDir, { maxAge: "1h" }));
    const serverEntry = pathToFileURL(path.join(PROJECT_ROOT, "build", "server", "index.js")).href;
    build = (await import(serverEntry)) as ServerBuild;
  }

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: options.mode,
      getLoadContext: (req, res) => ({
        cspNonce: String(res.locals.cspNonce),
        clientIp: req.ip ?? "",
        appendHeader: (name: string, value: string) => {
          if (!res.headersSent) res.append(name, value);
        },
      }),
    }),
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
