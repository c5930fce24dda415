// The tracker's views against the real database: Kota Bandung (the adopter) replicates Sumedang
// (the mentor); a secretary of a third region is the outsider. /tracker and GET /api/commitments
// filter (a commitment quiet for 31 days is stalled in both), drop unknown filter values with a
// notice and never show a private commitment to the outsider; the board refuses the outsider's
// moves (403, or 404 for what it may not read); the calendar feed parses in ical.js with one event
// per open milestone and is 404 once revoked; the Atom feed holds public verified replications only.
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../../app/db.server";
import { loader as trackerLoader } from "../../app/routes/tracker._index";
import { loader as inboxLoader } from "../../app/routes/tracker.inbox";
import { loader as dashboardLoader } from "../../app/routes/dashboard";
import { loader as atomLoader } from "../../app/routes/tracker.verified[.]atom";
import { loader as apiListLoader } from "../../app/routes/api.commitments";
import { loader as apiItemLoader } from "../../app/routes/api.commitments.$id";
import {
  action as boardAction,
  loader as boardLoader,
} from "../../app/routes/regions.$code.tracker";
import { loader as icsLoader } from "../../app/routes/regions.$code.tracker[.]ics";
import { hashFeedSecret } from "../../app/modules/tracker/calendar-feed.server";
import { foldLine } from "../../app/modules/tracker/icalendar";
import { todayInWib } from "../../app/utils/calendar";
import { addDays } from "../../app/modules/tracker/stalled";
import { publicBaseUrl } from "../../app/utils/url.server";
import { createAccessToken, expiryBounds } from "../../app/modules/accounts/access-tokens.server";
import { createUser, DEMO, get, post, sessionFor } from "../support/accounts";
import { actor } from "../support/actors";

const MENTOR = "32.11"; // Sumedang
const ADOPTER = "32.73"; // Kota Bandung
const today = todayInWib();
const day = (n: number) => new Date(`${addDays(today, n)}T00:00:00Z`);

let outsiderCookie: string;
let sekdaBandung: string;
let sekdaSumedang: string;
let third: string;
const ids: Record<"stalled" | "secret" | "verified" | "membersVerified" | "draft", string> = {
  stalled: "",
  secret: "",
  verified: "",
  membersVerified: "",
  draft: "",
};
const LONG_TITLE =
  "Tiru layanan pengaduan; aduan, WhatsApp & SP4N-LAPOR! — «Çepat» tanggap, dengan judul yang sangat panjang sekali agar dilipat";

async function commitment(data: {
  title: string;
  status: "DRAFT" | "COMMITTED" | "IN_PROGRESS" | "IMPLEMENTED" | "VERIFIED";
  visibility: "PRIVATE" | "MEMBERS" | "PUBLIC";
  lastActivityAt?: Date;
  milestones?: Array<{ title: string; state: "OPEN" | "DONE" | "CONFIRMED"; dueOn: Date | null }>;
}) {
  const row = await db().commitment.create({
    data: {
      title: data.title,
      adopterRegionCode: ADOPTER,
      mentorRegionCode: MENTOR,
      status: data.status,
      visibility: data.visibility,
      lastActivityAt: data.lastActivityAt ?? new Date(),
      verifiedAt: data.status === "VERIFIED" ? new Date() : null,
      milestones: {
        create: (data.milestones ?? []).map((m, position) => ({
          position,
          title: m.title,
          state: m.state,
          dueOn: m.dueOn,
          doneAt: m.state === "OPEN" ? null : new Date(Date.now() - 86_400_000),
        })),
      },
    },
    select: { id: true },
  });
  return row.id;
}

type Json = Record<string, unknown>;
const itemsOf = (body: unknown) => (body as { items: Array<{ id: string }> }).items;
const idsOf = (body: unknown) => itemsOf(body).map((i) => i.id);

