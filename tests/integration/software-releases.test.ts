// A release's source archive is stored once, its checksum shown, and downloaded byte for byte.
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";

const root = mkdtempSync(path.join(tmpdir(), "releases-"));
process.env.FILE_STORE_DIR = root;

const { createSession } = await import("../../app/auth/session.server");
const { db } = await import("../../app/db.server");
const { action: addRelease } = await import("../../app/routes/software.$slug.releases");
const { loader: archive } = await import("../../app/routes/releases.$id.archive");
const { loader: entryPage } = await import("../../app/routes/software.$slug._index");

afterAll(() => rmSync(root, { recursive: true, force: true }));

const ARCHIVE = gzipSync(Buffer.from("src/index.php\n<?php echo 'e-Naskah';\n".repeat(50)));

function storedFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(root);
  return out.filter((f) => !f.includes(`${path.sep}.tmp${path.sep}`));
}

async function post(slug: string, email: string, version: string) {
  const user = await db().user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const { token } = await createSession(user.id, { ip: null, userAgent: null });
  const form = new FormData();
  form.set("version", version);
  form.set("releaseDate", "2026-11-01");
  form.set("changelog", "Perbaikan keamanan.");
  form.set("archive", new File([new Uint8Array(ARCHIVE)], "e-naskah-src.tar.gz"));
  const request = new Request(`http://localhost/software/${slug}/releases`, {
    method: "POST",
    body: form,
    headers: { Cookie: `ll_session=${token}` },
  });
  try {
    return (await addRelease({
      request,
      params: { slug },
      context: { cspNonce: "t" },
    } as never)) as Response;
  } catch (thrown) {
    return thrown as Response;
  }
}

describe("software releases", () => {
  it("store a source archive once, show its checksum, and return the same bytes", async () => {
    const first = await post("e-naskah", "dev.sumedang@demo.livinglab.id", "9.0.0");
    expect(first.status).toBe(303);
    expect(first.headers.get("Location")).toBe("/software/e-naskah?release=added#releases");
    await post("e-naskah", "dev.sumedang@demo.livinglab.id", "9.0.1");
    expect(storedFiles()).toHaveLength(1);
    const expected = createHash("sha256").update(ARCHIVE).digest("hex");
    const releases = await db().softwareRelease.findMany({
      where: { software: { slug: "e-naskah" }, version: { in: ["9.0.0", "9.0.1"] } },
    });
    expect(releases.map((r) => r.sha256)).toEqual([expected, expected]);

    const page = await entryPage({
      request: new Request("http://localhost/software/e-naskah"),
      params: { slug: "e-naskah" },
      context: {},
    } as never);
    expect(page.entry.releases.find((r) => r.version === "9.0.0")?.sha256).toBe(expected);

    const response = (await archive({
      request: new Request("http://localhost/"),
      params: { id: releases[0]!.id },
      context: {},
    } as never)) as Response;
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(Buffer.from(await response.arrayBuffer()).equals(ARCHIVE)).toBe(true);
  });

  it("refuse a release from another region, and a duplicate version", async () => {
    expect((await post("e-naskah", "dev.bandung@demo.livinglab.id", "9.9.9")).status).toBe(403);
    const again = await post("e-naskah", "dev.sumedang@demo.livinglab.id", "9.0.0");
    expect(again.headers.get("Location")).toBe(
      "/software/e-naskah?release=release.error.exists#releases",
    );
  });
});
