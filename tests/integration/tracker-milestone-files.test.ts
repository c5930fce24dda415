// Milestone evidence as an uploaded file, through the commitment page's action and the download
// route: a PDF sent with "Tandai selesai" marks the milestone done with file evidence and is
// downloaded as an attachment by readers of the commitment; a third region's member is refused
// (403) before anything is stored and cannot download a private commitment's file (404); an
// oversized, disguised or empty file is refused next to its field with nothing stored; the mentor
// confirms and the commitment is verified on file evidence.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesUnder, PDF, storedFiles } from "../support/files";

const root = mkdtempSync(path.join(tmpdir(), "milestone-files-"));
process.env.FILE_STORE_DIR = root;
process.env.FILE_MAX_BYTES = String(64 * 1024);

const { db } = await import("../../app/db.server");
const { createDraftCommitment, transitionCommitment } =
  await import("../../app/modules/tracker/commitment-commands.server");
const { action: pageAction, loader: pageLoader } = await import("../../app/routes/commitments.$id");
const { loader: download } = await import("../../app/routes/milestone-files.$id");
const { DEMO, get, outcome, sessionFor, uniqueEmail } = await import("../support/accounts");
const { actor } = await import("../support/actors");

afterAll(() => rmSync(root, { recursive: true, force: true }));

const MENTOR = "32.11"; // Sumedang
const ADOPTER = "32.73"; // Kota Bandung
const PRACTICE = "pengaduan-terpadu-sumedang";

let cookies: Record<"devBandung" | "sekdaBandung" | "sekdaSumedang" | "outsider", string>;

beforeAll(async () => {
  const third = await db().region.findFirstOrThrow({
    where: { code: { notIn: [MENTOR, ADOPTER] }, provinceCode: "32" },
    select: { code: true },
  });
  const email = uniqueEmail("sekda.ketiga");
  await db().user.create({
    data: {
      email,
      name: email,
      memberships: { create: { regionCode: third.code, role: "SECRETARY" } },
    },
  });
  cookies = {
    devBandung: (await sessionFor(DEMO.devBandung)).cookie,
    sekdaBandung: (await sessionFor(DEMO.sekdaBandung)).cookie,
    sekdaSumedang: (await sessionFor(DEMO.sekdaSumedang)).cookie,
    outsider: (await sessionFor(email)).cookie,
  };
});

