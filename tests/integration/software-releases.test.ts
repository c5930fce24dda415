// A release's source archive is stored once, its checksum shown, and downloaded byte for byte; a
// refused or broken-off release leaves no file behind.
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { storedFiles as storedUnder, temporaryFiles as temporaryUnder } from "../support/files";
import { thrownResponse } from "../support/responses";

const root = mkdtempSync(path.join(tmpdir(), "releases-"));
process.env.FILE_STORE_DIR = root;

const { cookieFor } = await import("../support/actors");
const { db } = await import("../../app/db.server");
const { action: addRelease } = await import("../../app/routes/software.$slug.releases");
const { loader: archive } = await import("../../app/routes/releases.$id.archive");
const { loader: entryPage } = await import("../../app/routes/software.$slug._index");

afterAll(() => rmSync(root, { recursive: true, force: true }));

const ARCHIVE = gzipSync(Buffer.from("src/index.php\n<?php echo 'e-Naskah';\n".repeat(50)));

/** Temporary files of uploads (`<root>/.tmp/*.part`). */
const temporaryFiles = () => temporaryUnder(root);
const storedFiles = () => storedUnder(root);

async function post(
  slug: string,
  email: string,
  version: string,
  options: { archive?: Buffer; releaseDate?: string } = {},
) {
  const form = new FormData();
  form.set("version", version);
  form.set("releaseDate", options.releaseDate ?? "2026-11-01");
  form.set("changelog", "Perbaikan keamanan.");
  form.set(
    "archive",
    new File([new Uint8Array(options.archive ?? ARCHIVE)], "e-naskah-src.tar.gz"),
  );
  const request = new Request(`http://localhost/software/${slug}/releases`, {
    method: "POST",
    body: form,
    headers: { Cookie: await cookieFor(email) },
  });
  try {
    return (await addRelease({
      request,
      params: { slug },
      context: { cspNonce: "t" },
    } as never)) as Response;
  } catch (thrown) {
    return thrownResponse(thrown, "resource");
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

  it("leave no new file when refused after the archive was stored: duplicate version, bad fields", async () => {
    const before = storedFiles();
    const other = gzipSync(Buffer.from("src/other.php\n<?php echo 'lain';\n".repeat(40)));
    const duplicate = await post("e-naskah", "dev.sumedang@demo.livinglab.id", "9.0.0", {
      archive: other,
    });
    expect(duplicate.headers.get("Location")).toContain("release=release.error.exists");
    const badDate = await post("e-naskah", "dev.sumedang@demo.livinglab.id", "9.1.0", {
      archive: other,
      releaseDate: "1 November 2026",
    });
    expect(badDate.headers.get("Location")).toContain("release=adoption.error.date");
    const noVersion = await post("e-naskah", "dev.sumedang@demo.livinglab.id", "", {
      archive: other,
    });
    expect(noVersion.headers.get("Location")).toContain("release=release.error.version");
    expect(storedFiles()).toEqual(before);
    expect(temporaryFiles()).toEqual([]);
    const sha = createHash("sha256").update(other).digest("hex");
    expect(await db().storedFile.findUnique({ where: { sha256: sha } })).toBeNull();
    expect(await db().softwareRelease.count({ where: { version: { in: ["9.1.0", ""] } } })).toBe(0);
  });

  it("keep the file when a refused release's archive is the same bytes another release holds", async () => {
    const before = storedFiles();
    expect(before).toHaveLength(1);
    const again = await post("e-naskah", "dev.sumedang@demo.livinglab.id", "9.0.1");
    expect(again.headers.get("Location")).toContain("release=release.error.exists");
    expect(storedFiles()).toEqual(before);
    const kept = await db().softwareRelease.findFirstOrThrow({
      where: { software: { slug: "e-naskah" }, version: "9.0.0" },
    });
    const response = (await archive({
      request: new Request("http://localhost/"),
      params: { id: kept.id },
      context: {},
    } as never)) as Response;
    expect(Buffer.from(await response.arrayBuffer()).equals(ARCHIVE)).toBe(true);
  });

  it("leave neither a file nor a temporary file when the upload breaks off, during or after the archive", async () => {
    const before = storedFiles();
    const fresh = gzipSync(randomBytes(256 * 1024)); // incompressible: the cut falls inside it
    const form = new FormData();
    form.set("archive", new File([new Uint8Array(fresh)], "putus.tar.gz"));
    form.set("version", "9.2.0");
    form.set("releaseDate", "2026-11-02");
    const encoded = new Response(form);
    const contentType = encoded.headers.get("Content-Type")!;
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const archiveEnd = Buffer.from(bytes).indexOf(Buffer.from('name="version"'));
    expect(archiveEnd).toBeGreaterThan(fresh.length);
    const cookie = await cookieFor("dev.sumedang@demo.livinglab.id");
    // Cut in the middle of the archive, then just after it (the archive complete and stored).
    for (const cut of [Math.floor(archiveEnd / 2), archiveEnd]) {
      expect(cut).toBeGreaterThan(fresh.length / 3);
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        // The bytes before the cut arrive; the next read fails, as when the connection drops.
        pull(controller) {
          if (sent) controller.error(new Error("the client went away"));
          else controller.enqueue(bytes.subarray(0, cut));
          sent = true;
        },
      });
      const request = new Request("http://localhost/software/e-naskah/releases", {
        method: "POST",
        body,
        headers: { Cookie: cookie, "Content-Type": contentType },
        duplex: "half",
      } as RequestInit);
      await expect(
        addRelease({ request, params: { slug: "e-naskah" }, context: { cspNonce: "t" } } as never),
      ).rejects.toThrow("the client went away");
      expect(storedFiles(), `cut at ${cut}`).toEqual(before);
      expect(temporaryFiles(), `cut at ${cut}`).toEqual([]);
    }
    expect(await db().softwareRelease.count({ where: { version: "9.2.0" } })).toBe(0);
  });
});