beforeAll(async () => {
  const region = await db().region.findFirstOrThrow({
    where: { code: { notIn: [MENTOR, ADOPTER] }, provinceCode: "32" },
    select: { code: true },
  });
  third = region.code;
  const outsider = await createUser({ memberships: [{ regionCode: third, role: "SECRETARY" }] });
  outsiderCookie = (await sessionFor(outsider.email)).cookie;
  sekdaBandung = (await sessionFor(DEMO.sekdaBandung)).cookie;
  sekdaSumedang = (await sessionFor(DEMO.sekdaSumedang)).cookie;
  ids.stalled = await commitment({
    title: LONG_TITLE,
    status: "IN_PROGRESS",
    visibility: "PUBLIC",
    lastActivityAt: new Date(Date.now() - 31 * 86_400_000),
    milestones: [
      { title: "Tim dibentuk", state: "CONFIRMED", dueOn: day(-40) },
      { title: "Uji coba, tahap 1", state: "DONE", dueOn: day(20) },
      { title: "Peluncuran", state: "OPEN", dueOn: day(60) },
      { title: "Tanpa tenggat", state: "OPEN", dueOn: null },
    ],
  });
  ids.secret = await commitment({
    title: "Komitmen rahasia Bandung",
    status: "COMMITTED",
    visibility: "PRIVATE",
    milestones: [{ title: "Rapat internal", state: "OPEN", dueOn: day(10) }],
  });
  ids.verified = await commitment({
    title: "Replikasi publik terverifikasi",
    status: "VERIFIED",
    visibility: "PUBLIC",
    milestones: [{ title: "Selesai", state: "CONFIRMED", dueOn: day(-5) }],
  });
  ids.membersVerified = await commitment({
    title: "Replikasi anggota terverifikasi",
    status: "VERIFIED",
    visibility: "MEMBERS",
  });
  ids.draft = await commitment({
    title: "Draf untuk papan",
    status: "DRAFT",
    visibility: "MEMBERS",
    milestones: [{ title: "Tim dibentuk", state: "OPEN", dueOn: day(30) }],
  });
});

describe("/tracker", () => {
  it("lists what the viewer may read, with stalled filtered and shown", async () => {
    const anonymous = await get(trackerLoader, "/tracker?stalled=true&limit=100");
    expect(anonymous.status).toBe(200);
    const items = itemsOf(anonymous.body) as Array<{ id: string; stall: { stalled: boolean } }>;
    expect(items.map((i) => i.id)).toContain(ids.stalled);
    expect(items.find((i) => i.id === ids.stalled)?.stall.stalled).toBe(true);
    expect(items.every((i) => i.stall.stalled)).toBe(true);
    const notStalled = await get(trackerLoader, "/tracker?stalled=false&limit=100");
    expect(idsOf(notStalled.body)).not.toContain(ids.stalled);

    const outsider = await get(trackerLoader, `/tracker?region=${ADOPTER}&limit=100`, {
      cookie: outsiderCookie,
    });
    expect(idsOf(outsider.body)).toContain(ids.draft); // members
    expect(idsOf(outsider.body)).not.toContain(ids.secret);
    const own = await get(trackerLoader, `/tracker?region=${ADOPTER}&limit=100`, {
      cookie: sekdaBandung,
    });
    expect(idsOf(own.body)).toContain(ids.secret);
    expect((own.body as { mayDraft: boolean }).mayDraft).toBe(true);
  });

  it("filters by province, mentor, status and overdue; names an unknown value; pages back", async () => {
    const filtered = await get(
      trackerLoader,
      `/tracker?province=32&mentor=${MENTOR}&status=VERIFIED&limit=100`,
    );
    expect(idsOf(filtered.body)).toEqual(expect.arrayContaining([ids.verified]));
    expect(idsOf(filtered.body)).not.toContain(ids.stalled);
    const overdue = await get(trackerLoader, "/tracker?overdue=true&limit=100", {
      cookie: sekdaBandung,
    });
    // Only the confirmed milestone is past its date: not overdue.
    expect(idsOf(overdue.body)).not.toContain(ids.stalled);

    const bad = await get(trackerLoader, "/tracker?status=BOGUS&region=99.99&stalled=maybe");
    expect(bad.status).toBe(200);
    expect(
      (bad.body as { ignored: Array<{ key: string }> }).ignored.map((i) => i.key).sort(),
    ).toEqual(["region", "stalled", "status"]);
    const past = await get(trackerLoader, "/tracker?status=VERIFIED&page=999");
    expect(past.status).toBe(302);
    expect(past.location).toMatch(/^\/tracker\?status=VERIFIED(&page=\d+)?$/);
  });
});

