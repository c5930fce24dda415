// The approval workflow of code entries and practices: a developer's save keeps a draft that only
// the region's people and the centre see; "Periksa saja" stores nothing; the region's secretary
// (or a coordinator) publishes or returns with a required comment from the review page; the author
// is told in the portal and by mail; two publishes at once publish once.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { createPracticeDraft } from "../../app/modules/practices/practice-commands.server";
import { practiceContentSchema } from "../../app/modules/practices/practice.schema";
import { search } from "../../app/modules/search/search.server";
import {
  listSoftware,
  softwareQuerySchema,
} from "../../app/modules/software/software-queries.server";
import { transitionSoftware } from "../../app/modules/software/software-workflow.server";
import { transitionPractice } from "../../app/modules/practices/practice-commands.server";
import { loader as apiSoftwareLoader } from "../../app/routes/api.software";
import { loader as dashboardLoader } from "../../app/routes/dashboard";
import { loader as notificationLoader } from "../../app/routes/notifications.$id";
import {
  action as practiceReviewAction,
  loader as practiceReviewLoader,
} from "../../app/routes/review.practices.$slug";
import {
  action as softwareReviewAction,
  loader as softwareReviewLoader,
} from "../../app/routes/review.software.$slug";
import { loader as editLoader } from "../../app/routes/software.$slug.edit";
import { loader as entryLoader } from "../../app/routes/software.$slug._index";
import { action as newAction } from "../../app/routes/software.new";
import { PROJECT_ROOT } from "../../scripts/lib/embedded-database";
import { DEMO, get, outcome, post, sessionFor } from "../support/accounts";
import { actor } from "../support/actors";
import { status } from "../support/responses";

const FIXTURE = path.join(PROJECT_ROOT, "tests", "fixtures", "publiccode", "valid-0.4-eoffice.yml");
const ORIGIN = { ip: null, userAgent: null };

/** POSTs the new-entry form as a developer would (multipart, like the page). */
async function postNew(cookie: string, fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const request = new Request("http://localhost/software/new", {
    method: "POST",
    body: form,
    headers: { Cookie: cookie },
  });
  return outcome(() =>
    newAction({
      request,
      params: {},
      context: { cspNonce: "test", clientIp: "10.0.0.9" },
    } as never),
  );
}

/** A new code entry of Sumedang, with its own name and repository so tests do not meet. */
async function newEntry(intent: "save" | "submit" | "check", name: string) {
  const { cookie } = await sessionFor(DEMO.devSumedang);
  const yaml = (await readFile(FIXTURE, "utf8"))
    .replace("name: SiKantor", `name: ${name}`)
    .replace("pemkab-sumedang/sikantor.git", `pemkab-sumedang/${name.toLowerCase()}.git`);
  const answer = await postNew(cookie, {
    intent,
    regionCode: "32.11",
    publiccode: yaml,
    indicators: "15, 22",
    tech: "php",
    requirements: "",
    readme: "## Pasang\n\nJalankan `make`.",
  });
  const slug = answer.location?.match(/^\/software\/([^?]+)/)?.[1] ?? null;
  return { answer, slug };
}

const entryPage = (slug: string, cookie?: string) =>
  get(entryLoader, `/software/${slug}`, { cookie, params: { slug } });

