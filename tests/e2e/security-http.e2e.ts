// The security issue's probes, replayed over HTTP against the running portal: poisoned Host
// headers, oversized bodies, NUL bytes and malformed multipart on every route, TRACE, the CSRF
// scheme check, personal pages' caching, and a password change without JavaScript.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import path from "node:path";
import type { Browser } from "playwright-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";
import { launchBrowser } from "./support/browser";
import { DEMO_PASSWORD } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const base = new URL(baseUrl);

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: string;
}

/** A request through node:http, which (unlike fetch) sends any Host and method as given. */
function raw(
  method: string,
  pathname: string,
  options: { headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: base.hostname, port: base.port, method, path: pathname, headers: options.headers },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            rawHeaders: response.rawHeaders,
            body,
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

async function signInCookie(email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
    body: new URLSearchParams({ email, password }).toString(),
  });
  expect(response.status, `sign-in of ${email}`).toBe(302);
  const token = /ll_session=([a-z2-7]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
  return `ll_session=${token}`;
}

let developer: string;
let admin: string;

beforeAll(async () => {
  developer = await signInCookie("dev.sumedang@demo.livinglab.id");
  admin = await signInCookie("admin@demo.livinglab.id");
});

describe("links come from configuration, never from the request's Host", () => {
  it("refuses a reset requested with a foreign Host, and no mail links to that host", async () => {
    const poisoned = await raw("POST", "/forgot-password", {
      headers: {
        Host: "evil.example",
        Origin: "http://evil.example",
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "email=sekda.sumedang%40demo.livinglab.id",
    });
    expect(poisoned.status).toBe(400);
    expect(poisoned.body).toContain("Portal ini tidak melayani nama host tersebut");

    // The same request for the portal's own host is mailed with the configured origin.
    const honest = await fetch(`${baseUrl}/forgot-password`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
      body: "email=sekda.sumedang%40demo.livinglab.id",
    });
    expect(honest.status).toBeLessThan(400);
    const outbox = await (await fetch(`${baseUrl}/outbox`, { headers: { Cookie: admin } })).text();
    expect(outbox).toContain(`${baseUrl}/reset-password/`);
    expect(outbox).not.toContain("evil.example");
  });

  it("answers a load balancer's health check for any host", async () => {
    const health = await raw("GET", "/healthz", { headers: { Host: "10.1.2.3:3000" } });
    expect(health.status).toBe(200);
  });

  it("does not start in production on an external database without PUBLIC_URL", async () => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/start.ts")],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          NODE_ENV: "production",
          DATABASE_URL: "postgresql://nobody:secret@127.0.0.1:1/none",
          PUBLIC_URL: "",
          PORT: "0",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(output).toContain("PUBLIC_URL is required in production");
  });
});

describe("request bodies are limited while they stream", () => {
  it("refuses a 400 MB form post to /login at once, before reading it", async () => {
    const started = performance.now();
    const response = await new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          host: base.hostname,
          port: base.port,
          method: "POST",
          path: "/login",
          headers: {
            Origin: baseUrl,
            "Content-Type": "application/x-www-form-urlencoded",
            "Content-Length": String(400 * 1024 * 1024),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          request.destroy();
        },
      );
      request.on("error", () => undefined);
      request.on("close", () => resolve(0));
      // Only the first megabyte is ever sent: the answer must not wait for the rest.
      request.write(Buffer.alloc(1024 * 1024, "a"), (error) => error && reject(error));
    });
    expect(response).toBe(413);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("refuses a chunked body once it passes the limit, while it is still being sent", async () => {
    let sent = 0;
    const status = await new Promise<number>((resolve) => {
      const request = http.request(
        {
          host: base.hostname,
          port: base.port,
          method: "POST",
          path: "/login",
          headers: { Origin: baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          request.destroy();
        },
      );
      request.on("error", () => undefined);
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        // At most 60 MB; the portal answers long before.
        while (sent < 60 * 1024 * 1024 && !request.destroyed) {
          sent += chunk.length;
          if (!request.write(chunk)) return void request.once("drain", pump);
        }
      };
      pump();
    });
    expect(status).toBe(413);
    expect(sent).toBeLessThan(30 * 1024 * 1024);
  });
});

