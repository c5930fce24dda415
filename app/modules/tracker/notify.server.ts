// Who hears what about a commitment. Called by the tracker's commands (and jobs) inside their
// transaction: the Notification rows, and the mail of those who want it at once (queued in the
// same transaction, sent after commit: mail-delivery.server.ts), commit with the change itself.
// Never the actor themself; never a disabled account; each person once.
//
//   tracker.status, tracker.comment          adopting region's secretaries, the person responsible,
//                                            the author, the mentor region's secretaries
//   tracker.milestoneWaiting                 the mentor region's people (who may confirm it)
//   tracker.milestoneConfirmed / Returned,   the person responsible, who marked it done, the
//   tracker.dueSoon, tracker.overdue         adopting region's secretaries
//   tracker.stalled                          one escalation step: the person responsible (or, with
//                                            none, the secretaries), the secretaries, the coordinators
import type { Prisma, RegionRole } from "@prisma/client";
import { queueMail } from "~/modules/mail/mailer.server";
import { frequenciesFor, type TrackerKind } from "./notification-preferences.server";
import { notificationMail } from "./notify-mail.server";
import type { EscalationStep } from "./stalled";
import { unsubscribeToken } from "./unsubscribe.server";

type Tx = Prisma.TransactionClient;

export const MILESTONE_NOTICE = {
  markDone: "tracker.milestoneWaiting",
  confirm: "tracker.milestoneConfirmed",
  return: "tracker.milestoneReturned",
} as const satisfies Record<string, TrackerKind>;

export interface CommitmentNotice {
  commitmentId: string;
  kind: Exclude<TrackerKind, "tracker.coordinatorDigest">;
  /** Who caused it (left out of the recipients); null for the scheduled jobs. */
  actorId: string | null;
  /** The new status, the comment, or the milestone's title. */
  detail?: string | null;
  /** For milestone notices: who marked it done hears of it too. */
  milestoneId?: string;
  /** For tracker.stalled: the escalation step. */
  step?: EscalationStep;
  now?: Date;
}

async function regionMembers(tx: Tx, regionCode: string, roles: RegionRole[]): Promise<string[]> {
  const rows = await tx.regionMembership.findMany({
    where: { regionCode, role: { in: roles } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

async function recipientsOf(
  tx: Tx,
  notice: CommitmentNotice,
  commitment: {
    adopterRegionCode: string;
    mentorRegionCode: string;
    responsibleId: string | null;
    createdById: string | null;
  },
): Promise<string[]> {
  const adopterSecretaries = () => regionMembers(tx, commitment.adopterRegionCode, ["SECRETARY"]);
  const responsible = commitment.responsibleId ? [commitment.responsibleId] : [];
  switch (notice.kind) {
    case "tracker.status":
    case "tracker.comment":
      return [
        ...(await adopterSecretaries()),
        ...responsible,
        ...(commitment.createdById ? [commitment.createdById] : []),
        ...(await regionMembers(tx, commitment.mentorRegionCode, ["SECRETARY"])),
      ];
    case "tracker.milestoneWaiting":
      return regionMembers(tx, commitment.mentorRegionCode, ["SECRETARY", "DEVELOPER"]);
    case "tracker.stalled": {
      if (notice.step === "coordinators") {
        const rows = await tx.user.findMany({
          where: { isCoordinator: true },
          select: { id: true },
        });
        return rows.map((r) => r.id);
      }
      if (notice.step === "secretary" || responsible.length === 0) return adopterSecretaries();
      return responsible;
    }
    default: {
      const doneBy = notice.milestoneId
        ? await tx.milestone.findUnique({
            where: { id: notice.milestoneId },
            select: { doneById: true },
          })
        : null;
      return [
        ...responsible,
        ...(doneBy?.doneById ? [doneBy.doneById] : []),
        ...(await adopterSecretaries()),
      ];
    }
  }
}

/** Writes the notifications of one change (and queues the immediate mail); answers how many. */
export async function notifyCommitment(tx: Tx, notice: CommitmentNotice): Promise<number> {
  const now = notice.now ?? new Date();
  const commitment = await tx.commitment.findUniqueOrThrow({
    where: { id: notice.commitmentId },
    select: {
      title: true,
      adopterRegionCode: true,
      mentorRegionCode: true,
      responsibleId: true,
      createdById: true,
    },
  });
  const candidates = [...new Set(await recipientsOf(tx, notice, commitment))].filter(
    (id) => id !== notice.actorId,
  );
  if (candidates.length === 0) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: candidates }, disabledAt: null },
    select: { id: true, email: true, name: true },
  });
  const frequencies = await frequenciesFor(
    tx,
    users.map((u) => u.id),
    notice.kind,
  );
  const facts = {
    kind: notice.kind,
    recordType: "commitment",
    recordSlug: notice.commitmentId,
    recordTitle: commitment.title,
    comment: notice.detail ?? null,
  };
  for (const user of users) {
    const immediate = frequencies.get(user.id) === "IMMEDIATE";
    await tx.notification.create({
      data: { ...facts, userId: user.id, createdAt: now, mailedAt: immediate ? now : null },
    });
    if (!immediate) continue;
    const token = await unsubscribeToken(tx, user.id, notice.kind);
    await queueMail(tx, notificationMail(user, facts, token), { now });
  }
  return users.length;
}
