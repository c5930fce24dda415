// Attachments: refused files leave nothing on disk; a draft's attachment is 404 for outsiders.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { filesUnder, PDF, sendAttachment, storedFiles } from "../support/files";
import { status } from "../support/responses";

const root = mkdtempSync(path.join(tmpdir(), "attachments-"));
process.env.FILE_STORE_DIR = root;
process.env.FILE_MAX_BYTES = String(64 * 1024);

const { cookieFor } = await import("../support/actors");
const { db } = await import("../../app/db.server");
const { action: upload } = await import("../../app/routes/practices.$slug.attachments");
const { loader: byId } = await import("../../app/routes/attachments.$id");
const { loader: byHash } = await import("../../app/routes/files.$sha256");

afterAll(() => rmSync(root, { recursive: true, force: true }));

const send = (slug: string, name: string, bytes: Buffer, cookie: string) =>
  sendAttachment(upload, slug, name, bytes, cookie);

describe("practice attachments", () => {
  it("send a plain form post (no JavaScript) back to the edit page with the outcome", async () => {
    const cookie = await cookieFor("dev.sumedang@demo.livinglab.id");
    const form = new FormData();
    form.set("file", new File([new Uint8Array(Buffer.alloc(0))], "kosong.pdf"));
    const request = new Request(
      "http://localhost/practices/pengaduan-terpadu-sumedang/attachments",
      { method: "POST", body: form, headers: { Cookie: cookie } },
    );
    const response = (await upload({
      request,
      params: { slug: "pengaduan-terpadu-sumedang" },
      context: { cspNonce: "t" },
    } as never)) as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(
      "/practices/pengaduan-terpadu-sumedang/edit?upload=upload.error.empty#attachments-title",
    );
  });

  it("refuses a disguised HTML file, an empty file, a ../ name and an oversized file, leaving nothing on disk", async () => {
    const cookie = await cookieFor("dev.sumedang@demo.livinglab.id");
    const slug = "pengaduan-terpadu-sumedang";
    const html = await send(
      slug,
      "laporan.pdf",
      Buffer.from("<!doctype html><html><script>alert(1)</script></html>"),
      cookie,
    );
    expect(html.status).toBe(400);
    expect(html.body.message).toMatch(/tidak diizinkan|bukan|Isi berkas/);
    expect((await send(slug, "kosong.pdf", Buffer.alloc(0), cookie)).body.message).toBe(
      "Berkas kosong (0 bita) tidak dapat diunggah.",
    );
    expect((await send(slug, "../../etc/passwd.pdf", PDF, cookie)).status).toBe(400);
    const big = Buffer.concat([PDF, Buffer.alloc(100 * 1024, 65)]);
    expect((await send(slug, "besar.pdf", big, cookie)).body.message).toMatch(/terlalu besar/);
    expect(filesUnder(root)).toEqual([]);
    expect(await db().practiceAttachment.count({ where: { practice: { slug } } })).toBe(0);
  });

  it("stores a PDF once, serves the same bytes as an attachment, and refuses writes from another region", async () => {
    const cookie = await cookieFor("dev.sumedang@demo.livinglab.id");
    const first = await send("pengaduan-terpadu-sumedang", "sop aduan.pdf", PDF, cookie);
    expect(first).toEqual({
      status: 200,
      body: { ok: true, message: "Lampiran sop aduan.pdf telah ditambahkan." },
    });
    await send("tte-naskah-dinas-sumedang", "salinan.pdf", PDF, cookie);
    expect(storedFiles(root)).toHaveLength(1);
    const attachment = await db().practiceAttachment.findFirstOrThrow({
      where: { practice: { slug: "pengaduan-terpadu-sumedang" } },
    });
    const response = (await byId({
      request: new Request("http://localhost/"),
      params: { id: attachment.id },
      context: {},
    } as never)) as Response;
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);

    const other = await cookieFor("dev.bandung@demo.livinglab.id");
    expect(await status(() => send("pengaduan-terpadu-sumedang", "x.pdf", PDF, other))).toBe(403);
  });

  it("answers 404 to an anonymous request for a private draft's attachment, by its URL or its hash", async () => {
    const cookie = await cookieFor("dev.sumedang@demo.livinglab.id");
    await db().practice.create({
      data: {
        slug: "draf-dengan-lampiran",
        regionCode: "32.11",
        title: "Draf dengan lampiran",
        summary: "Belum terbit.",
        sector: "data",
        stage: "IDEA",
        year: 2026,
        tags: [],
        status: "DRAFT",
      },
    });
    const secret = Buffer.concat([PDF, Buffer.from("% rahasia\n")]);
    expect((await send("draf-dengan-lampiran", "rahasia.pdf", secret, cookie)).status).toBe(200);
    const attachment = await db().practiceAttachment.findFirstOrThrow({
      where: { practice: { slug: "draf-dengan-lampiran" } },
    });
    const anonymous = new Request("http://localhost/");
    expect(
      await status(() =>
        byId({ request: anonymous, params: { id: attachment.id }, context: {} } as never),
      ),
    ).toBe(404);
    expect(
      await status(() =>
        byHash({ request: anonymous, params: { sha256: attachment.sha256 }, context: {} } as never),
      ),
    ).toBe(404);
    const outsider = new Request("http://localhost/", {
      headers: { Cookie: await cookieFor("dev.bandung@demo.livinglab.id") },
    });
    expect(
      await status(() =>
        byHash({ request: outsider, params: { sha256: attachment.sha256 }, context: {} } as never),
      ),
    ).toBe(404);
    const insider = new Request("http://localhost/", {
      headers: { Cookie: cookie },
    });
    expect(
      await status(() =>
        byHash({ request: insider, params: { sha256: attachment.sha256 }, context: {} } as never),
      ),
    ).toBe(200);
  });
});