// Every page and API route, each with a NUL byte in its path and in its query.
const GET_ROUTES = [
  "/",
  "/practices",
  "/practices/pengaduan-terpadu-sumedang",
  "/practices/pengaduan-terpadu-sumedang/revisions",
  "/practices/feed.atom",
  "/software",
  "/software/siaduan",
  "/software/siaduan/publiccode.yml",
  "/regions",
  "/regions/32.11",
  "/regions/32.11/members",
  "/spbe",
  "/spbe/indicators/1",
  "/search",
  "/login",
  "/request-account",
  "/forgot-password",
  "/reset-password/abc",
  "/invitations/abc",
  "/outbox",
  "/api/search",
  "/api/practices",
  "/api/practices/pengaduan-terpadu-sumedang",
  "/api/software",
  "/api/regions",
  "/api/provinces",
  "/api/spbe",
  "/attachments/abc",
  "/files/abc",
  "/releases/abc/archive",
];

describe("bad input is a 400 with a message, never a 500", () => {
  it("answers a NUL byte in any path or query parameter with 400", async () => {
    const answers: string[] = [];
    for (const route of GET_ROUTES) {
      for (const url of [`${route}/%00`, `${route}?q=%00&page=%00&type=a%00b`]) {
        const response = await fetch(`${baseUrl}${url}`, { headers: { Cookie: developer } });
        answers.push(`${response.status} ${url}`);
        expect(response.status, url).toBe(400);
        if (url.startsWith("/api/")) {
          expect((await response.json()) as { error: string }).toMatchObject({
            error: expect.stringContaining("NUL"),
          });
        } else expect(await response.text()).toContain("karakter kendali");
      }
    }
    expect(answers).toHaveLength(GET_ROUTES.length * 2);
  });

  it("answers TRACE with 405 and a broken percent-encoding with 400", async () => {
    const trace = await raw("TRACE", "/");
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toContain("GET");
    expect((await fetch(`${baseUrl}/practices/%E0%A4%A`)).status).toBe(400);
  });

  const MALFORMED: Record<string, { type: string; body: string }> = {
    "no boundary": {
      type: "multipart/form-data",
      body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n',
    },
    "wrong boundary": {
      type: "multipart/form-data; boundary=zzz",
      body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n',
    },
    "empty body": { type: "multipart/form-data; boundary=x", body: "" },
    unterminated: {
      type: "multipart/form-data; boundary=x",
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4',
    },
    "part without Content-Disposition": {
      type: "multipart/form-data; boundary=x",
      body: "--x\r\nContent-Type: text/plain\r\n\r\nb\r\n--x--\r\n",
    },
    "CRLF in a file name": {
      type: "multipart/form-data; boundary=x",
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a\r\nb.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--x--\r\n',
    },
    'a file named a";b=c.pdf': {
      type: "multipart/form-data; boundary=x",
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a";b=c.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--x--\r\n',
    },
    "NUL in text fields": {
      type: "application/x-www-form-urlencoded",
      body: "title=a%00b&summary=x%00&body=x%00&question=x%00&name=x%00&email=a%00%40b.c&version=1%00&intent=ask",
    },
  };
  const POST_ROUTES = [
    "/login",
    "/request-account",
    "/forgot-password",
    "/practices/new",
    "/practices/pengaduan-terpadu-sumedang",
    "/practices/pengaduan-terpadu-sumedang/edit",
    "/practices/pengaduan-terpadu-sumedang/attachments",
    "/software/new",
    "/software/siaduan",
    "/software/siaduan/edit",
    "/software/siaduan/releases",
    "/invitations/new",
    "/account",
    "/account/password",
    "/language",
    "/api/software/validate",
    "/markdown-preview",
  ];

  it("answers malformed multipart and NUL bytes on every form route with a 4xx, never a 500", async () => {
    const failures: string[] = [];
    let probes = 0;
    for (const route of POST_ROUTES) {
      for (const [name, probe] of Object.entries(MALFORMED)) {
        const response = await fetch(`${baseUrl}${route}`, {
          method: "POST",
          redirect: "manual",
          headers: { "Content-Type": probe.type, Origin: baseUrl, Cookie: developer },
          body: probe.body,
        });
        probes += 1;
        // A redirect (303 back to the form with its outcome) is an answer too; a 5xx is not.
        if (response.status >= 500) failures.push(`${response.status} ${route}: ${name}`);
      }
    }
    expect(failures).toEqual([]);
    expect(probes).toBe(POST_ROUTES.length * Object.keys(MALFORMED).length);
  });

  it("says what was wrong with a malformed upload, in the user's language", async () => {
    const response = await fetch(`${baseUrl}/practices/pengaduan-terpadu-sumedang/attachments`, {
      method: "POST",
      headers: {
        "Content-Type": MALFORMED["part without Content-Disposition"]!.type,
        Accept: "application/json",
        Origin: baseUrl,
        Cookie: `${developer}; lang=en`,
      },
      body: MALFORMED["part without Content-Disposition"]!.body,
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      ok: false,
      message: expect.stringContaining("The form could not be read"),
    });
  });
});

