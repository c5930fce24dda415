// Scheduled work on pg-boss (a PostgreSQL job queue, its own schema "pgboss" in the app's
// database), started by scripts/start.ts and stopped on shutdown; not started in tests unless a
// test starts it. Times are Asia/Jakarta (WIB):
//   tracker-daily   07:00 every day   reminders (due in 7 days, overdue), stalled detection and
//                                     escalation, the daily digests
//   tracker-weekly  07:00 on Monday   the weekly digests and the coordinators' weekly digest
// pg-boss fires each schedule once per minute slot across instances; the handlers are idempotent
// besides (database-guarded, see digests.server.ts and escalation.server.ts), so a double run
// sends nothing twice. Mail queued by commands is delivered every few seconds (and retried with
// backoff) by deliverDueMail; a missed run is caught up by the next one.
import PgBoss from "pg-boss";
import { z } from "zod";
import { deliverDueMail } from "~/modules/mail/mail-delivery.server";
import { sendCoordinatorDigests, sendDigests } from "~/modules/tracker/digests.server";
import { runEscalation, runReminders } from "~/modules/tracker/escalation.server";
import { PORTAL_TIME_ZONE } from "~/utils/calendar";

export const JOB_SCHEMA = "pgboss";
export const DAILY_JOB = "tracker-daily";
export const WEEKLY_JOB = "tracker-weekly";
export const SCHEDULES = [
  { name: DAILY_JOB, cron: "0 7 * * *" },
  { name: WEEKLY_JOB, cron: "0 7 * * 1" },
] as const;

export interface DailyReport {
  reminders: number;
  escalations: number;
  digests: number;
}

/** The daily work at `now` (a plain function: tests pass their own clock). */
export async function runDailyJobs(now: Date): Promise<DailyReport> {
  const reminders = await runReminders(now);
  const escalations = await runEscalation(now);
  const digests = await sendDigests("DAILY", now);
  return { reminders, escalations, digests };
}

export async function runWeeklyJobs(now: Date): Promise<{ digests: number; coordinators: number }> {
  const digests = await sendDigests("WEEKLY", now);
  const coordinators = await sendCoordinatorDigests(now);
  return { digests, coordinators };
}

/** A job may carry its clock (tests); a scheduled one runs at the time it is worked. */
const jobData = z.object({ now: z.iso.datetime().optional() }).catch({});
const clockOf = (data: unknown) => {
  const parsed = jobData.parse(data ?? {});
  return parsed.now ? new Date(parsed.now) : new Date();
};

export interface RunningJobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

export async function startJobs(options: {
  connectionString: string;
  /** How often queued mail is looked for (ms); 0: not at all. */
  mailPollMs?: number;
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
}): Promise<RunningJobs> {
  const log = options.log ?? ((line: string) => console.log(`[jobs] ${line}`));
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOB_SCHEMA,
    max: 3,
    application_name: "livinglab-jobs",
  });
  let stopping = false;
  // Once stopping, the pool's connections closing under it are expected, not errors.
  boss.on("error", (error) => {
    if (!stopping) log(`error: ${error.message}`);
  });
  await boss.start();
  const handlers: Record<string, (now: Date) => Promise<unknown>> = {
    [DAILY_JOB]: runDailyJobs,
    [WEEKLY_JOB]: runWeeklyJobs,
  };
  for (const { name, cron } of SCHEDULES) {
    await boss.createQueue(name);
    await boss.schedule(name, cron, {}, { tz: PORTAL_TIME_ZONE });
    await boss.work(
      name,
      { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 10 },
      async (jobs) => {
        for (const job of jobs) {
          const report = await handlers[name]!(clockOf(job.data));
          log(`${name}: ${JSON.stringify(report)}`);
        }
      },
    );
  }
  let timer: ReturnType<typeof setInterval> | null = null;
  let delivering = false;
  const mailPollMs = options.mailPollMs ?? 5000;
  if (mailPollMs > 0) {
    timer = setInterval(() => {
      if (delivering) return;
      delivering = true;
      deliverDueMail()
        .catch((error: unknown) =>
          log(`mail delivery: ${error instanceof Error ? error.message : String(error)}`),
        )
        .finally(() => {
          delivering = false;
        });
    }, mailPollMs);
    timer.unref();
  }
  return {
    boss,
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
