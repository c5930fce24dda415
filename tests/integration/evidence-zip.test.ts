// Bulk upload of evidence as a ZIP with indicator folders: a good ZIP becomes one record per file
// for its folder's indicator; a ZIP with one bad entry is refused by that entry's path and keeps
// nothing (no records, no audit entry, no bytes on disk).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strToU8, zipSync, type Zippable } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { filesUnder, PDF } from "../support/files";

const root = mkdtempSync(path.join(tmpdir(), "evidence-zip-"));
process.env.FILE_STORE_DIR = root;
process.env.FILE_MAX_BYTES = String(256 * 1024);

const { DEMO, sessionFor } = await import("../support/accounts");
const { db } = await import("../../app/db.server");
const { action } = await import("../../app/routes/regions.$code.evidence.$year.zip");
const { translator } = await import("../../app/i18n/translate");
const { status: statusOf } = await import("../support/responses");

afterAll(() => rmSync(root, { recursive: true, force: true }));

const CODE = "32.11";
const YEAR = 2024;

/** A distinct minimal PDF (same magic bytes, different content so the store keeps each). */
function pdf(label: string): Uint8Array {
  return new Uint8Array(Buffer.concat([PDF, Buffer.from(`% ${label}\n`)]));
}

async function send(
  zip: Uint8Array,
  email: string = DEMO.devSumedang,
  fields: Record<string, string> = { level: "3", effectiveDate: `${YEAR}-02-01` },
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set("zip", new File([new Uint8Array(zip)], "bukti.zip", { type: "application/zip" }));
  const { cookie } = await sessionFor(email);
  const request = new Request(`http://localhost/regions/${CODE}/evidence/${YEAR}/zip`, {
    method: "POST",
    body: form,
    headers: { Cookie: cookie, Origin: "http://localhost" },
  });
  const answer = await action({
    request,
    params: { code: CODE, year: String(YEAR) },
    context: { cspNonce: "t" },
  } as never);
  const body = answer as unknown as { data: Record<string, unknown>; init: { status: number } };
  return { status: body.init.status, data: body.data };
}

const records = () => db().evidenceRecord.count({ where: { regionCode: CODE, year: YEAR } });

describe("evidence ZIP upload", () => {
  it("makes one private record per file, for its folder's indicator, titled from the file name", async () => {
    const zip = zipSync({
      "18/Perbup_TIK 2024.pdf": pdf("perbup"),
      "18/SK Tim SPBE.pdf": pdf("sk"),
      "bukti/3": {},
      "bukti/3/Renstra.pdf": pdf("renstra"),
      "__MACOSX/18/._Perbup_TIK 2024.pdf": strToU8("finder"),
      ".DS_Store": strToU8("finder"),
    } as Zippable);
    const { status, data } = await send(zip);
    expect(status, JSON.stringify(data)).toBe(200);
    const imported = data.imported as Array<{ id: string; indicator: number; title: string }>;
    expect(imported.map((r) => [r.indicator, r.title]).sort()).toEqual([
      [18, "Perbup TIK 2024"],
      [18, "SK Tim SPBE"],
      [3, "Renstra"],
    ]);
    const saved = await db().evidenceRecord.findMany({
      where: { id: { in: imported.map((r) => r.id) } },
      select: {
        year: true,
        level: true,
        visibility: true,
        indicators: { select: { indicator: { select: { number: true } } } },
        files: { select: { versions: { select: { originalName: true, sha256: true } } } },
      },
    });
    expect(saved).toHaveLength(3);
    for (const record of saved) {
      expect(record).toMatchObject({ year: YEAR, level: 3, visibility: "PRIVATE" });
      expect(record.files).toHaveLength(1);
    }
    const renstra = saved.find((r) => r.indicators[0]!.indicator.number === 3)!;
    expect(renstra.files[0]!.versions[0]!.originalName).toBe("Renstra.pdf");
    // The three files are on disk, once each.
    expect(filesUnder(root).filter((f) => !f.startsWith(".")).length).toBe(3);
    const audit = await db().auditEvent.findFirst({
      where: { action: "evidence.zip_imported", regionCode: CODE },
    });
    expect(audit).not.toBeNull();
  });

  it("imports nothing when one entry is bad, names it, and leaves the disk as it was", async () => {
    const before = await records();
    const disk = filesUnder(root);
    const cases: Array<[Zippable, string, RegExp]> = [
      [{ "18/baik.pdf": pdf("a1"), "999/salah.pdf": pdf("a2") }, "999/salah.pdf", /bukan nomor/],
      [{ "18/baik.pdf": pdf("b1"), "18/kosong.pdf": new Uint8Array(0) }, "18/kosong.pdf", /kosong/],
      [
        { "18/baik.pdf": pdf("c1"), "18/skrip.pdf": strToU8("<!doctype html><script>1</script>") },
        "18/skrip.pdf",
        /./,
      ],
      [{ "18/baik.pdf": pdf("d1"), "18/../../etc/x.pdf": pdf("d2") }, "18/../../etc/x.pdf", /aman/],
      [{ "18/baik.pdf": pdf("e1"), "lepas.pdf": pdf("e2") }, "lepas.pdf", /folder/],
    ];
    for (const [entries, badPath, message] of cases) {
      const { status, data } = await send(zipSync(entries));
      expect(status, badPath).toBe(400);
      expect(data.formError).toBe("evidenceZip.error.badEntries");
      const problems = data.problems as Array<{ path: string; message: string }>;
      expect(problems.map((p) => p.path)).toEqual([badPath]);
      const p = problems[0]! as { path: string; message: never; params?: never };
      expect(translator("id")(p.message, p.params)).toMatch(message);
    }
    // An entry larger than the file store takes.
    const big = new Uint8Array(Buffer.concat([PDF, Buffer.alloc(300 * 1024, 32)]));
    const tooLarge = await send(zipSync({ "18/baik.pdf": pdf("f1"), "18/besar.pdf": big }));
    expect((tooLarge.data.problems as Array<{ path: string }>).map((p) => p.path)).toEqual([
      "18/besar.pdf",
    ]);
    // A zip bomb: a few hundred KB that inflate far past the limit.
    const bomb: Zippable = {};
    for (let i = 0; i < 30; i++) bomb[`18/bom-${i}.pdf`] = new Uint8Array(8 * 1024 * 1024);
    const bombed = await send(zipSync(bomb, { level: 9 }));
    expect(bombed.status).toBe(400);
    expect((bombed.data.problems as Array<{ message: string }>)[0]!.message).toMatch(
      /bomb|tooLarge/,
    );
    // Too many entries.
    const many: Zippable = {};
    for (let i = 0; i < 201; i++) many[`18/f${i}.pdf`] = pdf(`m${i}`);
    const crowded = await send(zipSync(many));
    expect((crowded.data.problems as Array<{ message: string }>)[0]!.message).toBe(
      "evidenceZip.error.tooManyEntries",
    );
    expect(await records()).toBe(before);
    expect(filesUnder(root)).toEqual(disk);
  });

  it("refuses people who may not write the region's evidence and keeps nothing", async () => {
    const before = await records();
    expect(await statusOf(send(zipSync({ "18/baik.pdf": pdf("x") }), DEMO.devBandung))).toBe(403);
    expect(await records()).toBe(before);
  });
});
