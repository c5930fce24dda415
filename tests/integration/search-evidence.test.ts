// Evidence records in search, through the real commands: a record is indexed when it is saved,
// found by the text the background worker read from its file, shown by its visibility (private:
// the region and the centre; members: any signed-in member; public: everyone), and every change
// (edit, visibility, new file version, extraction, review, ZIP import) reaches both the
// PostgreSQL projection and, when Meilisearch is configured, the outbox.
import { randomInt } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { buildPdf } from "../../scripts/lib/demo-documents";

const root = mkdtempSync(path.join(tmpdir(), "search-evidence-"));
process.env.FILE_STORE_DIR = root;
process.env.FILE_MAX_BYTES = String(256 * 1024);
// No real Meilisearch: the outbox is read and drained by hand below.
delete process.env.MEILI_HOST;

const { actor } = await import("../support/actors");
const { DEMO } = await import("../support/accounts");
const { db, dbPool } = await import("../../app/db.server");
const { fileStore } = await import("../../app/storage/file-store.server");
const { createEvidence, updateEvidence, addEvidenceFileVersion } =
  await import("../../app/modules/evidence/evidence-commands.server");
const { drainEvidenceExtraction } =
  await import("../../app/modules/evidence/evidence-extraction.server");
const { reviewEvidence } = await import("../../app/modules/evidence/evidence-review.server");
const { importEvidenceZip } = await import("../../app/modules/evidence/evidence-zip.server");
const { search, searchEngine, rebuildSearchProjection } =
  await import("../../app/modules/search/search.server");
const { drainSearchOutbox } = await import("../../app/modules/search/search-outbox.server");

type Reader = Awaited<ReturnType<typeof actor>> | null;

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A made-up word no record contains (consonants after a prefix: no stemmer affix). */
function uniqueWord(prefix: string): string {
  const letters = "bcdfgjqvwxz";
  let word = prefix;
  for (let i = 0; i < 7; i += 1) word += letters[randomInt(letters.length)];
  return word;
}

const TARGET = { regionCode: "32.11", year: 2025 };

function fields(title: string, visibility: "private" | "members" | "public", extra = {}) {
  return {
    title,
    description: "Bukti dukung uji pencarian.",
    indicators: ["1", "2"],
    level: "3",
    effectiveDate: "2025-02-10",
    visibility,
    ...extra,
  };
}

async function upload(name: string, lines: string[]) {
  const bytes = await buildPdf([{ lines }, { lines: ["Lampiran"] }]);
  return fileStore().put({ data: new Uint8Array(bytes), originalName: name });
}

const find = (q: string, reader: Reader) => search({ q, filters: {}, page: 1, limit: 10 }, reader);

async function ids(q: string, reader: Reader) {
  return (await find(q, reader)).hits.filter((hit) => hit.type === "evidence").map((h) => h.id);
}

let readers: Record<"anonymous" | "otherRegion" | "ownRegion" | "coordinator", Reader>;

beforeAll(async () => {
  readers = {
    anonymous: null,
    otherRegion: await actor(DEMO.devBandung),
    ownRegion: await actor(DEMO.sekdaSumedang),
    coordinator: await actor(DEMO.coordinator),
  };
  searchEngine();
});

async function saved(result: { status: string; id?: string }): Promise<string> {
  expect(result.status).toBe("saved");
  return (result as { id: string }).id;
}