describe("GET /api/commitments", () => {
  it("lists with stalled, 400 on bad parameters, and hides a private commitment", async () => {
    const list = await get(apiListLoader, "/api/commitments?stalled=true&limit=100");
    expect(list.status).toBe(200);
    const item = (list.body as { items: Json[] }).items.find((i) => i.id === ids.stalled)!;
    expect(item).toMatchObject({ stalled: true, progress: 25, status: "IN_PROGRESS" });
    expect(item.url).toBe(`${publicBaseUrl()}/commitments/${ids.stalled}`);

    for (const query of ["stalled=maybe", "limit=500", "page=0", "status=DONE", "region=x"]) {
      const bad = await get(apiListLoader, `/api/commitments?${query}`);
      expect(bad.status, query).toBe(400);
      expect(JSON.stringify(bad.body)).toContain("tidak valid");
    }
    const outsider = await get(apiListLoader, `/api/commitments?region=${ADOPTER}&limit=100`, {
      cookie: outsiderCookie,
    });
    expect(idsOf(outsider.body)).not.toContain(ids.secret);
    const own = await get(apiListLoader, `/api/commitments?region=${ADOPTER}&limit=100`, {
      cookie: sekdaBandung,
    });
    expect(idsOf(own.body)).toContain(ids.secret);
  });

  it("reads with a personal access token as its region's people do", async () => {
    const issued = await createAccessToken({
      actor: await actor(DEMO.devBandung),
      name: "Pelacak",
      regionCode: ADOPTER,
      scopes: ["evidence:write"],
      expiresOn: expiryBounds().default,
      origin: { ip: "10.0.0.7", userAgent: "test" },
    });
    if (!issued.ok) throw new Error("token not created");
    const request = (path: string) =>
      new Request(`http://localhost${path}`, {
        headers: { Authorization: `Bearer ${issued.secret}` },
      });
    const list = await apiListLoader({
      request: request(`/api/commitments?region=${ADOPTER}&limit=100`),
      params: {},
      context: {},
    } as never);
    expect(idsOf(await list.json())).toContain(ids.secret);
    const one = await apiItemLoader({
      request: request(`/api/commitments/${ids.secret}`),
      params: { id: ids.secret },
      context: {},
    } as never);
    expect(one.status).toBe(200);
  });

  it("answers one commitment with progress, stalled and milestones; 404 when unreadable", async () => {
    const one = await get(apiItemLoader, `/api/commitments/${ids.stalled}`, {
      params: { id: ids.stalled },
    });
    expect(one.status).toBe(200);
    const body = one.body as { progress: number; stalled: boolean; milestones: Json[] };
    expect(body.progress).toBe(25);
    expect(body.stalled).toBe(true);
    expect(body.milestones).toHaveLength(4);
    for (const [id, cookie] of [
      [ids.secret, outsiderCookie],
      [ids.secret, undefined],
      ["not-a-uuid", undefined],
    ] as const) {
      const missing = await get(apiItemLoader, `/api/commitments/${id}`, {
        params: { id },
        cookie,
      });
      expect(missing.status).toBe(404);
    }
    const own = await get(apiItemLoader, `/api/commitments/${ids.secret}`, {
      params: { id: ids.secret },
      cookie: sekdaBandung,
    });
    expect(own.status).toBe(200);
  });
});

