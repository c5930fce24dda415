// Who hears what about a commitment: notification rows written with each transition, comment and
// milestone step (never for the actor), the immediate mail with its RFC 8058 unsubscribe headers,
// no mail when the kind is off, the one-click unsubscribe, and the /notifications page.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../app/auth/policy";
import { db } from "../../app/db.server";
import { notificationPath } from "../../app/modules/review/notifications.server";
import {
  addComment,
  transitionCommitment,
} from "../../app/modules/tracker/commitment-commands.server";
import { markMilestoneDone } from "../../app/modules/tracker/milestone-commands.server";
import { setPreference } from "../../app/modules/tracker/notification-preferences.server";
import * as preferencesRoute from "../../app/routes/account.notifications";
import * as notificationsRoute from "../../app/routes/notifications._index";
import * as unsubscribeRoute from "../../app/routes/unsubscribe.$token";
import { DEMO, get, post } from "../support/accounts";
import { actor, cookieFor } from "../support/actors";
import { draftCommitment } from "../support/commitments";

let sekdaBandung: Actor;
let devBandung: Actor;
let sekdaSumedang: Actor;
let devSumedang: Actor;
let id: string;

const noticesOf = (userId: string, kind: string) =>
  db().notification.findMany({
    where: { userId, kind, recordSlug: id },
    orderBy: { createdAt: "asc" },
  });

const mailTo = (email: string) =>
  db().mailMessage.findMany({
    where: { to: email, subject: { contains: "Notifikasi: pengaduan" } },
    orderBy: { createdAt: "asc" },
  });

beforeAll(async () => {
  [sekdaBandung, devBandung, sekdaSumedang, devSumedang] = await Promise.all([
    actor(DEMO.sekdaBandung),
    actor(DEMO.devBandung),
    actor(DEMO.sekdaSumedang),
    actor(DEMO.devSumedang),
  ]);
  id = await draftCommitment(sekdaBandung, devBandung.id);
});

describe("notifications of a commitment", () => {
  it("tells the responsible person and the mentor's secretary of a status change, not the actor", async () => {
    expect(await transitionCommitment(sekdaBandung, id, "commit")).toMatchObject({ ok: true });
    const [forDev] = await noticesOf(devBandung.id, "tracker.status");
    expect(forDev).toMatchObject({
      recordType: "commitment",
      recordSlug: id,
      comment: "COMMITTED",
      readAt: null,
    });
    expect(forDev!.mailedAt).not.toBeNull();
    expect(notificationPath(forDev!)).toBe(`/commitments/${id}`);
    expect(await noticesOf(sekdaSumedang.id, "tracker.status")).toHaveLength(1);
    expect(await noticesOf(sekdaBandung.id, "tracker.status")).toHaveLength(0);
    // A developer of the mentor region is not concerned by status changes.
    expect(await noticesOf(devSumedang.id, "tracker.status")).toHaveLength(0);
  });

  it("mails at once with List-Unsubscribe and List-Unsubscribe-Post (RFC 8058), links from PUBLIC_URL", async () => {
    const [mail] = await mailTo(DEMO.devBandung);
    expect(mail).toBeDefined();
    const headers = mail!.headers as Record<string, string>;
    expect(headers["List-Unsubscribe"]).toMatch(
      /^<http:\/\/localhost\/unsubscribe\/[A-Za-z0-9_-]{43}>$/,
    );
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail!.text).toContain(`http://localhost/commitments/${id}`);
    expect(mail!.status).toBe("stored"); // no SMTP_URL in tests
  });

  it("tells both regions of a comment, and the mentor region's people of a milestone marked done", async () => {
    expect(await addComment(devSumedang, id, "Kami siap mendampingi.")).toMatchObject({ ok: true });
    expect(await noticesOf(devBandung.id, "tracker.comment")).toHaveLength(1);
    expect(await noticesOf(sekdaBandung.id, "tracker.comment")).toHaveLength(1);
    expect(await noticesOf(devSumedang.id, "tracker.comment")).toHaveLength(0);

    expect(await transitionCommitment(devBandung, id, "start")).toMatchObject({ ok: true });
    const milestone = await db().milestone.findFirstOrThrow({
      where: { commitmentId: id, position: 0 },
      select: { id: true },
    });
    const done = await markMilestoneDone(devBandung, milestone.id, {
      links: [{ url: "https://bandung.go.id/sk-tim.pdf", label: "SK tim" }],
    });
    expect(done).toMatchObject({ ok: true });
    const waiting = await noticesOf(sekdaSumedang.id, "tracker.milestoneWaiting");
    expect(waiting).toMatchObject([{ comment: "Tim dibentuk" }]);
    expect(await noticesOf(devSumedang.id, "tracker.milestoneWaiting")).toHaveLength(1);
    expect(await noticesOf(devBandung.id, "tracker.milestoneWaiting")).toHaveLength(0);
  });

  it("writes the notification but sends no mail when the kind is off", async () => {
    await setPreference(db(), devBandung.id, "tracker.comment", "OFF");
    const before = (await mailTo(DEMO.devBandung)).length;
    expect(await addComment(sekdaSumedang, id, "Bagaimana kemajuannya?")).toMatchObject({
      ok: true,
    });
    const notices = await noticesOf(devBandung.id, "tracker.comment");
    expect(notices).toHaveLength(2);
    expect(notices[1]!.mailedAt).toBeNull();
    expect(await mailTo(DEMO.devBandung)).toHaveLength(before);
    // Someone who kept the default still gets it at once.
    expect((await noticesOf(sekdaBandung.id, "tracker.comment"))[1]!.mailedAt).not.toBeNull();
  });
});