describe("origins, caching and headers", () => {
  it("refuses a POST whose Origin names this host with another scheme", async () => {
    const response = await fetch(`${baseUrl}/login`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: `https://${base.host}`,
      },
      body: new URLSearchParams({ email: "admin@demo.livinglab.id", password: DEMO_PASSWORD }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("lets a mail program's one-click unsubscribe through from its own origin, and nothing else", async () => {
    const token = randomBytes(32).toString("base64url");
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    await client.connect();
    let userId = "";
    try {
      const user = await client.query<{ id: string }>(
        `SELECT id FROM "User" WHERE email = 'sekda.sumedang@demo.livinglab.id'`,
      );
      userId = user.rows[0]!.id;
      await client.query(
        `INSERT INTO "UnsubscribeToken" (token, "userId", kind) VALUES ($1, $2::uuid, 'tracker.comment')
         ON CONFLICT ("userId", kind) DO UPDATE SET token = EXCLUDED.token`,
        [token, userId],
      );
      const oneClick = (path: string) =>
        fetch(`${baseUrl}${path}`, {
          method: "POST",
          redirect: "manual",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            Origin: "https://mail.example.com",
          },
          body: "List-Unsubscribe=One-Click",
        });
      // RFC 8058: the mail program POSTs from elsewhere; the token is the credential.
      expect((await oneClick(`/unsubscribe/${token}`)).status).toBe(200);
      const preference = await client.query<{ frequency: string }>(
        `SELECT frequency FROM "NotificationPreference" WHERE "userId" = $1::uuid AND kind = 'tracker.comment'`,
        [userId],
      );
      expect(preference.rows[0]?.frequency).toBe("OFF");
      expect((await oneClick(`/unsubscribe/${"x".repeat(43)}`)).status).toBe(404);
      // The exception is that one path: any other write from a foreign origin is still refused.
      expect((await oneClick(`/unsubscribe/${token}/more`)).status).toBe(403);
      expect((await oneClick("/notifications")).status).toBe(403);
    } finally {
      await client.query(
        `DELETE FROM "NotificationPreference" WHERE "userId" = $1::uuid AND kind = 'tracker.comment'`,
        [userId],
      );
      await client.end();
    }
  });

  it("marks every signed-in page private, no-store, and sends nosniff once on downloads", async () => {
    for (const pathname of ["/account", "/dashboard", "/practices", "/", "/api/search?q=tte"]) {
      const response = await fetch(`${baseUrl}${pathname}`, { headers: { Cookie: developer } });
      expect(response.headers.get("cache-control"), pathname).toBe("private, no-store");
    }
    const download = await raw("GET", "/software/siaduan/publiccode.yml");
    expect(download.status).toBe(200);
    const nosniff = download.rawHeaders.filter(
      (_, index) =>
        index % 2 === 0 && download.rawHeaders[index]?.toLowerCase() === "x-content-type-options",
    );
    expect(nosniff).toHaveLength(1);
  });
});

describe("a password change by a plain form post (no JavaScript)", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("keeps the user signed in with a new session", async () => {
    const email = "dev.bandung@demo.livinglab.id";
    const newPassword = "Kopi-Sumedang-Tahu-Bulat-2026";
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const change = async (current: string, next: string) => {
      await page.goto(`${baseUrl}/account/password`);
      await page.getByLabel("Kata sandi saat ini").fill(current);
      await page.getByLabel("Kata sandi baru", { exact: true }).fill(next);
      await page.getByLabel("Ulangi kata sandi baru").fill(next);
      await page.getByRole("button", { name: "Ganti kata sandi" }).click();
      await page.waitForURL(`${baseUrl}/account/password?changed=1`);
    };
    try {
      await page.goto(`${baseUrl}/login`);
      await page.getByLabel("Alamat surel").fill(email);
      await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Masuk" }).last().click();
      await page.waitForURL(`${baseUrl}/dashboard`);
      await change(DEMO_PASSWORD, newPassword);
      expect(await page.textContent("main")).toContain("Kata sandi telah diganti");
      await page.goto(`${baseUrl}/account`);
      expect(page.url()).toBe(`${baseUrl}/account`);
      expect(await page.textContent("main")).toContain(email);
    } finally {
      // The demo password again, for the other browser tests.
      await change(newPassword, DEMO_PASSWORD).catch(() => undefined);
      await context.close();
    }
  });
});