/** A commitment in progress (Bandung adopting from Sumedang) with two open milestones. */
async function underWay() {
  const sekda = await actor(DEMO.sekdaBandung);
  const practice = await db().practice.findUniqueOrThrow({
    where: { slug: PRACTICE },
    select: { id: true },
  });
  const created = await createDraftCommitment(sekda, {
    title: "Pengaduan terpadu dengan berkas",
    adopterRegionCode: ADOPTER,
    mentorRegionCode: MENTOR,
    practiceId: practice.id,
    visibility: "MEMBERS",
    milestones: [{ title: "Tim dibentuk" }, { title: "Aplikasi berjalan" }],
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  expect(await transitionCommitment(sekda, created.id, "commit")).toMatchObject({ ok: true });
  expect(
    await transitionCommitment(await actor(DEMO.devBandung), created.id, "start"),
  ).toMatchObject({ ok: true });
  const milestones = await db().milestone.findMany({
    where: { commitmentId: created.id },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return { id: created.id, milestones: milestones.map((m) => m.id) };
}

/** The page's evidence form as a browser sends it: multipart, the file last. */
function send(
  id: string,
  pairs: Array<[string, string]>,
  file: { name: string; bytes: Buffer } | null,
  cookie: string,
) {
  const form = new FormData();
  for (const [name, value] of pairs) form.append(name, value);
  if (file) form.append("file", new File([new Uint8Array(file.bytes)], file.name));
  const request = new Request(`http://localhost/commitments/${id}`, {
    method: "POST",
    body: form,
    headers: { Cookie: cookie },
  });
  return outcome(() =>
    pageAction({
      request,
      params: { id },
      context: { cspNonce: "test", clientIp: "10.0.0.9" },
    } as never),
  );
}

async function fetchFile(evidenceId: string, cookie?: string) {
  const request = new Request(`http://localhost/milestone-files/${evidenceId}`, {
    headers: cookie ? { Cookie: cookie } : {},
  });
  try {
    return (await download({
      request,
      params: { id: evidenceId },
      context: {},
    } as never)) as Response;
  } catch (thrown) {
    // A refusal (AppError or Response) as the server answers it.
    const refused = await outcome(() => Promise.reject(thrown));
    return new Response(null, { status: refused.status });
  }
}

const evidenceOf = (milestoneId: string) =>
  db().milestoneEvidence.findMany({
    where: { milestoneId },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, sha256: true, originalName: true, url: true },
  });

describe("milestone evidence files", () => {
  it("marks a milestone done with an uploaded PDF and serves it as an attachment to readers", async () => {
    const { id, milestones } = await underWay();
    const [first] = milestones as [string];
    const done = await send(
      id,
      [
        ["intent", "markDone"],
        ["milestoneId", first],
        ["linkUrl", "https://example.go.id/sk-tim"],
        ["linkLabel", "SK tim"],
      ],
      { name: "laporan tim.pdf", bytes: PDF },
      cookies.devBandung,
    );
    expect(done.status).toBe(303);
    expect(done.location).toBe(
      `/commitments/${id}?notice=tracker.notice.markDone#milestone-${first}`,
    );
    const state = await db().milestone.findUniqueOrThrow({
      where: { id: first },
      select: { state: true },
    });
    expect(state.state).toBe("DONE");
    const evidence = await evidenceOf(first);
    const file = evidence.find((e) => e.kind === "file");
    expect(file).toMatchObject({
      originalName: "laporan tim.pdf",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(evidence.find((e) => e.kind === "link")).toMatchObject({
      url: "https://example.go.id/sk-tim",
    });
    expect(storedFiles(root).length).toBeGreaterThanOrEqual(1);

    // The page lists it with its name and size.
    const page = await get(pageLoader, `/commitments/${id}`, {
      cookie: cookies.sekdaSumedang,
      params: { id },
    });
    const shown = (
      page.body as { milestones: Array<{ id: string; evidence: Array<Record<string, unknown>> }> }
    ).milestones.find((m) => m.id === first)!.evidence;
    expect(shown).toContainEqual(
      expect.objectContaining({
        id: file!.id,
        kind: "file",
        originalName: "laporan tim.pdf",
        size: PDF.length,
      }),
    );

    for (const cookie of [cookies.sekdaSumedang, cookies.devBandung]) {
      const response = await fetchFile(file!.id, cookie);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(PDF)).toBe(true);
      expect(response.headers.get("Content-Disposition")).toMatch(/^attachment;/);
      expect(response.headers.get("Content-Type")).toBe("application/pdf");
      expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    }
    // Not a reader, not a file, not an id: 404.
    expect((await fetchFile(file!.id)).status).toBe(404);
    const link = evidence.find((e) => e.kind === "link")!;
    expect((await fetchFile(link.id, cookies.devBandung)).status).toBe(404);
    expect((await fetchFile("not-an-id", cookies.devBandung)).status).toBe(404);
    await db().commitment.update({ where: { id }, data: { visibility: "PRIVATE" } });
    expect((await fetchFile(file!.id, cookies.outsider)).status).toBe(404);
    expect((await fetchFile(file!.id, cookies.sekdaSumedang)).status).toBe(200);
  });

  it("refuses a third region's member (403) and the mentor (403) and stores nothing", async () => {
    const { id, milestones } = await underWay();
    const [first] = milestones as [string];
    const before = filesUnder(root);
    const bytes = Buffer.concat([PDF, Buffer.from("% pihak ketiga\n")]);
    for (const intent of ["markDone", "addEvidence"]) {
      const outsider = await send(
        id,
        [
          ["intent", intent],
          ["milestoneId", first],
        ],
        { name: "pihak-ketiga.pdf", bytes },
        cookies.outsider,
      );
      expect(outsider.status).toBe(403);
      expect(outsider.body).toMatchObject({ formError: "tracker.refused.notYours" });
    }
    const mentor = await send(
      id,
      [
        ["intent", "markDone"],
        ["milestoneId", first],
      ],
      { name: "mentor.pdf", bytes },
      cookies.sekdaSumedang,
    );
    expect(mentor.status).toBe(403);
    expect(await evidenceOf(first)).toEqual([]);
    expect(filesUnder(root)).toEqual(before);
    const state = await db().milestone.findUniqueOrThrow({
      where: { id: first },
      select: { state: true },
    });
    expect(state.state).toBe("OPEN");
  });

  it("refuses an oversized, a disguised and an empty file next to the field, storing nothing", async () => {
    const { id, milestones } = await underWay();
    const [first] = milestones as [string];
    const before = filesUnder(root);
    const cases: Array<[string, Buffer, string]> = [
      ["besar.pdf", Buffer.concat([PDF, Buffer.alloc(70 * 1024, 0x20)]), "upload.error.tooLarge"],
      [
        "halaman.pdf",
        Buffer.from("<!doctype html><html><script>alert(1)</script></html>"),
        "upload.error.",
      ],
      ["kosong.pdf", Buffer.alloc(0), "upload.error.empty"],
    ];
    for (const [name, bytes, message] of cases) {
      const refused = await send(
        id,
        [
          ["intent", "markDone"],
          ["milestoneId", first],
          ["linkUrl", "https://example.go.id/x"],
        ],
        { name, bytes },
        cookies.devBandung,
      );
      expect([name, refused.status]).toEqual([name, 400]);
      const body = refused.body as {
        intent: string;
        milestoneId: string;
        errors: { file?: string };
        fileError: { message: string; params?: Record<string, unknown> };
        values: { linkUrl: string };
      };
      expect(body).toMatchObject({
        intent: "markDone",
        milestoneId: first,
        values: { linkUrl: "https://example.go.id/x" },
      });
      expect(body.fileError.message.startsWith(message)).toBe(true);
      expect(body.errors.file).toBe(body.fileError.message);
    }
    expect(await evidenceOf(first)).toEqual([]);
    expect(filesUnder(root)).toEqual(before);
  });

  it("lets the mentor confirm file evidence and the commitment be verified on it", async () => {
    const { id, milestones } = await underWay();
    let n = 0;
    for (const milestoneId of milestones) {
      n += 1;
      const done = await send(
        id,
        [
          ["intent", "markDone"],
          ["milestoneId", milestoneId],
        ],
        {
          name: `tahap-${n}.pdf`,
          bytes: Buffer.concat([PDF, Buffer.from(`% tahap ${n} ${id}\n`)]),
        },
        cookies.devBandung,
      );
      expect(done.status).toBe(303);
      const more = await send(
        id,
        [
          ["intent", "addEvidence"],
          ["milestoneId", milestoneId],
        ],
        { name: `foto-${n}.pdf`, bytes: Buffer.concat([PDF, Buffer.from(`% foto ${n} ${id}\n`)]) },
        cookies.devBandung,
      );
      expect(more.status).toBe(303);
      expect((await evidenceOf(milestoneId)).map((e) => e.kind)).toEqual(["file", "file"]);
      const confirmed = await send(
        id,
        [
          ["intent", "confirm"],
          ["milestoneId", milestoneId],
        ],
        null,
        cookies.sekdaSumedang,
      );
      expect(confirmed.status).toBe(303);
    }
    expect(
      await transitionCommitment(await actor(DEMO.sekdaBandung), id, "implement"),
    ).toMatchObject({ ok: true });
    const verify = await send(id, [["intent", "verify"]], null, cookies.sekdaSumedang);
    expect(verify.status).toBe(303);
    const row = await db().commitment.findUniqueOrThrow({
      where: { id },
      select: { status: true },
    });
    expect(row.status).toBe("VERIFIED");
  });
});