describe("the region's board", () => {
  const path = `/regions/${ADOPTER}/tracker`;
  const params = { code: ADOPTER };
  const cardIds = (body: unknown, side: "adopter" | "mentor") =>
    (body as { board: Record<string, Array<{ cards: Array<{ id: string }> }>> }).board[
      side
    ]!.flatMap((c) => c.cards.map((card) => card.id));

  it("shows the outsider no private card and refuses the outsider's moves", async () => {
    const seen = await get(boardLoader, path, { params, cookie: outsiderCookie });
    expect(cardIds(seen.body, "adopter")).toContain(ids.draft);
    expect(cardIds(seen.body, "adopter")).not.toContain(ids.secret);
    expect((seen.body as { feeds: unknown }).feeds).toBeNull();
    const refused = await post(
      boardAction,
      path,
      { intent: "move", id: ids.draft, transition: "commit" },
      { params, cookie: outsiderCookie },
    );
    expect(refused.status).toBe(403);
    const hidden = await post(
      boardAction,
      path,
      { intent: "move", id: ids.secret, transition: "start" },
      { params, cookie: outsiderCookie },
    );
    expect(hidden.status).toBe(404);
    const feed = await post(
      boardAction,
      path,
      { intent: "createFeed" },
      { params, cookie: outsiderCookie },
    );
    expect(feed.status).toBe(403);
    expect((await db().commitment.findUniqueOrThrow({ where: { id: ids.draft } })).status).toBe(
      "DRAFT",
    );
  });

  it("lets the adopter's secretary approve a draft; cancelling needs a reason", async () => {
    const approved = await post(
      boardAction,
      path,
      { intent: "move", id: ids.draft, transition: "commit" },
      { params, cookie: sekdaBandung },
    );
    expect(approved.status).toBe(200);
    expect((await db().commitment.findUniqueOrThrow({ where: { id: ids.draft } })).status).toBe(
      "COMMITTED",
    );
    const noReason = await post(
      boardAction,
      path,
      { intent: "move", id: ids.draft, transition: "cancel", text: " " },
      { params, cookie: sekdaBandung },
    );
    expect(noReason.status).toBe(422);
    const seen = await get(boardLoader, path, { params, cookie: sekdaBandung });
    expect(cardIds(seen.body, "adopter")).toContain(ids.secret);
    const mentorBoard = await get(boardLoader, `/regions/${MENTOR}/tracker`, {
      params: { code: MENTOR },
    });
    expect(cardIds(mentorBoard.body, "mentor")).toContain(ids.stalled);
    expect(cardIds(mentorBoard.body, "adopter")).not.toContain(ids.stalled);
  });
});

