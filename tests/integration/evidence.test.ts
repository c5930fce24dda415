// Evidence records as a region's people, its peers, the centre and the public meet them: the form
// saves a record with several files, the background extraction reads them, who may read a record
// may download its files (anyone else gets 404, by id or by hash), refused uploads leave nothing on
// disk, and sharing a record whose files hold personal data needs a confirmation that is audited.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPdf } from "../../scripts/lib/demo-documents";
import { filesUnder, PDF, storedFiles } from "../support/files";
import { status } from "../support/responses";
import type { EvidenceFormAnswer } from "../../app/modules/evidence/evidence-form";

const root = mkdtempSync(path.join(tmpdir(), "evidence-"));
process.env.FILE_STORE_DIR = root;
process.env.FILE_MAX_BYTES = String(256 * 1024);

const { actor, cookieFor } = await import("../support/actors");
const { DEMO } = await import("../support/accounts");
const { db } = await import("../../app/db.server");
const { action: newAction } = await import("../../app/routes/regions.$code.evidence.$year.new");
const { action: recordAction } = await import("../../app/routes/evidence.$id");
const { loader: byId } = await import("../../app/routes/evidence-files.$id");
const { loader: byHash } = await import("../../app/routes/files.$sha256");
const { getEvidenceBoard, getEvidenceView } =
  await import("../../app/modules/evidence/evidence-queries.server");
const { createEvidence, updateEvidence } =
  await import("../../app/modules/evidence/evidence-commands.server");
const { drainEvidenceExtraction } =
  await import("../../app/modules/evidence/evidence-extraction.server");

afterAll(() => rmSync(root, { recursive: true, force: true }));

const CODE = "32.11";
const YEAR = 2025;
const VALID_NIK = "3211015708900001"; // Sumedang, born 17-08-1990 (female: day + 40)
const INVALID_NIK = "9999019999999999"; // no kabupaten/kota 99.99, day 99

type Fields = Record<string, string | string[]>;
type JsonAnswer = { ok: boolean; location?: string; answer?: EvidenceFormAnswer };
const BASE: Fields = {
  intent: "save",
  title: "SK Tim Koordinasi SPBE",
  description: "Keputusan bupati tentang tim koordinasi.",
  indicators: ["1", "2"],
  level: "3",
  effectiveDate: "2025-02-10",
  visibility: "private",
};

function multipart(fields: Fields, files: Array<{ name: string; bytes: Uint8Array }>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields))
    for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
  for (const file of files) form.append("files", new File([new Uint8Array(file.bytes)], file.name));
  return form;
}

/** Posts the form as the upload script does (JSON answer); answers status and body. */
async function send(
  url: string,
  fields: Fields,
  files: Array<{ name: string; bytes: Uint8Array }>,
  email: string,
) {
  const request = new Request(`http://localhost${url}`, {
    method: "POST",
    body: multipart(fields, files),
    headers: { Cookie: await cookieFor(email), Accept: "application/json" },
  });
  const route = url.startsWith("/evidence/") ? recordAction : newAction;
  const params = url.startsWith("/evidence/")
    ? { id: url.split("/")[2] ?? "" }
    : { code: CODE, year: String(YEAR) };
  const response = (await route({
    request,
    params,
    context: { cspNonce: "t" },
  } as never)) as Response;
  return { status: response.status, body: (await response.json()) as JsonAnswer };
}

const createForm = (
  fields: Fields,
  files: Array<{ name: string; bytes: Uint8Array }>,
  email = DEMO.devSumedang,
) => send(`/regions/${CODE}/evidence/${YEAR}/new`, { ...BASE, ...fields }, files, email);

const idOf = (body: { location?: string }) =>
  (body.location ?? "").split("?")[0]?.split("/")[2] ?? "";

const textPdf = (lines: string[]) => buildPdf([{ lines }, { lines: ["Lampiran"] }]);