describe("evidence in search", () => {
  it("finds a record by a word only in its file's text, once the worker has read it, as its visibility allows", async () => {
    const word = uniqueWord("berkas");
    const writer = await actor(DEMO.devSumedang);
    const file = await upload("sk-tim.pdf", ["Surat keputusan tim SPBE", `Kode internal ${word}`]);
    const id = await saved(
      await createEvidence(writer, TARGET, fields("SK Tim Koordinasi uji", "private"), [file]),
    );
    // Private: read in the background; until then the word is not known to search.
    expect(await ids(word, readers.ownRegion)).toEqual([]);
    await drainEvidenceExtraction();
    expect(await ids(word, readers.ownRegion)).toEqual([id]);
    expect(await ids(word, readers.coordinator)).toEqual([id]);
    expect(await ids(word, readers.otherRegion)).toEqual([]);
    expect(await ids(word, readers.anonymous)).toEqual([]);
    const hit = (await find(word, readers.ownRegion)).hits[0]!;
    expect(hit).toMatchObject({
      type: "evidence",
      url: `/evidence/${id}`,
      region: { code: "32.11" },
      province: { code: "32" },
      year: 2025,
    });

    // Shared with members: a member of another region finds it, a visitor still does not.
    await saved(await updateEvidence(writer, id, fields("SK Tim Koordinasi uji", "members"), []));
    expect(await ids(word, readers.otherRegion)).toEqual([id]);
    expect(await ids(word, readers.anonymous)).toEqual([]);
    // Public: everyone.
    await saved(await updateEvidence(writer, id, fields("SK Tim Koordinasi uji", "public"), []));
    expect(await ids(word, readers.anonymous)).toEqual([id]);
    // Private again: gone for the visitor and the other region, in hits and facet counts.
    await saved(await updateEvidence(writer, id, fields("SK Tim Koordinasi uji", "private"), []));
    for (const reader of [readers.anonymous, readers.otherRegion]) {
      const answer = await find(word, reader);
      expect(answer.total).toBe(0);
      expect(answer.facets.type.evidence).toBeUndefined();
      expect(JSON.stringify(answer)).not.toContain(id);
    }
    expect(await ids(word, readers.ownRegion)).toEqual([id]);
  });

  it("follows edits and new file versions: the old text is forgotten, the new one found", async () => {
    const first = uniqueWord("versi");
    const second = uniqueWord("versi");
    const title = uniqueWord("judul");
    const writer = await actor(DEMO.devSumedang);
    const id = await saved(
      await createEvidence(writer, TARGET, fields(`Notulen ${title}`, "private"), [
        await upload("notulen.pdf", [`Notulen rapat ${first}`]),
      ]),
    );
    await drainEvidenceExtraction();
    expect(await ids(first, readers.ownRegion)).toEqual([id]);
    expect(await ids(title, readers.ownRegion)).toEqual([id]);

    const renamed = uniqueWord("judul");
    await saved(await updateEvidence(writer, id, fields(`Notulen ${renamed}`, "private"), []));
    expect(await ids(title, readers.ownRegion)).toEqual([]);
    expect(await ids(renamed, readers.ownRegion)).toEqual([id]);

    const fileName = uniqueWord("lampiran");
    const fileId = (await db().evidenceFile.findFirstOrThrow({ where: { evidenceId: id } })).id;
    await saved(
      await addEvidenceFileVersion(
        writer,
        { evidenceId: id, fileId, acknowledgePersonalData: false },
        await upload(`${fileName}.pdf`, [`Notulen rapat ${second}`]),
      ),
    );
    await drainEvidenceExtraction();
    expect(await ids(second, readers.ownRegion)).toEqual([id]);
    expect(await ids(first, readers.ownRegion)).toEqual([]);
    // The new file's name is searchable too.
    expect(await ids(fileName, readers.ownRegion)).toEqual([id]);
  });

  it("indexes the records of a ZIP import, titled from their file names, with their text", async () => {
    const title = uniqueWord("perbup");
    const word = uniqueWord("isi");
    const zip = zipSync({
      [`18/${title}.pdf`]: new Uint8Array(await buildPdf([{ lines: [`Peraturan ${word}`] }])),
    });
    const result = await importEvidenceZip(
      await actor(DEMO.devSumedang),
      TARGET,
      {
        level: "3",
        effectiveDate: "2025-02-01",
        visibility: "private",
        acknowledgePersonalData: false,
      },
      zip,
    );
    expect(result.status).toBe("imported");
    const [record] = (result as { records: Array<{ id: string }> }).records;
    expect(await ids(title, readers.ownRegion)).toEqual([record!.id]);
    expect(await ids(title, readers.anonymous)).toEqual([]);
    await drainEvidenceExtraction();
    expect(await ids(word, readers.ownRegion)).toEqual([record!.id]);
  });

  it("queues every change for Meilisearch, and the outbox sends the record with its audience", async () => {
    const word = uniqueWord("antrian");
    const writer = await actor(DEMO.devSumedang);
    const previous = process.env.MEILI_HOST;
    // meiliConfigured() reads the environment each time; the engines were created without it,
    // so no worker starts and nothing is sent until the drain below.
    process.env.MEILI_HOST = "http://127.0.0.1:9";
    try {
      await dbPool().query(`DELETE FROM "SearchOutbox"`);
      const id = await saved(
        await createEvidence(writer, TARGET, fields(`Laporan ${word}`, "public"), []),
      );
      const key = `evidence:${id}`;
      await saved(await updateEvidence(writer, id, fields(`Laporan ${word}`, "private"), []));
      const reviewed = await reviewEvidence(await actor(DEMO.coordinator), id, {
        decision: "accepted",
        comment: "",
      });
      expect(reviewed.status).toBe("reviewed");
      const queued = await dbPool().query<{ documentKey: string; operation: string }>(
        `SELECT "documentKey", operation FROM "SearchOutbox" ORDER BY id`,
      );
      expect(queued.rows).toEqual([
        { documentKey: key, operation: "upsert" },
        { documentKey: key, operation: "upsert" },
        { documentKey: key, operation: "upsert" },
      ]);
      const sent: Array<{ key: string; audience: string }> = [];
      const report = await drainSearchOutbox(dbPool(), {
        name: "meilisearch",
        async index(documents) {
          sent.push(...documents.map((d) => ({ key: d.key, audience: d.audience })));
        },
        async remove() {},
        async search() {
          throw new Error("not searched");
        },
      });
      expect(report).toEqual({ sent: 3, failed: 0, locked: false });
      // The current row, private to the region: the engine hides it from visitors (conformance).
      expect(sent).toEqual([{ key, audience: "32.11" }]);
    } finally {
      if (previous === undefined) delete process.env.MEILI_HOST;
      else process.env.MEILI_HOST = previous;
    }
  });

  it("rebuilds evidence into the projection (npm run search:reindex) with its file text", async () => {
    const word = uniqueWord("ulang");
    const writer = await actor(DEMO.devSumedang);
    const id = await saved(
      await createEvidence(writer, TARGET, fields("Rencana induk uji", "private"), [
        await upload("rencana.pdf", [`Rencana induk ${word}`]),
      ]),
    );
    await drainEvidenceExtraction();
    await dbPool().query(`DELETE FROM "SearchDocument" WHERE type = 'evidence'`);
    expect(await ids(word, readers.ownRegion)).toEqual([]);
    await rebuildSearchProjection();
    expect(await ids(word, readers.ownRegion)).toEqual([id]);
    expect(await ids(word, readers.anonymous)).toEqual([]);
  });
});