describe("code entries: drafts and their visibility", () => {
  it("'Simpan draf' keeps a draft only the region's people and coordinators see (page, list, API, search)", async () => {
    const { answer, slug } = await newEntry("save", "SiDrafUji");
    expect(answer.status).toBe(302);
    expect(slug).toBe("sidrafuji");
    const row = await db().softwareEntry.findUniqueOrThrow({ where: { slug: slug! } });
    expect(row.status).toBe("DRAFT");

    // The public: no page, not in the list, the API or search.
    expect((await entryPage(slug!)).status).toBe(404);
    const bandung = await sessionFor(DEMO.devBandung);
    expect((await entryPage(slug!, bandung.cookie)).status).toBe(404);
    const list = await listSoftware(softwareQuerySchema.parse({ q: "SiDrafUji" }));
    expect(list.total).toBe(0);
    const api = await get(apiSoftwareLoader, "/api/software?q=SiDrafUji");
    expect((api.body as { total: number }).total).toBe(0);
    const query = { q: "SiDrafUji", filters: {}, page: 1, limit: 10 };
    expect((await search(query, null)).total).toBe(0);
    expect((await search(query, await actor(DEMO.devBandung))).total).toBe(0);

    // The region's people and the centre.
    for (const email of [DEMO.devSumedang, DEMO.sekdaSumedang, DEMO.coordinator]) {
      const { cookie } = await sessionFor(email);
      expect((await entryPage(slug!, cookie)).status, email).toBe(200);
      expect(
        (await search(query, await actor(email))).hits.map((h) => h.slug),
        email,
      ).toEqual([slug]);
    }
  });

  it("'Periksa saja' checks the publiccode.yml and stores nothing", async () => {
    const before = await db().softwareEntry.count();
    const valid = await newEntry("check", "SiPeriksaUji");
    expect(valid.answer.status).toBe(200);
    expect((valid.answer.body as { notice?: string }).notice).toBe("review.check.valid");
    const { cookie } = await sessionFor(DEMO.devSumedang);
    const invalid = await postNew(cookie, {
      intent: "check",
      regionCode: "32.11",
      publiccode: "name: x\n",
      indicators: "",
      tech: "",
      requirements: "",
      readme: "",
    });
    expect(invalid.status).toBe(400);
    expect((invalid.body as { problems: unknown[] }).problems.length).toBeGreaterThan(0);
    expect(await db().softwareEntry.count()).toBe(before);
  });
});

