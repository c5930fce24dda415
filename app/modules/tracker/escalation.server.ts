// The daily tracker jobs' work on commitments, run at 07:00 WIB (app/modules/jobs/queue.server.ts)
// with the clock given as `now`: stalled detection and escalation (the person responsible on the
// first stalled day, the adopting region's secretaries TRACKER_ESCALATION_DAYS later, the
// coordinators twice that), each step recorded in CommitmentEscalation so it is sent once; and
// the reminders of milestones due within 7 days or overdue, once per milestone and due date.
// A missed day is caught up the next run: every step and reminder whose day has come is sent.
import { db } from "~/db.server";
import { todayInWib } from "~/utils/calendar";
import { dayOfDate } from "~/utils/calendar";
import type { CommitmentStatus, MilestoneState } from "./commitment-status";
import { claimOnce } from "./dispatch-once.server";
import { notifyCommitment } from "./notify.server";
import {
  addDays,
  escalationSteps,
  STALLABLE_STATUSES,
  stallState,
  type StallState,
} from "./stalled";
import { dateOfDay, stallSettings } from "./tracker-settings.server";

export interface StalledCommitment {
  id: string;
  title: string;
  stall: StallState;
}

/** Every commitment that is stalled on `now`'s WIB day. */
export async function stalledCommitments(now: Date): Promise<StalledCommitment[]> {
  const today = todayInWib(now);
  const settings = stallSettings();
  const rows = await db().commitment.findMany({
    where: { status: { in: [...STALLABLE_STATUSES] } },
    select: {
      id: true,
      title: true,
      status: true,
      lastActivityAt: true,
      milestones: { select: { dueOn: true, state: true } },
    },
  });
  return rows.flatMap((row) => {
    const stall = stallState(
      {
        status: row.status as CommitmentStatus,
        lastActivityOn: todayInWib(row.lastActivityAt),
        milestones: row.milestones.map((m) => ({
          dueOn: dayOfDate(m.dueOn),
          state: m.state as MilestoneState,
        })),
      },
      today,
      settings,
    );
    return stall.stalled ? [{ id: row.id, title: row.title, stall }] : [];
  });
}

/** Sends every escalation step that is due and not yet sent; answers how many steps were sent. */
export async function runEscalation(now: Date): Promise<number> {
  const today = todayInWib(now);
  const settings = stallSettings();
  let sent = 0;
  for (const commitment of await stalledCommitments(now)) {
    for (const { step } of escalationSteps(commitment.stall, today, settings)) {
      const fresh = await db().$transaction(async (tx) => {
        const rows = await tx.$queryRaw<Array<{ step: string }>>`
          INSERT INTO "CommitmentEscalation" ("commitmentId", "stallSince", step, "sentAt")
          VALUES (${commitment.id}::uuid, ${commitment.stall.since}, ${step}, ${now})
          ON CONFLICT DO NOTHING RETURNING step`;
        if (rows.length === 0) return false;
        await notifyCommitment(tx, {
          commitmentId: commitment.id,
          kind: "tracker.stalled",
          actorId: null,
          step,
          now,
        });
        return true;
      });
      if (fresh) sent += 1;
    }
  }
  return sent;
}

/** Reminders of open milestones due within 7 days, or overdue (until they count as stalled). */
export async function runReminders(now: Date): Promise<number> {
  const today = todayInWib(now);
  const settings = stallSettings();
  const milestones = await db().milestone.findMany({
    where: {
      state: "OPEN",
      dueOn: {
        gte: dateOfDay(addDays(today, -settings.overdueDays))!,
        lte: dateOfDay(addDays(today, 7))!,
      },
      commitment: { status: { in: ["COMMITTED", "IN_PROGRESS"] } },
    },
    select: { id: true, title: true, dueOn: true, commitmentId: true },
  });
  let sent = 0;
  for (const milestone of milestones) {
    const dueOn = dayOfDate(milestone.dueOn)!;
    const kind = dueOn < today ? "tracker.overdue" : "tracker.dueSoon";
    const fresh = await db().$transaction(async (tx) => {
      if (!(await claimOnce(tx, `${kind}:${milestone.id}:${dueOn}`))) return false;
      await notifyCommitment(tx, {
        commitmentId: milestone.commitmentId,
        kind,
        actorId: null,
        detail: milestone.title,
        milestoneId: milestone.id,
        now,
      });
      return true;
    });
    if (fresh) sent += 1;
  }
  return sent;
}