async function download(loader: typeof byId, params: Record<string, string>, email: string | null) {
  const headers: HeadersInit = email ? { Cookie: await cookieFor(email) } : {};
  return status(() =>
    loader({
      request: new Request("http://localhost/", { headers }),
      params,
      context: {},
    } as never),
  );
}

describe("evidence records", () => {
  it("saves a private record with two files at once, PENDING, and the worker reads them", async () => {
    const saved = await createForm({}, [
      { name: "sk-tim.pdf", bytes: await textPdf(["Surat keputusan tim SPBE"]) },
      { name: "notulen.pdf", bytes: await textPdf(["Notulen rapat koordinasi"]) },
    ]);
    expect(saved.status).toBe(200);
    expect(saved.body.ok).toBe(true);
    const id = idOf(saved.body);
    const pending = await db().evidenceFileVersion.findMany({
      where: { file: { evidenceId: id } },
    });
    expect(pending.map((v) => v.originalName).sort()).toEqual(["notulen.pdf", "sk-tim.pdf"]);
    await drainEvidenceExtraction();
    const view = await getEvidenceView(id, await actor(DEMO.devSumedang));
    expect(
      view.files
        .map((f) => [f.versions[0]?.name, f.versions[0]?.extraction, f.versions[0]?.pageCount])
        .sort(),
    ).toEqual([
      ["notulen.pdf", "DONE", 2],
      ["sk-tim.pdf", "DONE", 2],
    ]);
    expect(view.indicators.map((i) => i.number)).toEqual([1, 2]);
    expect(view.visibility).toBe("private");
  });

  it("marks a scanned PDF (pictures only) unreadable, never clean, and asks before sharing it", async () => {
    const scan = await buildPdf([{ picture: true }, { picture: true }]);
    const id = idOf(
      (await createForm({ title: "Pindaian SK" }, [{ name: "pindaian.pdf", bytes: scan }])).body,
    );
    await drainEvidenceExtraction();
    const version = await db().evidenceFileVersion.findFirstOrThrow({
      where: { file: { evidenceId: id } },
    });
    expect(version.extractionState).toBe("UNREADABLE");
    const share = await send(
      `/evidence/${id}`,
      { ...BASE, title: "Pindaian SK", visibility: "public" },
      [],
      DEMO.devSumedang,
    );
    expect(share.status).toBe(409);
    expect(JSON.stringify(share.body)).toContain("pindaian.pdf");
  });

  it("asks to confirm a valid NIK in a PDF before sharing, naming the file, page and masked match, and audits the confirmation without the value", async () => {
    const pdf = await buildPdf([{ lines: ["Daftar hadir"] }, { lines: [`NIK ${VALID_NIK} Siti`] }]);
    const fields = { title: "Daftar hadir rapat", visibility: "members" };
    const asked = await createForm(fields, [{ name: "daftar-hadir.pdf", bytes: pdf }]);
    expect(asked.status).toBe(409);
    expect(asked.body.answer?.personalData?.findings).toEqual([
      { kind: "nik", file: "daftar-hadir.pdf", page: 2, match: "3211********0001", count: 1 },
    ]);
    expect(await db().evidenceRecord.count({ where: { title: fields.title } })).toBe(0);
    expect(storedFiles(root).some((f) => f.includes(pdfHash(pdf)))).toBe(false);

    const confirmed = await createForm({ ...fields, acknowledgePersonalData: "yes" }, [
      { name: "daftar-hadir.pdf", bytes: pdf },
    ]);
    expect(confirmed.status).toBe(200);
    const id = idOf(confirmed.body);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "evidence.personal_data_confirmed", entityId: id },
    });
    expect(audit.details).toMatchObject({
      visibility: "members",
      kinds: { nik: 1 },
      files: ["daftar-hadir.pdf"],
    });
    expect(JSON.stringify(audit.details)).not.toContain("0001");
    // The stored version carries the findings read for this save: nothing waits for the worker.
    const version = await db().evidenceFileVersion.findFirstOrThrow({
      where: { file: { evidenceId: id } },
      include: { findings: true },
    });
    expect(version.extractionState).toBe("DONE");
    expect(version.findings.map((f) => f.match)).toEqual(["3211********0001"]);
  });

  it("shares a PDF with an invalid 16-digit number without asking", async () => {
    const pdf = await textPdf([`Nomor arsip ${INVALID_NIK}`]);
    const saved = await createForm({ title: "Arsip nomor", visibility: "public" }, [
      { name: "arsip.pdf", bytes: pdf },
    ]);
    expect(saved.status).toBe(200);
  });

  it("asks when the record's own text holds personal data", async () => {
    const asked = await createForm(
      {
        title: "Kontak admin",
        description: `Hubungi 0812-3456-7890 atau NIK ${VALID_NIK}`,
        visibility: "public",
      },
      [],
    );
    expect(asked.status).toBe(409);
    expect(JSON.stringify(asked.body)).toContain("3211********0001");
  });

  it("refuses a private record going members-visible while a file still waits for extraction", async () => {
    const me = await actor(DEMO.devSumedang);
    const id = idOf(
      (
        await createForm({ title: "Menunggu dibaca" }, [
          { name: "baru.pdf", bytes: await textPdf(["Isi"]) },
        ])
      ).body,
    );
    // Before the worker ran: the version is PENDING (the create answered at once).
    await db().evidenceFileVersion.updateMany({
      where: { file: { evidenceId: id } },
      data: { extractionState: "PENDING" },
    });
    const raw = { ...BASE, title: "Menunggu dibaca", indicators: [1], visibility: "members" };
    const refused = await updateEvidence(me, id, raw, []);
    expect(refused).toEqual({ status: "extractionPending", files: ["baru.pdf"] });
    await drainEvidenceExtraction();
    expect(await updateEvidence(me, id, raw, [])).toEqual({ status: "saved", id });
  });

  it("lets the region's people and coordinators read a private record and download its files; others get 404 by id and by hash", async () => {
    const pdf = await textPdf(["Dokumen internal"]);
    const id = idOf(
      (await createForm({ title: "Internal" }, [{ name: "internal.pdf", bytes: pdf }])).body,
    );
    const version = await db().evidenceFileVersion.findFirstOrThrow({
      where: { file: { evidenceId: id } },
    });
    for (const email of [DEMO.devSumedang, DEMO.sekdaSumedang, DEMO.coordinator]) {
      expect(await download(byId, { id: version.id }, email)).toBe(200);
      expect(await download(byHash, { sha256: version.sha256 }, email)).toBe(200);
    }
    for (const email of [DEMO.devBandung, null]) {
      expect(await download(byId, { id: version.id }, email)).toBe(404);
      expect(await download(byHash, { sha256: version.sha256 }, email)).toBe(404);
      expect(await status(async () => getEvidenceView(id, email ? await actor(email) : null))).toBe(
        404,
      );
    }
    expect(await download(byId, { id: "../../etc/passwd" }, DEMO.devSumedang)).toBe(404);

    await updateEvidence(
      await actor(DEMO.devSumedang),
      id,
      { ...BASE, title: "Internal", indicators: [1], visibility: "members" },
      [],
    );
    expect(await download(byId, { id: version.id }, DEMO.devBandung)).toBe(200);
    expect(await download(byId, { id: version.id }, null)).toBe(404);
    await updateEvidence(
      await actor(DEMO.devSumedang),
      id,
      { ...BASE, title: "Internal", indicators: [1], visibility: "public" },
      [],
    );
    expect(await download(byHash, { sha256: version.sha256 }, null)).toBe(200);
  });

  it("lets the region's developer and secretary and coordinators write; another region's developer may not", async () => {
    const raw = { ...BASE, indicators: [3] };
    const target = { regionCode: CODE, year: YEAR };
    expect(
      await status(async () => createEvidence(await actor(DEMO.devBandung), target, raw, [])),
    ).toBe(403);
    expect((await createEvidence(await actor(DEMO.sekdaSumedang), target, raw, [])).status).toBe(
      "saved",
    );
    expect((await createEvidence(await actor(DEMO.coordinator), target, raw, [])).status).toBe(
      "saved",
    );
    const me = await actor(DEMO.devSumedang);
    const badLink = { ...raw, links: [{ url: "javascript:alert(1)", label: "x" }] };
    expect(await createEvidence(me, target, badLink, [])).toEqual({
      status: "invalid",
      errors: { "linkUrl-0": "evidence.error.linkUrl" },
    });
    // Above the framework's scale (1-5).
    expect(await createEvidence(me, target, { ...raw, level: "7" }, [])).toEqual({
      status: "invalid",
      errors: { level: "evidence.error.level" },
    });
  });

  it("keeps the old version when a new version of a file is uploaded, with who and when", async () => {
    const id = idOf(
      (
        await createForm({ title: "SOP layanan" }, [
          { name: "sop.pdf", bytes: await textPdf(["SOP v1"]) },
        ])
      ).body,
    );
    const file = await db().evidenceFile.findFirstOrThrow({ where: { evidenceId: id } });
    const answer = await send(
      `/evidence/${id}`,
      { intent: "version", fileId: file.id },
      [{ name: "sop-v2.pdf", bytes: await textPdf(["SOP v2"]) }],
      DEMO.sekdaSumedang,
    );
    expect(answer.status).toBe(200);
    const view = await getEvidenceView(id, await actor(DEMO.devSumedang));
    expect(view.files).toHaveLength(1);
    expect(view.files[0]?.versions.map((v) => [v.number, v.name, v.createdBy !== null])).toEqual([
      [2, "sop-v2.pdf", true],
      [1, "sop.pdf", true],
    ]);
  });

  it("refuses a disguised HTML file, an empty file, a ../ name and an oversized file, leaving nothing on disk", async () => {
    const before = filesUnder(root);
    const count = await db().evidenceRecord.count();
    const refusals = [
      {
        name: "laporan.pdf",
        bytes: Buffer.from("<!doctype html><html><script>alert(1)</script></html>"),
      },
      { name: "kosong.pdf", bytes: Buffer.alloc(0) },
      { name: "../../etc/passwd.pdf", bytes: PDF },
      { name: "besar.pdf", bytes: Buffer.concat([PDF, Buffer.alloc(300 * 1024, 65)]) },
    ];
    for (const file of refusals) {
      const answer = await createForm({ title: "Ditolak" }, [
        { name: "baik.pdf", bytes: await textPdf([file.name]) },
        file,
      ]);
      expect(answer.status, file.name).toBe(400);
    }
    expect(filesUnder(root)).toEqual(before);
    expect(await db().evidenceRecord.count()).toBe(count);
  });

  it("shows the board with every indicator of the framework and the region's records per indicator", async () => {
    const board = await getEvidenceBoard(CODE, YEAR, await actor(DEMO.devSumedang));
    const indicators = await db().frameworkIndicator.count({
      where: { frameworkId: board.framework.id },
    });
    expect(board.total).toBe(indicators);
    const rows = board.domains.flatMap((d) => d.aspects.flatMap((a) => a.indicators));
    expect(rows).toHaveLength(indicators);
    expect(rows.find((r) => r.number === 1)?.records.length).toBeGreaterThan(0);
    const outsider = await getEvidenceBoard(CODE, YEAR, null);
    const publicTitles = outsider.domains.flatMap((d) =>
      d.aspects.flatMap((a) => a.indicators.flatMap((i) => i.records.map((r) => r.visibility))),
    );
    expect(new Set(publicTitles)).toEqual(new Set(["public"]));
  });
});

function pdfHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