describe("the calendar feed", () => {
  const path = `/regions/${ADOPTER}/tracker`;
  const params = { code: ADOPTER };

  it("parses with one event per open or done milestone with a due date; 404 once revoked", async () => {
    const created = await post(
      boardAction,
      path,
      { intent: "createFeed" },
      { params, cookie: sekdaBandung },
    );
    expect(created.status).toBe(200);
    const url = new URL((created.body as { feedUrl: string }).feedUrl);
    expect(url.origin).toBe(publicBaseUrl());
    const token = url.searchParams.get("token")!;
    const stored = await db().calendarFeedToken.findMany({ where: { regionCode: ADOPTER } });
    expect(stored.some((row) => row.tokenHash === token)).toBe(false);
    expect(stored.some((row) => row.tokenHash === hashFeedSecret(token))).toBe(true);

    const answer = await icsLoader({
      request: new Request(`http://evil.example${url.pathname}${url.search}`),
      params,
      context: {},
    } as never);
    expect(answer.headers.get("Content-Type")).toMatch(/^text\/calendar/);
    const text = await answer.text();
    expect(text).toContain("\r\n");
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    expect(text).not.toContain("evil.example");

    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const expected = await db().milestone.count({
      where: {
        state: { in: ["OPEN", "DONE"] },
        dueOn: { not: null },
        commitment: {
          adopterRegionCode: ADOPTER,
          status: { in: ["DRAFT", "COMMITTED", "IN_PROGRESS", "IMPLEMENTED"] },
        },
      },
    });
    expect(events).toHaveLength(expected);
    const mine = events.filter((e) => e.summary.startsWith(LONG_TITLE));
    expect(mine.map((e) => e.summary).sort()).toEqual([
      `${LONG_TITLE}: Peluncuran`,
      `${LONG_TITLE}: Uji coba, tahap 1`,
    ]);
    const launch = mine.find((e) => e.summary.endsWith("Peluncuran"))!;
    expect(launch.startDate.isDate).toBe(true);
    expect(launch.startDate.toString()).toBe(addDays(today, 60));
    expect(launch.uid).toMatch(/^milestone-[0-9a-f-]{36}@/);
    const urlProp = launch.component.getFirstPropertyValue("url");
    expect(String(urlProp)).toMatch(
      new RegExp(`^${publicBaseUrl()}/commitments/${ids.stalled}#milestone-`),
    );
    expect(launch.component.getFirstPropertyValue("dtstamp")).toBeTruthy();

    const feedId = (
      await db().calendarFeedToken.findFirstOrThrow({
        where: { regionCode: ADOPTER, revokedAt: null },
        orderBy: { createdAt: "desc" },
      })
    ).id;
    const revoked = await post(
      boardAction,
      path,
      { intent: "revokeFeed", feedId },
      { params, cookie: sekdaBandung },
    );
    expect(revoked.status).toBe(200);
    for (const query of [url.search, "?token=llc_" + "a".repeat(52), ""]) {
      const gone = await get(icsLoader, `${url.pathname}${query}`, { params });
      expect(gone.status, query).toBe(404);
    }
  });

  it("folds long lines at 75 octets without splitting a character", () => {
    const line = `SUMMARY:${"é".repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split("\r\n"))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split("\r\n")
        .map((p, i) => (i === 0 ? p : p.slice(1)))
        .join(""),
    ).toBe(line);
  });
});

describe("the Atom feed and the mentor's inbox", () => {
  it("holds public verified replications only", async () => {
    const answer = await atomLoader({
      request: new Request("http://localhost/tracker/verified.atom"),
      params: {},
      context: {},
    } as never);
    expect(answer.headers.get("Content-Type")).toMatch(/^application\/atom\+xml/);
    const text = await answer.text();
    expect(text).toContain(`/commitments/${ids.verified}`);
    expect(text).not.toContain(ids.membersVerified);
    expect(text).not.toContain(ids.stalled);
    expect(text).not.toContain(ids.secret);
  });

  it("lists the mentor's done milestones waiting for confirmation", async () => {
    const inbox = await get(inboxLoader, "/tracker/inbox", { cookie: sekdaSumedang });
    expect(inbox.status).toBe(200);
    const body = inbox.body as {
      waiting: Array<{ title: string; commitment: { id: string } }>;
      groups: Array<{ status: string; items: Array<{ id: string }> }>;
    };
    expect(
      body.waiting.some((m) => m.commitment.id === ids.stalled && m.title === "Uji coba, tahap 1"),
    ).toBe(true);
    expect(body.groups.find((g) => g.status === "IN_PROGRESS")?.items.map((i) => i.id)).toContain(
      ids.stalled,
    );
    const dashboard = await get(dashboardLoader, "/dashboard", { cookie: sekdaSumedang });
    expect(
      (dashboard.body as { waiting: { milestones: number } }).waiting.milestones,
    ).toBeGreaterThanOrEqual(1);
    const outsiderInbox = await get(inboxLoader, "/tracker/inbox", { cookie: outsiderCookie });
    expect((outsiderInbox.body as { waiting: unknown[] }).waiting).toEqual([]);
    const anonymous = await get(inboxLoader, "/tracker/inbox");
    expect(anonymous.status).toBe(302);
  });
});
