// A practice cannot be submitted or published without a contact (issue 13): the command, the edit
// page, the review page's publish and the Markdown import all refuse it with a message in the
// user's language and change nothing. The demo practices all name a demo contact, and some carry
// real demo PDF attachments made at seed time.
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { closeExtractionPool, extractText } from "../../app/modules/documents/extract-text.server";
import { attachmentDownload } from "../../app/modules/practices/practice-attachments.server";
import {
  createPracticeDraft,
  transitionPractice,
  updatePractice,
} from "../../app/modules/practices/practice-commands.server";
import { importPracticeFolder } from "../../app/modules/practices/practice-import.server";
import { practiceContentSchema } from "../../app/modules/practices/practice.schema";
import { action as editAction } from "../../app/routes/practices.$slug.edit";
import { action as reviewAction } from "../../app/routes/review.practices.$slug";
import { translator } from "../../app/i18n/translate";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";
import { DEMO_ATTACHMENTS } from "../../scripts/lib/seed/demo-attachments";
import { DEMO, post, sessionFor } from "../support/accounts";
import { actor } from "../support/actors";

const ORIGIN = { ip: null, userAgent: null };
const CONTACT = { name: "Kontak Uji", role: "Pengelola", email: "kontak.uji@example.go.id" };
let counter = 0;

afterAll(() => closeExtractionPool());

async function draft(contacts: Array<typeof CONTACT>): Promise<string> {
  counter += 1;
  const content = practiceContentSchema.parse({
    title: `Praktik Uji Narahubung ${counter} ${Date.now().toString(36)}`,
    summary: "Ringkasan praktik uji untuk aturan narahubung.",
    problem: "Masalah.",
    solution: "Solusi.",
    results: "",
    challenges: "",
    conditions: "",
    replication: "",
    indicators: [42],
    dimensions: ["governance"],
    sector: "pengaduan",
    stage: "pilot",
    year: 2026,
    tags: [],
  });
  const { slug } = await createPracticeDraft({
    actor: await actor(DEMO.devSumedang),
    regionCode: "32.11",
    content,
    contacts,
    origin: ORIGIN,
  });
  return slug;
}

async function stateOf(slug: string) {
  const row = await db().practice.findUniqueOrThrow({
    where: { slug },
    select: { id: true, status: true, _count: { select: { contacts: true, revisions: true } } },
  });
  const audits = await db().auditEvent.count({
    where: { entityType: "Practice", entityId: row.id, action: { not: "practice.created" } },
  });
  return { status: row.status, ...row._count, audits };
}

