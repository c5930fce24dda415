// The authoring forms' server side: the same file attached twice is listed once, an attachment can
// be removed (audited; its bytes go when nothing else uses them), and text over a limit is refused
// with the field's message, never cut short.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PDF, sendAttachment, storedFiles as storedUnder } from "../support/files";
import { thrownResponse } from "../support/responses";

const root = mkdtempSync(path.join(tmpdir(), "authoring-"));
process.env.FILE_STORE_DIR = root;

const { cookieFor } = await import("../support/actors");
const { db } = await import("../../app/db.server");
const { action: upload } = await import("../../app/routes/practices.$slug.attachments");
const { action: remove } = await import("../../app/routes/practices.$slug.attachments_.$id.remove");
const { loader: editLoader, action: editAction } =
  await import("../../app/routes/practices.$slug.edit");
const { action: newAction } = await import("../../app/routes/practices.new");
const { entryMetaSchema, readSoftwareForm } =
  await import("../../app/modules/software/software-form");

afterAll(() => rmSync(root, { recursive: true, force: true }));

const SLUG = "pengaduan-terpadu-sumedang";
const storedFiles = () => storedUnder(root);

const send = (slug: string, name: string, bytes: Buffer, cookie: string) =>
  sendAttachment(upload, slug, name, bytes, cookie);

async function listed(slug: string, cookie: string) {
  const request = new Request(`http://localhost/practices/${slug}/edit`, {
    headers: { Cookie: cookie },
  });
  const page = (await editLoader({ request, params: { slug }, context: {} } as never)) as {
    attachments: Array<{ id: string; name: string }>;
  };
  return page.attachments;
}

async function removeAttachment(slug: string, id: string, cookie: string) {
  const request = new Request(`http://localhost/practices/${slug}/attachments/${id}/remove`, {
    method: "POST",
    body: new URLSearchParams(),
    headers: { Cookie: cookie },
  });
  try {
    return (await remove({ request, params: { slug, id }, context: {} } as never)) as Response;
  } catch (thrown) {
    return thrownResponse(thrown, "resource");
  }
}

/** What the practice forms' actions answer when they do not save. */
interface Answer {
  errors?: Record<string, string>;
  values?: { summary: string; note?: string };
}

/** Calls a route action with a urlencoded form; answers its status and body. */
async function post(
  run: typeof newAction,
  url: string,
  fields: Array<[string, string]>,
  cookie: string,
  params: Record<string, string> = {},
) {
  const request = new Request(url, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { Cookie: cookie },
  });
  const result = (await run({ request, params, context: {} } as never)) as unknown as {
    init?: { status?: number };
    data?: unknown;
    status?: number;
  };
  // data() answers a DataWithResponseInit; redirect() a Response.
  if (result instanceof Response) return { status: result.status, body: {} as Answer };
  return { status: result.init?.status ?? 200, body: result.data as Answer };
}

function practiceFields(overrides: Record<string, string> = {}): Array<[string, string]> {
  const base: Record<string, string> = {
    regionCode: "32.11",
    title: "Antrean Aduan Terpadu Uji Integrasi",
    summary: "Aduan warga dikumpulkan dalam satu antrean dengan tenggat tindak lanjut.",
    problem: "Aduan tercecer.",
    solution: "Satu antrean.",
    results: "",
    challenges: "",
    conditions: "",
    replication: "",
    sector: "pengaduan",
    stage: "implemented",
    year: "2025",
    tags: "aduan",
    contacts: "",
    intent: "save",
    ...overrides,
  };
  return Object.entries(base);
}

