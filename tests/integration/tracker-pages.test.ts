// The commitment's own pages through their route loaders and actions: the draft form prefilled
// from "Tiru praktik ini" (mentor, indicators, baselines from the adopter's self-assessment) saves
// a draft and answers with the page (PRG); the commitment page answers a third region's member
// 403 on every intent, a verification without evidence 422 with the reason, an unknown intent
// 400, and bad input 4xx with a message, changing nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { createDraftCommitment } from "../../app/modules/tracker/commitment-commands.server";
import { action as pageAction, loader as pageLoader } from "../../app/routes/commitments.$id";
import { action as newAction, loader as newLoader } from "../../app/routes/commitments.new";
import { loader as practiceLoader } from "../../app/routes/practices.$slug._index";
import { loader as gapLoader } from "../../app/routes/regions.$code.gap.$year";
import { loader as softwareLoader } from "../../app/routes/software.$slug._index";
import { DEMO, get, outcome, sessionFor } from "../support/accounts";
import { actor } from "../support/actors";

const MENTOR = "32.11"; // Sumedang
const ADOPTER = "32.73"; // Kota Bandung
const FRAMEWORK = "permenpanrb-59-2020";
const PRACTICE = "pengaduan-terpadu-sumedang";

let cookies: Record<
  "devBandung" | "sekdaBandung" | "sekdaSumedang" | "outsider" | "nobody",
  string
>;

/** POST a form (pairs, so a name may repeat) to a route action. */
function post(
  action: (args: never) => Promise<unknown>,
  path: string,
  pairs: Array<[string, string]>,
  cookie: string,
  params: Record<string, string> = {},
) {
  const request = new Request(`http://localhost${path}`, {
    method: "POST",
    body: new URLSearchParams(pairs),
    headers: { Cookie: cookie },
  });
  return outcome(() =>
    action({ request, params, context: { cspNonce: "test", clientIp: "10.0.0.1" } } as never),
  );
}

/** The pairs a browser sends for the prefilled form, with changes. */
function formPairs(values: Record<string, unknown>, extra: Array<[string, string]> = []) {
  const pairs: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(values)) {
    if (key === "indicators" || key === "milestones") {
      (value as Array<Record<string, string>>).forEach((row, i) => {
        for (const [field, v] of Object.entries(row)) pairs.push([`${key}.${i}.${field}`, v]);
      });
    } else if (Array.isArray(value)) {
      for (const v of value) pairs.push([key, String(v)]);
    } else pairs.push([key, String(value ?? "")]);
  }
  return [...pairs, ...extra];
}

async function userCookie(email: string, regionCode: string | null) {
  await db().user.create({
    data: {
      email,
      name: email,
      ...(regionCode ? { memberships: { create: { regionCode, role: "SECRETARY" } } } : {}),
    },
  });
  return (await sessionFor(email)).cookie;
}

async function underWayCommitment() {
  const sekda = await actor(DEMO.sekdaBandung);
  const practice = await db().practice.findUniqueOrThrow({
    where: { slug: PRACTICE },
    select: { id: true },
  });
  const created = await createDraftCommitment(sekda, {
    title: "Pengaduan terpadu di Bandung",
    adopterRegionCode: ADOPTER,
    mentorRegionCode: MENTOR,
    practiceId: practice.id,
    visibility: "MEMBERS",
    milestones: [{ title: "Tim dibentuk" }, { title: "Aplikasi berjalan" }],
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.id;
}

const snapshot = (id: string) =>
  db().commitment.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      lastActivityAt: true,
      _count: { select: { events: true } },
      milestones: { orderBy: { position: "asc" }, select: { id: true, state: true } },
    },
  });

beforeAll(async () => {
  const third = await db().region.findFirstOrThrow({
    where: { code: { notIn: [MENTOR, ADOPTER] }, provinceCode: "32" },
    select: { code: true },
  });
  cookies = {
    devBandung: (await sessionFor(DEMO.devBandung)).cookie,
    sekdaBandung: (await sessionFor(DEMO.sekdaBandung)).cookie,
    sekdaSumedang: (await sessionFor(DEMO.sekdaSumedang)).cookie,
    outsider: await userCookie("sekda.ketiga@example.go.id", third.code),
    nobody: await userCookie("tanpa.daerah@example.go.id", null),
  };
  // Bandung's latest submitted self-assessment: the baselines of the draft.
  await db().selfAssessment.create({
    data: {
      regionCode: ADOPTER,
      frameworkId: FRAMEWORK,
      year: 2090,
      status: "SUBMITTED",
      levels: {
        create: Array.from({ length: 47 }, (_, i) => ({ indicatorNumber: i + 1, level: 2 })),
      },
    },
  });
});