describe("the contact rule", () => {
  it("refuses to submit or publish a practice without a contact, and changes nothing", async () => {
    const slug = await draft([]);
    const before = await stateOf(slug);
    const developer = await actor(DEMO.devSumedang);
    const secretary = await actor(DEMO.sekdaSumedang);
    expect(
      await transitionPractice({ actor: developer, slug, transition: "submit", origin: ORIGIN }),
    ).toBe("contact-required");
    expect(
      await transitionPractice({ actor: secretary, slug, transition: "publish", origin: ORIGIN }),
    ).toBe("contact-required");
    expect(await stateOf(slug)).toEqual(before);
    expect(before.status).toBe("DRAFT");
  });

  it("answers the edit page's submit with 409 and the message on the contacts field", async () => {
    const slug = await draft([]);
    const { cookie } = await sessionFor(DEMO.devSumedang);
    const answer = await post(
      editAction,
      `/practices/${slug}/edit`,
      { transition: "submit" },
      { cookie, params: { slug } },
    );
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ errors: { contacts: "practice.error.contactRequired" } });
    expect((await stateOf(slug)).status).toBe("DRAFT");
    // Both languages name what to do.
    expect(translator("id")("practice.error.contactRequired")).toMatch(/narahubung/i);
    expect(translator("en")("practice.error.contactRequired")).toMatch(/contact/i);
  });

  it("answers the review page's publish with 409 and a form error when the contact went after submission", async () => {
    const slug = await draft([CONTACT]);
    const developer = await actor(DEMO.devSumedang);
    expect(
      await transitionPractice({ actor: developer, slug, transition: "submit", origin: ORIGIN }),
    ).toBe("done");
    // Older data, or a row changed outside the portal: the publish still checks.
    await db().practiceContact.deleteMany({ where: { practice: { slug } } });
    const { cookie } = await sessionFor(DEMO.sekdaSumedang);
    const answer = await post(
      reviewAction,
      `/review/practices/${slug}`,
      { decision: "publish" },
      { cookie, params: { slug } },
    );
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ formError: "practice.error.contactRequired" });
    expect((await stateOf(slug)).status).toBe("SUBMITTED");
  });

  it("keeps the last contact of a submitted or published practice; a draft may have none", async () => {
    const slug = await draft([CONTACT]);
    const developer = await actor(DEMO.devSumedang);
    const current = await db().practice.findUniqueOrThrow({ where: { slug } });
    const content = practiceContentSchema.parse({
      ...current,
      stage: "pilot",
      indicators: [42],
      dimensions: ["governance"],
    });
    const save = (contacts: Array<typeof CONTACT>) =>
      updatePractice({ actor: developer, slug, content, contacts, origin: ORIGIN });
    expect(await save([])).toBe("saved");
    expect(await save([CONTACT])).toBe("saved");
    await transitionPractice({ actor: developer, slug, transition: "submit", origin: ORIGIN });
    expect(await save([])).toBe("contact-required");
    expect((await stateOf(slug)).contacts).toBe(1);

    const { cookie } = await sessionFor(DEMO.devSumedang);
    const answer = await post(
      editAction,
      `/practices/${slug}/edit`,
      {
        title: content.title,
        summary: content.summary,
        problem: "Masalah.",
        solution: "Solusi.",
        sector: "pengaduan",
        stage: "pilot",
        year: "2026",
        indicators: "42",
        contacts: "",
      },
      { cookie, params: { slug } },
    );
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ errors: { contacts: "practice.error.contactRequired" } });
    expect((await stateOf(slug)).contacts).toBe(1);
  });

  it("lets the importer refuse a file without contacts and import the contacts of the others", async () => {
    const report = await importPracticeFolder(
      path.join(PROJECT_ROOT, "tests", "fixtures", "practices-bad"),
    );
    expect(report.problems).toContainEqual({
      file: "uji-tanpa-narahubung.md",
      field: "contacts",
      message: "practice.error.contactRequired",
    });
    expect(await db().practice.findUnique({ where: { slug: "uji-tanpa-narahubung" } })).toBeNull();
    const imported = await db().practiceContact.findMany({
      where: { practice: { slug: "uji-arsitektur-spbe" } },
      select: { name: true, role: true, email: true, phone: true },
    });
    expect(imported).toEqual([
      {
        name: "Kontak Uji Impor",
        role: "Pengelola",
        email: "kontak.uji@example.go.id",
        phone: "+62 22 1234 567",
      },
    ]);
  });
});

describe("demo content", () => {
  it("gives every demo practice a demo contact", async () => {
    // The demo practices of content/practices (the import fixtures "uji-*" are demo too).
    const practices = await db().practice.findMany({
      where: { isDemo: true, status: "PUBLISHED", NOT: { slug: { startsWith: "uji-" } } },
      select: { slug: true, contacts: { select: { name: true, email: true } } },
    });
    expect(practices.length).toBeGreaterThanOrEqual(30);
    for (const practice of practices) {
      expect(practice.contacts.length, practice.slug).toBeGreaterThan(0);
      for (const contact of practice.contacts) {
        expect(contact.name, practice.slug).toMatch(/^Kontak Demo /);
        expect(contact.email, practice.slug).toMatch(/@demo\.livinglab\.id$/);
      }
    }
  });

  it("attaches real demo PDFs to some demo practices, readable by anybody, marked demo inside", async () => {
    const attachments = await db().practiceAttachment.findMany({
      where: { practice: { isDemo: true } },
      select: { id: true, originalName: true, practice: { select: { slug: true } } },
    });
    const expected = DEMO_ATTACHMENTS.reduce((sum, d) => sum + d.kinds.length, 0);
    expect(attachments).toHaveLength(expected);
    expect(attachments.every((a) => /^demo-.+\.pdf$/.test(a.originalName))).toBe(true);
    const first = attachments.find((a) => a.practice.slug === "dasbor-stunting-ternate")!;
    const download = await attachmentDownload(null, { id: first.id });
    expect(download.mimeType).toBe("application/pdf");
    const text = await extractText(new Uint8Array(download.bytes), download.mimeType);
    expect(text.state).toBe("ok");
    const pages = text.state === "ok" ? text.pages.map((p) => p.text).join("\n") : "";
    expect(pages).toContain("DOKUMEN CONTOH (DEMO)");
    expect(pages).toContain("Ternate");
  });
});
