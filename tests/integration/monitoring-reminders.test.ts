// "Kirim pengingat" on /monitoring/regions/:code as a coordinator uses it: the region's secretaries
// get a mail (kept in the outbox without SMTP) whose links come from PUBLIC_URL, never the request;
// the audit log records it; a second one within 7 days is refused with when the next may go, and
// sends nothing; a region without a secretary says so; only those who may remind get through.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../app/auth/policy";
import { db } from "../../app/db.server";
import { listParticipation } from "../../app/modules/monitoring/participation.server";
import {
  REMINDER_AUDIT_ACTION,
  sendRegionReminder,
} from "../../app/modules/monitoring/reminders.server";
import RegionMonitoringPage, {
  action as drillAction,
  loader as drillLoader,
} from "../../app/routes/monitoring.regions.$code";
import { createUser, DEMO, outcome, post, sessionFor, USER_AGENT } from "../support/accounts";
import { actor } from "../support/actors";
import { renderRoute } from "../support/render-route";
import { status } from "../support/responses";

const origin = { ip: "10.7.7.7", userAgent: "vitest" };
const reminderMail = (to: string) =>
  db().mailMessage.findMany({
    where: { to, subject: { startsWith: "Pengingat tindak lanjut Living Lab" } },
  });
const reminderEvents = (code: string) =>
  db().auditEvent.findMany({
    where: { action: REMINDER_AUDIT_ACTION, entityId: code },
    orderBy: { at: "asc" },
  });

/** POST intent=remind as the HTTP server would hand it over, for another Host than PUBLIC_URL's. */
function remind(code: string, cookie: string) {
  const request = new Request(`http://portal.attacker.example/monitoring/regions/${code}`, {
    method: "POST",
    body: new URLSearchParams({ intent: "remind" }),
    headers: { Cookie: cookie, "User-Agent": USER_AGENT, Host: "portal.attacker.example" },
  });
  return outcome(() =>
    drillAction({ request, params: { code }, context: { cspNonce: "test", clientIp: "10.7.7.7" } }),
  );
}

let coordinator: string;
beforeAll(async () => {
  coordinator = (await sessionFor(DEMO.coordinator)).cookie;
});