describe("the draft form", () => {
  it("prefills from ?practice= (mentor, indicators, baselines) and saves a draft, then shows it", async () => {
    const page = await get(newLoader, `/commitments/new?practice=${PRACTICE}`, {
      cookie: cookies.devBandung,
    });
    expect(page.status).toBe(200);
    const { values, adopters } = page.body as {
      values: {
        mentorRegionCode: string;
        practiceId: string;
        indicators: Array<{ indicatorId: string; baselineLevel: string; targetLevel: string }>;
      };
      adopters: Array<{ code: string }>;
    };
    expect(adopters.map((a) => a.code)).toEqual([ADOPTER]);
    expect(values.mentorRegionCode).toBe(MENTOR);
    expect(values.practiceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(values.indicators.length).toBeGreaterThan(0);
    for (const row of values.indicators)
      expect(row).toMatchObject({ baselineLevel: "2", targetLevel: "3" });

    const before = await db().commitment.count();
    const saved = await post(
      newAction,
      "/commitments/new",
      formPairs({ ...values, milestones: [{ title: "Tim dibentuk", dueOn: "", weight: "" }] }, [
        ["intent", "save"],
      ]),
      cookies.devBandung,
    );
    expect(saved.status).toBe(303);
    const id = saved.location?.match(
      /^\/commitments\/([0-9a-f-]{36})\?notice=tracker\.notice\.created$/,
    )?.[1];
    expect(id).toBeDefined();
    expect(await db().commitment.count()).toBe(before + 1);
    const row = await db().commitment.findUniqueOrThrow({
      where: { id: id! },
      select: {
        mentorRegionCode: true,
        adopterRegionCode: true,
        status: true,
        indicators: { select: { baselineLevel: true, targetLevel: true } },
      },
    });
    expect(row).toMatchObject({
      mentorRegionCode: MENTOR,
      adopterRegionCode: ADOPTER,
      status: "DRAFT",
    });
    expect(row.indicators.length).toBe(values.indicators.length);
    expect(row.indicators.every((i) => i.baselineLevel === 2 && i.targetLevel === 3)).toBe(true);

    const shown = await get(pageLoader, `/commitments/${id}`, {
      cookie: cookies.devBandung,
      params: { id: id! },
    });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ commitment: { status: "DRAFT" }, progress: 0 });
  });

  it("refuses bad input with the field's message and saves nothing", async () => {
    const before = await db().commitment.count();
    const refused = await post(
      newAction,
      "/commitments/new",
      [
        ["intent", "save"],
        ["title", "x"],
        ["adopterRegionCode", ADOPTER],
        ["mentorRegionCode", ADOPTER],
        ["milestones.0.title", ""],
        ["milestones.0.weight", "500"],
      ],
      cookies.devBandung,
    );
    expect(refused.status).toBe(422);
    expect((refused.body as { errors: Record<string, string> }).errors).toMatchObject({
      title: "tracker.error.title",
      mentorRegionCode: "tracker.error.mentorSame",
      "milestones.0.title": "tracker.error.milestoneTitle",
      "milestones.0.weight": "tracker.error.milestoneWeight",
    });
    // Another region's draft, by crafted POST: 403.
    const crafted = await post(
      newAction,
      "/commitments/new",
      [
        ["title", "Bukan milik saya"],
        ["adopterRegionCode", MENTOR],
        ["mentorRegionCode", ADOPTER],
      ],
      cookies.devBandung,
    );
    expect(crafted.status).toBe(403);
    expect(await db().commitment.count()).toBe(before);
  });

  it("is a 403 page for someone who may draft for no region, and sign-in for a visitor", async () => {
    expect((await get(newLoader, "/commitments/new", { cookie: cookies.nobody })).status).toBe(403);
    const anonymous = await get(newLoader, "/commitments/new?practice=x");
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toBe(
      `/login?redirectTo=${encodeURIComponent("/commitments/new?practice=x")}`,
    );
  });
});

