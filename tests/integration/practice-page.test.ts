// The practice page (issue 13 item 4): a published practice links to the code entries it uses and
// names its contacts for "Tiru praktik ini"; questions belong to published practices only, so a
// draft shows no question form and a question posted to it anyway is refused (409) and not stored.
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { translator } from "../../app/i18n/translate";
import { createPracticeDraft } from "../../app/modules/practices/practice-commands.server";
import { practiceContentSchema } from "../../app/modules/practices/practice.schema";
import { action, loader } from "../../app/routes/practices.$slug._index";
import { DEMO, get, post, sessionFor } from "../support/accounts";
import { actor } from "../support/actors";

const ORIGIN = { ip: null, userAgent: null };

interface Page {
  practice: { status: string; contacts: Array<{ name: string; email: string | null }> };
  codeEntries: Array<{ slug: string; name: string; status: string }>;
  questions: unknown[] | null;
}

describe("the practice page", () => {
  it("links a published practice to its code entries and names its contacts", async () => {
    const page = (
      await get(loader, "/practices/tte-naskah-dinas-sumedang", {
        params: { slug: "tte-naskah-dinas-sumedang" },
      })
    ).body as Page;
    expect(page.practice.status).toBe("PUBLISHED");
    // content/software/e-naskah/livinglab.yml names this practice.
    const linked = await db().softwareEntry.findMany({
      where: {
        status: "PUBLISHED",
        practices: { some: { practice: { slug: "tte-naskah-dinas-sumedang" } } },
      },
      select: { slug: true },
    });
    expect(linked.length).toBeGreaterThan(0);
    expect(page.codeEntries.map((e) => e.slug).sort()).toEqual(linked.map((e) => e.slug).sort());
    expect(page.practice.contacts.length).toBeGreaterThan(0);
    expect(page.practice.contacts[0]!.email).toMatch(/@demo\.livinglab\.id$/);
    expect(Array.isArray(page.questions)).toBe(true);
  });

  it("has no questions on a draft and refuses one posted to it with 409, storing nothing", async () => {
    const content = practiceContentSchema.parse({
      title: `Praktik Uji Halaman Draf ${Date.now().toString(36)}`,
      summary: "Ringkasan praktik uji untuk halaman praktik.",
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
      contacts: [{ name: "Kontak Uji", role: null, email: "kontak.uji@example.go.id" }],
      origin: ORIGIN,
    });
    const { cookie } = await sessionFor(DEMO.devSumedang);
    const page = (await get(loader, `/practices/${slug}`, { cookie, params: { slug } }))
      .body as Page;
    expect(page.practice.status).toBe("DRAFT");
    expect(page.questions).toBeNull();
    expect(page.practice.contacts.map((c) => c.name)).toEqual(["Kontak Uji"]);

    const answer = await post(
      action,
      `/practices/${slug}`,
      { body: "Apakah praktik ini sudah berjalan?" },
      { cookie, params: { slug } },
    );
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ formError: "question.error.notPublished" });
    expect(await db().practiceQuestion.count({ where: { practice: { slug } } })).toBe(0);
    expect(translator("id")("question.error.notPublished")).toMatch(/terbit/);
    expect(translator("en")("question.error.notPublished")).toMatch(/published/);
  });

  it("answers a question too short with the field's error, 400, storing nothing", async () => {
    const slug = "tte-naskah-dinas-sumedang";
    const { cookie } = await sessionFor(DEMO.devSumedang);
    const before = await db().practiceQuestion.count({ where: { practice: { slug } } });
    const answer = await post(
      action,
      `/practices/${slug}`,
      { body: "a?" },
      { cookie, params: { slug } },
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: { body: "question.error.length" } });
    expect(await db().practiceQuestion.count({ where: { practice: { slug } } })).toBe(before);
  });
});