describe("reviewing a code entry", () => {
  it("the developer submits, may not publish; the secretary publishes from the review page; the author is told in the portal and by mail", async () => {
    const { slug } = await newEntry("submit", "SiTerbitUji");
    expect((await db().softwareEntry.findUniqueOrThrow({ where: { slug: slug! } })).status).toBe(
      "SUBMITTED",
    );
    const developer = await sessionFor(DEMO.devSumedang);
    const secretary = await sessionFor(DEMO.sekdaSumedang);
    const review = `/review/software/${slug}`;

    // The developer cannot open the review page or publish.
    expect(
      (
        await get(softwareReviewLoader, review, {
          cookie: developer.cookie,
          params: { slug: slug! },
        })
      ).status,
    ).toBe(403);
    const refused = await post(
      softwareReviewAction,
      review,
      { decision: "publish", comment: "" },
      { cookie: developer.cookie, params: { slug: slug! } },
    );
    expect(refused.status).toBe(403);
    // Another region's secretary does not even learn it exists.
    const otherSecretary = await sessionFor(DEMO.sekdaBandung);
    expect(
      (
        await get(softwareReviewLoader, review, {
          cookie: otherSecretary.cookie,
          params: { slug: slug! },
        })
      ).status,
    ).toBe(404);
    expect((await db().softwareEntry.findUniqueOrThrow({ where: { slug: slug! } })).status).toBe(
      "SUBMITTED",
    );

    const page = await get(softwareReviewLoader, review, {
      cookie: secretary.cookie,
      params: { slug: slug! },
    });
    expect(page.status).toBe(200);
    const record = (page.body as { record: Record<string, unknown> }).record;
    expect(record.submittedBy).toMatchObject({ email: DEMO.devSumedang });
    expect(record.submittedAt).toEqual(expect.any(String));
    expect(record.transitions).toEqual(["publish", "return"]);
    expect(record.diff).toBeNull(); // never published: nothing to compare with
    // Rendered, not Markdown.
    expect(record.readmeHtml).toContain("<h3>Pasang</h3>");
    expect(record.readmeHtml).toContain("<code>make</code>");

    const mailsBefore = await db().mailMessage.count({ where: { to: DEMO.devSumedang } });
    const published = await post(
      softwareReviewAction,
      review,
      { decision: "publish", comment: "" },
      { cookie: secretary.cookie, params: { slug: slug! } },
    );
    expect(published.status).toBe(302);
    expect(published.location).toBe(`/software/${slug}?saved=published`);
    expect((await entryPage(slug!)).status).toBe(200);
    expect((await listSoftware(softwareQuerySchema.parse({ q: "SiTerbitUji" }))).total).toBe(1);

    // The portal notification, on the author's dashboard, read once opened.
    const dashboard = await get(dashboardLoader, "/dashboard", { cookie: developer.cookie });
    const notifications = (
      dashboard.body as {
        notifications: {
          unread: number;
          items: Array<{ id: string; kind: string; recordSlug: string; read: boolean }>;
        };
      }
    ).notifications;
    const mine = notifications.items.find((n) => n.recordSlug === slug)!;
    expect(mine).toMatchObject({ kind: "review.published", read: false });
    const opened = await get(notificationLoader, `/notifications/${mine.id}`, {
      cookie: developer.cookie,
      params: { id: mine.id },
    });
    expect(opened.location).toBe(`/software/${slug}`);
    expect(
      (await db().notification.findUniqueOrThrow({ where: { id: mine.id } })).readAt,
    ).not.toBeNull();
    // Someone else's notification is not found.
    expect(
      (
        await get(notificationLoader, `/notifications/${mine.id}`, {
          cookie: secretary.cookie,
          params: { id: mine.id },
        })
      ).status,
    ).toBe(404);

    // The mail, with a link from PUBLIC_URL.
    const mails = await db().mailMessage.findMany({
      where: { to: DEMO.devSumedang },
      orderBy: { createdAt: "desc" },
    });
    expect(mails.length).toBe(mailsBefore + 1);
    expect(mails[0]!.subject).toContain("SiTerbitUji");
    expect(mails[0]!.text).toContain(`http://localhost/software/${slug}`);
  });

  it("returning needs a comment: without one nothing changes; with one the author sees it on the edit page", async () => {
    const { slug } = await newEntry("submit", "SiKembaliUji");
    const secretary = await sessionFor(DEMO.sekdaSumedang);
    const developer = await sessionFor(DEMO.devSumedang);
    const review = `/review/software/${slug}`;
    const noComment = await post(
      softwareReviewAction,
      review,
      { decision: "return", comment: "   " },
      { cookie: secretary.cookie, params: { slug: slug! } },
    );
    expect(noComment.status).toBe(400);
    expect((noComment.body as { errors: Record<string, string> }).errors.comment).toBe(
      "review.page.commentRequired",
    );
    expect((await db().softwareEntry.findUniqueOrThrow({ where: { slug: slug! } })).status).toBe(
      "SUBMITTED",
    );
    expect(await db().notification.count({ where: { recordSlug: slug! } })).toBe(0);

    const comment = "Lengkapi kontak pemeliharaan dan lisensi dokumentasi.";
    const returned = await post(
      softwareReviewAction,
      review,
      { decision: "return", comment },
      { cookie: secretary.cookie, params: { slug: slug! } },
    );
    expect(returned.status).toBe(200);
    expect((returned.body as { notice: string }).notice).toBe("review.page.returned");
    const row = await db().softwareEntry.findUniqueOrThrow({ where: { slug: slug! } });
    expect(row.status).toBe("DRAFT");
    expect(row.returnComment).toBe(comment);

    const edit = await get(editLoader, `/software/${slug}/edit`, {
      cookie: developer.cookie,
      params: { slug: slug! },
    });
    expect(edit.body).toMatchObject({ status: "DRAFT", returnComment: comment });
    const notification = await db().notification.findFirstOrThrow({
      where: { recordSlug: slug! },
    });
    expect(notification).toMatchObject({ kind: "review.returned", comment });
    // Still not public.
    expect((await entryPage(slug!)).status).toBe(404);
  });

  it("a coordinator publishes; two publishes at once publish once (one audit event, one notification)", async () => {
    const { slug } = await newEntry("submit", "SiBalapanUji");
    const [secretary, coordinator] = await Promise.all([
      actor(DEMO.sekdaSumedang),
      actor(DEMO.coordinator),
    ]);
    const results = await Promise.all(
      [secretary, coordinator].map((a) =>
        transitionSoftware({ actor: a, slug: slug!, transition: "publish", origin: ORIGIN }),
      ),
    );
    expect(results.sort()).toEqual(["done", "not-allowed-now"]);
    const entry = await db().softwareEntry.findUniqueOrThrow({ where: { slug: slug! } });
    expect(entry.status).toBe("PUBLISHED");
    expect(entry.publishedSnapshot).not.toBeNull();
    expect(
      await db().auditEvent.count({ where: { action: "software.publish", entityId: entry.id } }),
    ).toBe(1);
    expect(await db().notification.count({ where: { recordSlug: slug! } })).toBe(1);
  });

  it("a developer may not publish or return, even through the command", async () => {
    const { slug } = await newEntry("submit", "SiTolakUji");
    const developer = await actor(DEMO.devSumedang);
    for (const transition of ["publish", "return"] as const) {
      const answer = transitionSoftware({
        actor: developer,
        slug: slug!,
        transition,
        comment: "x",
        origin: ORIGIN,
      });
      expect(await status(answer), transition).toBe(403);
    }
    expect((await db().softwareEntry.findUniqueOrThrow({ where: { slug: slug! } })).status).toBe(
      "SUBMITTED",
    );
  });
});