describe("the entry points", () => {
  it("offer the draft form to those who may draft, sign-in to visitors, nothing to a centre-less outsider", async () => {
    const practice = (path: string, cookie?: string) =>
      get(practiceLoader, path, { cookie, params: { slug: PRACTICE } });
    expect((await practice(`/practices/${PRACTICE}`, cookies.devBandung)).body).toMatchObject({
      draftEntry: "create",
    });
    expect((await practice(`/practices/${PRACTICE}`)).body).toMatchObject({ draftEntry: "signIn" });
    expect((await practice(`/practices/${PRACTICE}`, cookies.nobody)).body).toMatchObject({
      draftEntry: null,
    });
    const entry = await db().softwareEntry.findFirstOrThrow({
      where: { status: "PUBLISHED" },
      select: { slug: true },
    });
    const software = await get(softwareLoader, `/software/${entry.slug}`, {
      cookie: cookies.devBandung,
      params: { slug: entry.slug },
    });
    expect(software.body).toMatchObject({ draftEntry: "create" });
    const gap = (cookie: string) =>
      get(gapLoader, `/regions/${ADOPTER}/gap/2024`, {
        cookie,
        params: { code: ADOPTER, year: "2024" },
      });
    expect((await gap(cookies.devBandung)).body).toMatchObject({ mayDraft: true });
    expect((await gap(cookies.outsider)).body).toMatchObject({ mayDraft: false });
  });

  it("prefills mentor and indicator from the gap page's link", async () => {
    const page = await get(newLoader, "/commitments/new?mentor=32.11&indicator=11", {
      cookie: cookies.sekdaBandung,
    });
    const { values } = page.body as {
      values: { mentorRegionCode: string; indicators: Array<{ baselineLevel: string }> };
    };
    expect(values.mentorRegionCode).toBe(MENTOR);
    expect(values.indicators).toEqual([
      expect.objectContaining({ baselineLevel: "2", targetLevel: "3" }),
    ]);
  });
});