describe("sending a region's secretaries a reminder", () => {
  it("mails them once, audits it, and refuses a second within 7 days without mailing", async () => {
    const first = await remind("32.11", coordinator);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ notice: "monitoring.remind.sent", recipients: 1 });

    const mails = await reminderMail(DEMO.sekdaSumedang);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.status).toBe("stored"); // no SMTP_URL in tests: kept for the outbox
    expect(mail.subject).toBe("Pengingat tindak lanjut Living Lab untuk Kabupaten Sumedang");
    expect(mail.text).toContain("Yth. Sekretaris Daerah Kabupaten Sumedang");
    expect(mail.text).toContain("Koordinator Kemendagri (demo)");
    expect(mail.text).toContain("Status partisipasi: Aktif");
    // PUBLIC_URL is http://localhost in tests; the request named another host.
    expect(mail.text).toContain("http://localhost/dashboard");
    expect(mail.text).toContain("http://localhost/regions/32.11/tracker");
    expect(mail.text).not.toContain("attacker");

    const events = await reminderEvents("32.11");
    expect(events).toEqual([
      expect.objectContaining({
        actorEmail: DEMO.coordinator,
        entityType: "Region",
        entityId: "32.11",
        ip: "10.7.7.7",
        details: { recipients: [DEMO.sekdaSumedang], mails: 1 },
      }),
    ]);

    const second = await remind("32.11", coordinator);
    expect(second.status).toBe(429);
    expect(second.body).toMatchObject({ formError: "monitoring.remind.tooSoon" });
    const next = Date.parse((second.body as { nextPossibleAt: string }).nextPossibleAt);
    expect(next).toBe(events[0]!.at.getTime() + 7 * 86_400_000);
    expect(Number(second.headers.get("Retry-After"))).toBeGreaterThan(6 * 86_400);
    expect(await reminderMail(DEMO.sekdaSumedang)).toHaveLength(1);
    expect(await reminderEvents("32.11")).toHaveLength(1);

    // The page says when the last one went and when the next may, and offers no button.
    const page = await renderRoute({
      path: "/monitoring/regions/:code",
      url: "http://localhost/monitoring/regions/32.11",
      loader: drillLoader,
      Component: RegionMonitoringPage,
      headers: { Cookie: coordinator },
    });
    expect(page.html).toContain("Pengingat terakhir:");
    expect(page.html).toContain("Pengingat berikutnya dapat dikirim mulai");
    expect(page.html).not.toContain('value="remind"');

    // Seven days on, the next one goes.
    const coordinatorActor = await actor(DEMO.coordinator);
    const later = new Date(events[0]!.at.getTime() + 7 * 86_400_000 + 60_000);
    expect(
      await sendRegionReminder({
        actor: coordinatorActor,
        regionCode: "32.11",
        origin,
        now: later,
      }),
    ).toEqual({ status: "sent", recipients: 1 });
    expect(await reminderMail(DEMO.sekdaSumedang)).toHaveLength(2);
  });

  it("says so for a region without a secretary, and sends nothing", async () => {
    const before = await db().mailMessage.count();
    const answer = await remind("33.01", coordinator);
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ formError: "monitoring.remind.noSecretary" });
    expect(await db().mailMessage.count()).toBe(before);
    expect(await reminderEvents("33.01")).toHaveLength(0);
  });

  it("does not count as the region's own activity", async () => {
    // Kabupaten Bogor (32.01) has no activity in the seed; give it a secretary and remind it.
    const secretary = await createUser({
      memberships: [{ regionCode: "32.01", role: "SECRETARY" }],
    });
    expect((await remind("32.01", coordinator)).status).toBe(200);
    expect(await reminderMail(secretary.email)).toHaveLength(1);
    const bogor = (await listParticipation()).find((r) => r.code === "32.01")!;
    expect(bogor.status).toBe("tidak-aktif");
    expect(bogor.lastActivityAt).toBeNull();
  });

  it("is refused to the region's own people, and to a province coordinator outside their province", async () => {
    for (const email of [DEMO.sekdaBandung, DEMO.devBandung]) {
      const { cookie } = await sessionFor(email);
      expect([email, (await remind("32.73", cookie)).status]).toEqual([email, 403]);
    }
    const anonymous = await post(
      drillAction,
      "/monitoring/regions/32.73",
      { intent: "remind" },
      {
        params: { code: "32.73" },
      },
    );
    expect(anonymous.status).toBe(302);
    expect(await reminderMail(DEMO.sekdaBandung)).toHaveLength(0);

    const user = await createUser({});
    const provincial: Actor = {
      id: user.id,
      email: user.email,
      isAdmin: false,
      isCoordinator: false,
      memberships: [],
      provinceCodes: ["33"],
    };
    expect(
      await status(sendRegionReminder({ actor: provincial, regionCode: "32.73", origin })),
    ).toBe(403);
    expect(await reminderMail(DEMO.sekdaBandung)).toHaveLength(0);
    const own = await createUser({ memberships: [{ regionCode: "33.02", role: "SECRETARY" }] });
    expect(await sendRegionReminder({ actor: provincial, regionCode: "33.02", origin })).toEqual({
      status: "sent",
      recipients: 1,
    });
    expect(await reminderMail(own.email)).toHaveLength(1);
  });

  it("answers an unknown intent with a message, and sends nothing", async () => {
    const answer = await post(
      drillAction,
      "/monitoring/regions/32.73",
      { intent: "spam" },
      {
        cookie: coordinator,
        params: { code: "32.73" },
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ errors: { intent: "monitoring.error.intent" } });
    expect(await reminderMail(DEMO.sekdaBandung)).toHaveLength(0);
  });
});
