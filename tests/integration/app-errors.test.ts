// A thrown AppError answers as the server maps it in one place (answerAppErrors on the Remix
// build): 404/403/409 with the root error page for documents, and the API's JSON error under
// /api/*. The real app is loaded through Vite, as `npm run dev` serves it, with two test routes
// added beside the real ones.
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppErrorCode, AppError } from "../../app/utils/app-error";
import { answerAppErrors } from "../../app/utils/app-error-responses.server";
import { cookieFor } from "../support/actors";
import { DEMO } from "../support/accounts";

const CODES: Record<string, AppErrorCode> = {
  "404": "NOT_FOUND",
  "403": "FORBIDDEN",
  "409": "CONFLICT",
};

function throwing({ params }: { params: Record<string, string | undefined> }): never {
  const code = CODES[params.status ?? ""] ?? "BAD_REQUEST";
  throw new AppError(code, code === "CONFLICT" ? { userMessage: "review.page.notNow" } : {});
}

type RouteModule = NonNullable<ServerBuild["routes"][string]>["module"];

function withTestRoutes(build: ServerBuild): ServerBuild {
  const page = { id: "test-page", parentId: "root", path: "uji-galat/:status" };
  const api = { id: "test-api", parentId: "root", path: "api/uji-galat/:status" };
  const entry = { hasAction: false, hasLoader: true, hasClientAction: false };
  return {
    ...build,
    routes: {
      ...build.routes,
      [page.id]: { ...page, module: { loader: throwing, default: () => null } },
      // A resource route has no default export (the type says it always has one).
      [api.id]: { ...api, module: { loader: throwing } as unknown as RouteModule },
    },
    assets: {
      ...build.assets,
      routes: {
        ...build.assets.routes,
        [page.id]: {
          ...page,
          ...entry,
          hasClientLoader: false,
          hasErrorBoundary: false,
          module: "/x.js",
        },
        [api.id]: {
          ...api,
          ...entry,
          hasClientLoader: false,
          hasErrorBoundary: false,
          module: "/y.js",
        },
      },
    },
  };
}

let vite: ViteDevServer;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  vite = await createServer({
    root: process.cwd(),
    logLevel: "silent",
    server: { middlewareMode: true, hmr: false },
  });
  const build = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  const handler = createRequestHandler(answerAppErrors(withTestRoutes(build)), "production");
  handle = (request) => handler(request, { cspNonce: "test", clientIp: "10.0.0.1" });
});

afterAll(() => vite?.close());

function get(path: string, cookie?: string) {
  return handle(
    new Request(`http://localhost${path}`, { headers: cookie ? { Cookie: cookie } : {} }),
  );
}

describe("a thrown AppError", () => {
  it("answers 404, 403 and 409 with the error page, in the user's language", async () => {
    const notFound = await get("/uji-galat/404");
    expect(notFound.status).toBe(404);
    expect(notFound.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(await notFound.text()).toContain("Halaman tidak ditemukan");

    const forbidden = await get("/uji-galat/403", "lang=en");
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).toContain("Access denied");

    const conflict = await get("/uji-galat/409");
    expect(conflict.status).toBe(409);
    // The error's own message for the user, from the catalogue.
    expect(await conflict.text()).toContain("Sudah diputuskan oleh orang lain");
  });

  it("answers the API's JSON error under /api", async () => {
    for (const [path, status] of [
      ["/api/uji-galat/404", 404],
      ["/api/uji-galat/403", 403],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(status);
      expect(await response.json(), path).toEqual({ error: { status, issues: [] } });
    }
    const conflict = await get("/api/uji-galat/409");
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({
      error: {
        status: 409,
        issues: [{ message: "Someone else has decided already; the current status is shown." }],
      },
    });
  });

  it("from the modules answers real pages and the API the same way", async () => {
    const page = await get("/software/tidak-ada-entri-ini");
    expect(page.status).toBe(404);
    expect(await page.text()).toContain("Halaman tidak ditemukan");

    const api = await get("/api/practices/tidak-ada-praktik-ini");
    expect(api.status).toBe(404);
    expect(await api.json()).toEqual({ error: { status: 404, issues: [] } });

    const audit = await get("/admin/audit", await cookieFor(DEMO.devSumedang));
    expect(audit.status).toBe(403);
    expect(await audit.text()).toContain("Akses ditolak");
  });
});