describe("the commitment page", () => {
  const INTENTS = [
    "commit",
    "start",
    "implement",
    "verify",
    "reopen",
    "cancel",
    "comment",
    "markDone",
    "addEvidence",
    "confirm",
    "return",
    "nonsense",
  ];

  it("answers a third region's member 403 on every intent and changes nothing", async () => {
    const id = await underWayCommitment();
    const before = await snapshot(id);
    const milestoneId = before.milestones[0]!.id;
    for (const intent of INTENTS) {
      const answer = await post(
        pageAction,
        `/commitments/${id}`,
        [
          ["intent", intent],
          ["milestoneId", milestoneId],
          ["text", "alasan"],
          ["comment", "komentar"],
          ["linkUrl", "https://example.go.id/bukti"],
        ],
        cookies.outsider,
        { id },
      );
      expect([intent, answer.status]).toEqual([intent, 403]);
      expect(answer.body).toMatchObject({ formError: "tracker.refused.notYours" });
    }
    expect(await snapshot(id)).toEqual(before);
  });

  it("refuses a verification without evidence with its reason, and bad input with a message", async () => {
    const id = await underWayCommitment();
    // Implemented with milestones confirmed but no evidence (as data from before the rule).
    await db().milestone.updateMany({ where: { commitmentId: id }, data: { state: "CONFIRMED" } });
    await db().commitment.update({ where: { id }, data: { status: "IMPLEMENTED" } });
    const before = await snapshot(id);
    const verify = await post(
      pageAction,
      `/commitments/${id}`,
      [["intent", "verify"]],
      cookies.sekdaSumedang,
      { id },
    );
    expect(verify.status).toBe(422);
    expect(verify.body).toMatchObject({
      intent: "verify",
      formError: "tracker.refused.evidenceMissing",
      formErrorParams: { milestones: "Tim dibentuk, Aplikasi berjalan" },
    });
    const unknown = await post(
      pageAction,
      `/commitments/${id}`,
      [["intent", "launch"]],
      cookies.sekdaSumedang,
      { id },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ formError: "tracker.error.intent" });
    const noReason = await post(
      pageAction,
      `/commitments/${id}`,
      [
        ["intent", "cancel"],
        ["text", "  "],
      ],
      cookies.sekdaBandung,
      { id },
    );
    expect(noReason.status).toBe(422);
    expect(noReason.body).toMatchObject({ errors: { text: "tracker.refused.reason" } });
    // Approving again once it is past draft: 409, the state has moved on.
    const wrongState = await post(
      pageAction,
      `/commitments/${id}`,
      [["intent", "commit"]],
      cookies.sekdaBandung,
      { id },
    );
    expect(wrongState.status).toBe(409);
    expect(await snapshot(id)).toEqual(before);
  });

  it("approves, marks a milestone done with a link (PRG), refuses a bad link, and is 404 for a bad id", async () => {
    const id = await underWayCommitment();
    const approved = await post(
      pageAction,
      `/commitments/${id}`,
      [["intent", "commit"]],
      cookies.sekdaBandung,
      { id },
    );
    expect(approved.status).toBe(303);
    expect(approved.location).toBe(`/commitments/${id}?notice=tracker.notice.commit#status-title`);
    const [first] = (await snapshot(id)).milestones;
    const badLink = await post(
      pageAction,
      `/commitments/${id}`,
      [
        ["intent", "markDone"],
        ["milestoneId", first!.id],
        ["linkUrl", "javascript:alert(1)"],
      ],
      cookies.devBandung,
      { id },
    );
    expect(badLink.status).toBe(422);
    expect(badLink.body).toMatchObject({ errors: { "links.0.url": "tracker.error.link" } });
    const noEvidence = await post(
      pageAction,
      `/commitments/${id}`,
      [
        ["intent", "markDone"],
        ["milestoneId", first!.id],
      ],
      cookies.devBandung,
      { id },
    );
    expect(noEvidence.status).toBe(422);
    expect(noEvidence.body).toMatchObject({
      errors: { links: "tracker.refused.milestoneEvidence" },
    });
    expect((await snapshot(id)).milestones[0]!.state).toBe("OPEN");
    const done = await post(
      pageAction,
      `/commitments/${id}`,
      [
        ["intent", "markDone"],
        ["milestoneId", first!.id],
        ["linkUrl", "https://bandung.go.id/sk-tim"],
        ["linkLabel", "SK Tim"],
      ],
      cookies.devBandung,
      { id },
    );
    expect(done.status).toBe(303);
    expect((await snapshot(id)).milestones[0]!.state).toBe("DONE");
    const page = await get(pageLoader, `/commitments/${id}`, {
      cookie: cookies.sekdaSumedang,
      params: { id },
    });
    const milestone = (
      page.body as { milestones: Array<{ actions: string[]; evidence: unknown[] }> }
    ).milestones[0]!;
    expect(milestone.actions).toEqual(["confirm", "return"]);
    expect(milestone.evidence).toEqual([
      expect.objectContaining({ url: "https://bandung.go.id/sk-tim", label: "SK Tim" }),
    ]);

    // The mentor returns it only with a comment, and confirms it: half the progress.
    const noComment = await post(
      pageAction,
      `/commitments/${id}`,
      [
        ["intent", "return"],
        ["milestoneId", first!.id],
        ["comment", " "],
      ],
      cookies.sekdaSumedang,
      { id },
    );
    expect(noComment.status).toBe(422);
    expect(noComment.body).toMatchObject({ errors: { comment: "tracker.refused.comment" } });
    const confirmed = await post(
      pageAction,
      `/commitments/${id}`,
      [
        ["intent", "confirm"],
        ["milestoneId", first!.id],
      ],
      cookies.sekdaSumedang,
      { id },
    );
    expect(confirmed.status).toBe(303);
    const after = await get(pageLoader, `/commitments/${id}`, {
      cookie: cookies.devBandung,
      params: { id },
    });
    expect(after.body).toMatchObject({ progress: 50 });

    // A milestone of another commitment is not on this page.
    const other = await underWayCommitment();
    const foreign = await post(
      pageAction,
      `/commitments/${other}`,
      [
        ["intent", "confirm"],
        ["milestoneId", first!.id],
      ],
      cookies.sekdaSumedang,
      { id: other },
    );
    expect(foreign.status).toBe(404);
    expect(
      (await get(pageLoader, "/commitments/bukan-uuid", { params: { id: "bukan-uuid" } })).status,
    ).toBe(404);
    const unknownId = "00000000-0000-4000-8000-000000000000";
    expect(
      (await get(pageLoader, `/commitments/${unknownId}`, { params: { id: unknownId } })).status,
    ).toBe(404);
  });
});