describe("attachments on the authoring page", () => {
  it("lists a file uploaded twice once, and says it is already attached", async () => {
    const cookie = await cookieFor("dev.sumedang@demo.livinglab.id");
    const first = await send(SLUG, "sop aduan.pdf", PDF, cookie);
    expect(first.body.ok).toBe(true);
    const again = await send(SLUG, "sop aduan (1).pdf", PDF, cookie);
    expect(again).toEqual({
      status: 200,
      body: {
        ok: true,
        message: "Berkas ini sudah terlampir sebagai sop aduan.pdf; tidak ditambahkan lagi.",
      },
    });
    expect(await db().practiceAttachment.count({ where: { practice: { slug: SLUG } } })).toBe(1);
    expect((await listed(SLUG, cookie)).map((a) => a.name)).toEqual(["sop aduan.pdf"]);
    expect(storedFiles()).toHaveLength(1);
  });

  it("removes an attachment for who may edit, audited; the bytes stay while another practice uses them, then go", async () => {
    const cookie = await cookieFor("dev.sumedang@demo.livinglab.id");
    const sha256 = (
      await db().practiceAttachment.findFirstOrThrow({ where: { practice: { slug: SLUG } } })
    ).sha256;
    // The same bytes on a second practice of the region.
    expect((await send("tte-naskah-dinas-sumedang", "salinan.pdf", PDF, cookie)).body.ok).toBe(
      true,
    );
    const [mine] = await listed(SLUG, cookie);

    // Another region's developer may not remove it: nothing changes.
    const outsider = await removeAttachment(
      SLUG,
      mine!.id,
      await cookieFor("dev.bandung@demo.livinglab.id"),
    );
    expect(outsider.status).toBe(403);
    expect(await listed(SLUG, cookie)).toHaveLength(1);

    const removed = await removeAttachment(SLUG, mine!.id, cookie);
    expect(removed.status).toBe(303);
    expect(removed.headers.get("Location")).toBe(
      `/practices/${SLUG}/edit?upload=removed#attachments-title`,
    );
    expect(await listed(SLUG, cookie)).toEqual([]);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "practice.attachment_removed", entityId: mine!.id },
    });
    expect(audit.actorEmail).toBe("dev.sumedang@demo.livinglab.id");
    // Still used by the other practice: kept.
    expect(storedFiles()).toHaveLength(1);
    expect(await db().storedFile.count({ where: { sha256 } })).toBe(1);

    const [other] = await listed("tte-naskah-dinas-sumedang", cookie);
    expect((await removeAttachment("tte-naskah-dinas-sumedang", other!.id, cookie)).status).toBe(
      303,
    );
    expect(storedFiles()).toEqual([]);
    expect(await db().storedFile.count({ where: { sha256 } })).toBe(0);
    // Removing it again is a 404, not an error.
    expect((await removeAttachment(SLUG, mine!.id, cookie)).status).toBe(404);
  });
});

describe("length limits", () => {
  it("refuses a 350-character summary with the field's message and the text kept whole; nothing is created", async () => {
    const cookie = await cookieFor("dev.sumedang@demo.livinglab.id");
    const summary = "Aduan warga dicatat dalam satu antrean. ".repeat(9).slice(0, 350);
    const before = await db().practice.count();
    const answer = await post(
      newAction,
      "http://localhost/practices/new",
      practiceFields({ summary }),
      cookie,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual({ summary: "practice.error.summaryLength" });
    expect(answer.body.values?.summary).toBe(summary);
    expect(await db().practice.count()).toBe(before);
  });

  it("refuses a revision note over 200 characters instead of cutting it, and saves nothing", async () => {
    const cookie = await cookieFor("sekda.sumedang@demo.livinglab.id");
    const practice = await db().practice.findUniqueOrThrow({
      where: { slug: SLUG },
      select: { title: true, status: true, _count: { select: { revisions: true } } },
    });
    expect(practice.status).toBe("PUBLISHED");
    const answer = await post(
      editAction as unknown as typeof newAction,
      `http://localhost/practices/${SLUG}/edit`,
      practiceFields({ title: "Judul Baru yang Tidak Boleh Tersimpan", note: "n".repeat(250) }),
      cookie,
      { slug: SLUG },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual({ note: "authoring.error.noteLength" });
    expect(answer.body.values?.note).toHaveLength(250);
    const after = await db().practice.findUniqueOrThrow({
      where: { slug: SLUG },
      select: { title: true, _count: { select: { revisions: true } } },
    });
    expect(after).toEqual({ title: practice.title, _count: practice._count });
  });

  it("a new practice's 'save the draft, then attach' goes straight to its attachments", async () => {
    const cookie = await cookieFor("dev.sumedang@demo.livinglab.id");
    const answer = await post(
      newAction,
      "http://localhost/practices/new",
      practiceFields({ intent: "attach", title: "Draf Untuk Dilampiri Berkas" }),
      cookie,
    );
    expect(answer.status).toBe(302);
    const draft = await db().practice.findFirstOrThrow({
      where: { title: "Draf Untuk Dilampiri Berkas" },
      select: { slug: true, status: true },
    });
    expect(draft.status).toBe("DRAFT");
  });
});

describe("the code entry's indicator picker", () => {
  it("reads one value per checked indicator, and names the field when one is wrong", async () => {
    const form = new FormData();
    form.set("publiccode", "name: x");
    form.append("indicators", "37");
    form.append("indicators", "32");
    const read = await readSoftwareForm(form, entryMetaSchema);
    expect(read.ok && read.meta.indicators).toEqual([37, 32]);
    form.append("indicators", "99");
    const bad = await readSoftwareForm(form, entryMetaSchema);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.fieldErrors).toEqual({
      indicators: "authoring.software.indicatorsInvalid",
    });
  });
});