describe("reviewing a practice", () => {
  async function submittedPractice(title: string) {
    const developer = await actor(DEMO.devSumedang);
    const content = practiceContentSchema.parse({
      title,
      summary: "Ringkasan praktik uji untuk pemeriksaan.",
      problem: "**Masalah** yang nyata.",
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
      actor: developer,
      regionCode: "32.11",
      content,
      contacts: [{ name: "Kontak Uji", role: "Pengelola", email: "kontak.uji@example.go.id" }],
      origin: ORIGIN,
    });
    expect(
      await transitionPractice({ actor: developer, slug, transition: "submit", origin: ORIGIN }),
    ).toBe("done");
    return slug;
  }

  it("shows the submitted practice rendered with its submitter; a return without a comment is refused, with one the author is told", async () => {
    const slug = await submittedPractice("Praktik Uji Pemeriksaan Kembali");
    const secretary = await sessionFor(DEMO.sekdaSumedang);
    const page = await get(practiceReviewLoader, `/review/practices/${slug}`, {
      cookie: secretary.cookie,
      params: { slug },
    });
    expect(page.status).toBe(200);
    const record = (
      page.body as {
        record: { sections: Array<{ key: string; html: string }>; submittedBy: { email: string } };
      }
    ).record;
    expect(record.sections.find((s) => s.key === "problem")!.html).toContain(
      "<strong>Masalah</strong>",
    );
    expect(record.submittedBy.email).toBe(DEMO.devSumedang);

    const refused = await post(
      practiceReviewAction,
      `/review/practices/${slug}`,
      { decision: "return", comment: "" },
      { cookie: secretary.cookie, params: { slug } },
    );
    expect(refused.status).toBe(400);
    expect((await db().practice.findUniqueOrThrow({ where: { slug } })).status).toBe("SUBMITTED");
    // The command itself refuses too.
    expect(
      await transitionPractice({
        actor: await actor(DEMO.sekdaSumedang),
        slug,
        transition: "return",
        origin: ORIGIN,
      }),
    ).toBe("comment-required");

    const returned = await post(
      practiceReviewAction,
      `/review/practices/${slug}`,
      { decision: "return", comment: "Tambahkan hasil terukur." },
      { cookie: secretary.cookie, params: { slug } },
    );
    expect(returned.status).toBe(200);
    const row = await db().practice.findUniqueOrThrow({ where: { slug } });
    expect(row).toMatchObject({ status: "DRAFT", returnComment: "Tambahkan hasil terukur." });
    const developer = await db().user.findUniqueOrThrow({ where: { email: DEMO.devSumedang } });
    expect(
      await db().notification.findFirst({
        where: { userId: developer.id, recordSlug: slug, kind: "review.returned" },
      }),
    ).not.toBeNull();
  });

  it("two publishes of one practice at once publish it once, with one revision", async () => {
    const slug = await submittedPractice("Praktik Uji Balapan Terbit");
    const [secretary, coordinator] = await Promise.all([
      actor(DEMO.sekdaSumedang),
      actor(DEMO.coordinator),
    ]);
    const results = await Promise.all(
      [secretary, coordinator].map((a) =>
        transitionPractice({ actor: a, slug, transition: "publish", origin: ORIGIN }),
      ),
    );
    expect(results.sort()).toEqual(["done", "not-allowed-now"]);
    const practice = await db().practice.findUniqueOrThrow({ where: { slug } });
    expect(practice.status).toBe("PUBLISHED");
    expect(await db().practiceRevision.count({ where: { practiceId: practice.id } })).toBe(1);
    expect(await db().notification.count({ where: { recordSlug: slug } })).toBe(1);
  });
});
