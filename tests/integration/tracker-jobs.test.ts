// The tracker's scheduled work under a controlled clock: escalation of a stalled commitment (the
// person responsible on its first stalled day, the secretary exactly TRACKER_ESCALATION_DAYS
// later, the coordinators twice that; each step once), the daily digest mailed exactly once per
// person with two pg-boss instances on one database, the coordinators' weekly digest once, and
// failed mail retried with backoff and shown in the outbox.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../app/auth/policy";
import { db } from "../../app/db.server";
import {
  DAILY_JOB,
  JOB_SCHEMA,
  runWeeklyJobs,
  startJobs,
  type RunningJobs,
} from "../../app/modules/jobs/queue.server";
import { deliverDueMail } from "../../app/modules/mail/mail-delivery.server";
import { listOutbox, queueMail } from "../../app/modules/mail/mailer.server";
import { transitionCommitment } from "../../app/modules/tracker/commitment-commands.server";
import { runEscalation } from "../../app/modules/tracker/escalation.server";
import { setPreference } from "../../app/modules/tracker/notification-preferences.server";
import { todayInWib } from "../../app/utils/calendar";
import { DEMO } from "../support/accounts";
import { actor } from "../support/actors";
import { draftCommitment } from "../support/commitments";
import { startSmtpTestServer } from "../support/smtp-test-server";
import { freePort, withClient } from "../support/test-database";

let sekdaBandung: Actor;
let devBandung: Actor;
let sekdaSumedang: Actor;
let coordinator: Actor;
const running: RunningJobs[] = [];

/** 07:30 WIB on a day (WIB is UTC+7). */
const at = (day: string) => new Date(`${day}T07:30:00+07:00`);

beforeAll(async () => {
  [sekdaBandung, devBandung, sekdaSumedang, coordinator] = await Promise.all([
    actor(DEMO.sekdaBandung),
    actor(DEMO.devBandung),
    actor(DEMO.sekdaSumedang),
    actor(DEMO.coordinator),
  ]);
});

afterAll(async () => {
  await Promise.all(running.map((jobs) => jobs.stop()));
});