describe("one-click unsubscribe", () => {
  it("asks on GET, turns the kind off on POST without a session, and refuses an unknown token", async () => {
    const [mail] = await mailTo(DEMO.sekdaSumedang);
    const header = (mail!.headers as Record<string, string>)["List-Unsubscribe"]!;
    const token = /unsubscribe\/([^>]+)>/.exec(header)![1]!;
    const kind = (await db().unsubscribeToken.findUniqueOrThrow({ where: { token } })).kind;

    const page = await get(unsubscribeRoute.loader, `/unsubscribe/${token}`, { params: { token } });
    expect(page.status).toBe(200);
    expect(
      await db().notificationPreference.findUnique({
        where: { userId_kind: { userId: sekdaSumedang.id, kind } },
      }),
    ).toBeNull();

    const done = await post(
      unsubscribeRoute.action,
      `/unsubscribe/${token}`,
      { "List-Unsubscribe": "One-Click" },
      { params: { token } },
    );
    expect(done).toMatchObject({ status: 200, body: { done: true } });
    expect(
      await db().notificationPreference.findUniqueOrThrow({
        where: { userId_kind: { userId: sekdaSumedang.id, kind } },
      }),
    ).toMatchObject({ frequency: "OFF" });

    const bad = "x".repeat(43);
    expect(
      (await get(unsubscribeRoute.loader, `/unsubscribe/${bad}`, { params: { token: bad } }))
        .status,
    ).toBe(404);
    expect(
      (await post(unsubscribeRoute.action, "/unsubscribe/nope", {}, { params: { token: "nope" } }))
        .status,
    ).toBe(404);
  });
});

describe("/notifications", () => {
  it("lists the user's notifications newest first and marks them all read", async () => {
    const cookie = await cookieFor(DEMO.devBandung);
    const page = await get(notificationsRoute.loader, "/notifications", { cookie });
    const body = page.body as {
      unread: number;
      items: Array<{ createdAt: string; read: boolean }>;
    };
    expect(body.unread).toBeGreaterThan(0);
    const times = body.items.map((i) => i.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    const marked = await post(
      notificationsRoute.action,
      "/notifications",
      { intent: "markAllRead" },
      { cookie },
    );
    expect(marked.status).toBe(200);
    expect(await db().notification.count({ where: { userId: devBandung.id, readAt: null } })).toBe(
      0,
    );
    expect((await get(notificationsRoute.loader, "/notifications")).status).toBe(302);
  });
});

describe("/account/notifications", () => {
  it("shows the defaults, saves a choice per kind and refuses one a kind does not offer", async () => {
    const cookie = await cookieFor(DEMO.devSumedang);
    const page = await get(preferencesRoute.loader, "/account/notifications", { cookie });
    const kinds = (page.body as { kinds: Array<{ kind: string; value: string }> }).kinds;
    expect(kinds.find((k) => k.kind === "tracker.status")).toMatchObject({ value: "IMMEDIATE" });
    expect(kinds.find((k) => k.kind === "tracker.dueSoon")).toMatchObject({ value: "DAILY" });
    // Only coordinators choose about the coordinators' digest.
    expect(kinds.some((k) => k.kind === "tracker.coordinatorDigest")).toBe(false);

    const form = Object.fromEntries(kinds.map((k) => [k.kind, k.value]));
    const saved = await post(
      preferencesRoute.action,
      "/account/notifications",
      { ...form, "tracker.comment": "WEEKLY" },
      { cookie },
    );
    expect(saved).toMatchObject({ status: 200, body: { notice: "notify.prefs.saved" } });
    expect(
      await db().notificationPreference.findUniqueOrThrow({
        where: { userId_kind: { userId: devSumedang.id, kind: "tracker.comment" } },
      }),
    ).toMatchObject({ frequency: "WEEKLY" });

    const refused = await post(
      preferencesRoute.action,
      "/account/notifications",
      { ...form, "tracker.comment": "HOURLY" },
      { cookie },
    );
    expect(refused).toMatchObject({ status: 400, body: { formError: "notify.prefs.invalid" } });
    const notOffered = await post(
      preferencesRoute.action,
      "/account/notifications",
      { ...form, "tracker.coordinatorDigest": "DAILY" },
      { cookie },
    );
    expect(notOffered.status).toBe(400);
  });
});