describe("escalation of a stalled commitment", () => {
  it("reaches the responsible person on day 0, the secretary on day +7 (not +6), the coordinators on +14, once each", async () => {
    const id = await draftCommitment(sekdaBandung, devBandung.id);
    expect(await transitionCommitment(sekdaBandung, id, "commit")).toMatchObject({ ok: true });
    // Last update on 1 March 2026 (WIB): stalled from 31 March (TRACKER_STALL_DAYS = 30).
    await db().commitment.update({
      where: { id },
      data: { lastActivityAt: new Date("2026-03-01T12:00:00+07:00") },
    });
    const stalledFor = (userId: string) =>
      db().notification.count({ where: { userId, kind: "tracker.stalled", recordSlug: id } });
    const steps = () =>
      db()
        .commitmentEscalation.findMany({ where: { commitmentId: id }, orderBy: { sentAt: "asc" } })
        .then((rows) => rows.map((r) => [r.stallSince, r.step, todayInWib(r.sentAt)]));

    await runEscalation(at("2026-03-30"));
    expect(await steps()).toEqual([]);

    await runEscalation(at("2026-03-31"));
    expect(await steps()).toEqual([["2026-03-31", "responsible", "2026-03-31"]]);
    expect(await stalledFor(devBandung.id)).toBe(1);
    expect(await stalledFor(sekdaBandung.id)).toBe(0);

    await runEscalation(at("2026-04-06"));
    expect(await stalledFor(sekdaBandung.id)).toBe(0);

    await runEscalation(at("2026-04-07"));
    await runEscalation(at("2026-04-07"));
    expect(await stalledFor(sekdaBandung.id)).toBe(1);
    expect(await stalledFor(devBandung.id)).toBe(1);
    expect(await stalledFor(coordinator.id)).toBe(0);

    await runEscalation(at("2026-04-13"));
    expect(await stalledFor(coordinator.id)).toBe(0);
    await runEscalation(at("2026-04-14"));
    expect(await stalledFor(coordinator.id)).toBe(1);
    expect(await steps()).toEqual([
      ["2026-03-31", "responsible", "2026-03-31"],
      ["2026-03-31", "secretary", "2026-04-07"],
      ["2026-03-31", "coordinators", "2026-04-14"],
    ]);
    // The stall mail went out at once, with the unsubscribe headers.
    const mail = await db().mailMessage.findFirstOrThrow({
      where: { to: DEMO.sekdaBandung, subject: { contains: "macet" } },
    });
    expect(mail.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });
});

describe("digests with two app instances", () => {
  it("mails each person's daily digest exactly once, grouped by commitment, newest first", async () => {
    const now = new Date("2026-06-10T07:00:30+07:00");
    await setPreference(db(), devBandung.id, "tracker.status", "DAILY");
    await setPreference(db(), sekdaSumedang.id, "tracker.comment", "DAILY");
    const notice = (userId: string, kind: string, slug: string, title: string, hoursAgo: number) =>
      db().notification.create({
        data: {
          userId,
          kind,
          recordType: "commitment",
          recordSlug: slug,
          recordTitle: title,
          comment: kind === "tracker.status" ? "IN_PROGRESS" : "Komentar",
          createdAt: new Date(now.getTime() - hoursAgo * 3600_000),
        },
      });
    await notice(
      devBandung.id,
      "tracker.status",
      "a0000000-0000-4000-8000-000000000001",
      "Komitmen Lama",
      20,
    );
    await notice(
      devBandung.id,
      "tracker.status",
      "a0000000-0000-4000-8000-000000000002",
      "Komitmen Baru",
      2,
    );
    await notice(
      devBandung.id,
      "tracker.status",
      "a0000000-0000-4000-8000-000000000001",
      "Komitmen Lama",
      10,
    );
    await notice(
      sekdaSumedang.id,
      "tracker.comment",
      "a0000000-0000-4000-8000-000000000002",
      "Komitmen Baru",
      5,
    );

    const url = process.env.DATABASE_URL!;
    const options = {
      connectionString: url,
      mailPollMs: 0,
      pollingIntervalSeconds: 0.5,
      log: () => {},
    };
    running.push(await startJobs(options), await startJobs(options));
    const [a, b] = running as [RunningJobs, RunningJobs];

    // Both instances scheduled the jobs in Asia/Jakarta.
    const schedules = await withClient(url, (client) =>
      client.query<{ name: string; cron: string; tz: string }>(
        `SELECT name, cron, options->>'tz' AS tz FROM ${JOB_SCHEMA}.schedule ORDER BY name`,
      ),
    );
    expect(schedules.rows).toEqual([
      { name: "tracker-daily", cron: "0 7 * * *", tz: "Asia/Jakarta" },
      { name: "tracker-weekly", cron: "0 7 * * 1", tz: "Asia/Jakarta" },
    ]);

    // The same run fired on both instances at once (the worst case): each one works one.
    const ids = await Promise.all([
      a.boss.send(DAILY_JOB, { now: now.toISOString() }),
      b.boss.send(DAILY_JOB, { now: now.toISOString() }),
    ]);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const jobs = await Promise.all(ids.map((jobId) => a.boss.getJobById(DAILY_JOB, jobId!)));
      if (jobs.every((job) => job?.state === "completed")) break;
      if (jobs.some((job) => job?.state === "failed")) throw new Error(JSON.stringify(jobs));
      if (Date.now() > deadline) throw new Error("the daily jobs did not complete");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }

    const digests = (to: string) =>
      db().mailMessage.findMany({ where: { to, subject: { contains: "Ringkasan harian" } } });
    const forDev = await digests(DEMO.devBandung);
    expect(forDev).toHaveLength(1);
    expect(forDev[0]!.subject).toContain("3 pemberitahuan");
    const text = forDev[0]!.text;
    expect(text.indexOf("# Komitmen Baru")).toBeLessThan(text.indexOf("# Komitmen Lama"));
    expect(forDev[0]!.headers).toMatchObject({
      "List-Unsubscribe": expect.stringMatching(/^<http:\/\/localhost\/unsubscribe\/.+>$/),
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(await digests(DEMO.sekdaSumedang)).toHaveLength(1);
    expect(
      await db().notification.count({
        where: { userId: devBandung.id, kind: "tracker.status", mailedAt: null },
      }),
    ).toBe(0);
  });

  it("sends the coordinators' weekly digest once, however often Monday's job runs", async () => {
    const monday = new Date("2026-06-15T07:00:10+07:00");
    await Promise.all([runWeeklyJobs(monday), runWeeklyJobs(monday), runWeeklyJobs(monday)]);
    const mails = await db().mailMessage.findMany({
      where: { to: DEMO.coordinator, subject: { contains: "Ringkasan mingguan koordinator" } },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("Komitmen macet");
  });
});

describe("failed mail", () => {
  it("is retried with a growing delay and shown to administrators, then sent", async () => {
    const closed = `smtp://127.0.0.1:${await freePort()}?ignoreTLS=true`;
    const now = new Date("2026-07-01T08:00:00+07:00");
    const id = await db().$transaction((tx) =>
      queueMail(
        tx,
        { to: "gagal.kirim@example.org", subject: "Coba lagi", text: "x" },
        { smtpUrl: closed, now },
      ),
    );
    expect(await deliverDueMail({ now, smtpUrl: closed })).toMatchObject({ failed: 1 });
    const failed = await listOutbox({ page: 1, limit: 50, status: "failed" });
    expect(failed.items.find((item) => item.id === id)).toMatchObject({
      attempts: 1,
      nextAttemptAt: new Date(now.getTime() + 60_000),
    });
    expect(failed.items.find((item) => item.id === id)!.error).toBeTruthy();

    const smtp = await startSmtpTestServer();
    try {
      expect(
        await deliverDueMail({ now: new Date(now.getTime() + 30_000), smtpUrl: smtp.url }),
      ).toEqual({ sent: 0, failed: 0 });
      expect(
        await deliverDueMail({ now: new Date(now.getTime() + 61_000), smtpUrl: smtp.url }),
      ).toEqual({ sent: 1, failed: 0 });
      await smtp.waitFor((mail) => mail.subject === "Coba lagi");
    } finally {
      await smtp.close();
    }
    expect(await db().mailMessage.findUniqueOrThrow({ where: { id: id! } })).toMatchObject({
      status: "sent",
      attempts: 2,
      nextAttemptAt: null,
    });
  });
});
