// Writes the demo tracker's rows (./demo-tracker.ts builds them): one bulk insert per table
// (jsonb_to_recordset), then the adopters' later self-assessments submitted and raised.
import type pg from "pg";

export type Row = Record<string, unknown>;

export interface DemoTrackerRows {
  visits: Row[];
  vp: Row[];
  vs: Row[];
  commitments: Row[];
  indicators: Row[];
  software: Row[];
  milestones: Row[];
  evidence: Row[];
  events: Row[];
  submit: Row[];
  raise: Row[];
}

async function insertRows(client: pg.ClientBase, sql: string, rows: Row[]) {
  if (rows.length > 0) await client.query(sql, [JSON.stringify(rows)]);
}

export async function writeDemoTracker(client: pg.ClientBase, rows: DemoTrackerRows) {
  await insertRows(
    client,
    `INSERT INTO "StudyVisit" (id, "hostRegionCode", "visitorRegionCode", "visitedOn", people, "participantCount", topics, notes, "isDemo", "createdById", "createdAt", "updatedAt")
    SELECT id::uuid, host, visitor, day::date, people, count, topics, notes, true, "createdBy"::uuid, "createdAt"::timestamptz, "createdAt"::timestamptz
      FROM jsonb_to_recordset($1::jsonb) AS x(id text, host text, visitor text, day text, people text, count int, topics text, notes text, "createdBy" text, "createdAt" text)`,
    rows.visits,
  );
  await insertRows(
    client,
    `INSERT INTO "StudyVisitPractice" ("visitId", "practiceId") SELECT visit::uuid, practice::uuid FROM jsonb_to_recordset($1::jsonb) AS x(visit text, practice text)`,
    rows.vp,
  );
  await insertRows(
    client,
    `INSERT INTO "StudyVisitSoftware" ("visitId", "softwareId") SELECT visit::uuid, software::uuid FROM jsonb_to_recordset($1::jsonb) AS x(visit text, software text)`,
    rows.vs,
  );
  await insertRows(
    client,
    `INSERT INTO "Commitment" (id, title, "adopterRegionCode", "mentorRegionCode", "practiceId", "visitId", status, visibility, "responsibleId", "startOn", "dueOn", plan, "budgetSource", "cancelReason", "isDemo", "createdById", "approvedById", "approvedAt", "verifiedById", "verifiedAt", "cancelledAt", "lastActivityAt", "createdAt", "updatedAt")
    SELECT id::uuid, title, adopter, mentor, practice::uuid, visit::uuid, status::"CommitmentStatus", visibility::"EvidenceVisibility", responsible::uuid, "startOn"::date, "dueOn"::date, plan, budget, "cancelReason", true,
           "createdBy"::uuid, "approvedBy"::uuid, "approvedAt"::timestamptz, "verifiedBy"::uuid, "verifiedAt"::timestamptz, "cancelledAt"::timestamptz, last::timestamptz, "createdAt"::timestamptz, last::timestamptz
      FROM jsonb_to_recordset($1::jsonb) AS x(id text, title text, adopter text, mentor text, practice text, visit text, status text, visibility text, responsible text, "startOn" text, "dueOn" text, plan text, budget text, "cancelReason" text, "createdBy" text, "approvedBy" text, "approvedAt" text, "verifiedBy" text, "verifiedAt" text, "cancelledAt" text, last text, "createdAt" text)`,
    rows.commitments,
  );
  await insertRows(
    client,
    `INSERT INTO "CommitmentIndicator" ("commitmentId", "indicatorId", "baselineLevel", "targetLevel") SELECT commitment::uuid, indicator, baseline, target FROM jsonb_to_recordset($1::jsonb) AS x(commitment text, indicator text, baseline int, target int)`,
    rows.indicators,
  );
  await insertRows(
    client,
    `INSERT INTO "CommitmentSoftware" ("commitmentId", "softwareId") SELECT commitment::uuid, software::uuid FROM jsonb_to_recordset($1::jsonb) AS x(commitment text, software text)`,
    rows.software,
  );
  await insertRows(
    client,
    `INSERT INTO "Milestone" (id, "commitmentId", position, title, "dueOn", state, "doneById", "doneAt", "confirmedById", "confirmedAt", "createdAt", "updatedAt")
    SELECT id::uuid, commitment::uuid, position, title, due::date, state::"MilestoneState", "doneBy"::uuid, "doneAt"::timestamptz, "confirmedBy"::uuid, "confirmedAt"::timestamptz, "createdAt"::timestamptz, coalesce("confirmedAt", "doneAt", "createdAt")::timestamptz
      FROM jsonb_to_recordset($1::jsonb) AS x(id text, commitment text, position int, title text, due text, state text, "doneBy" text, "doneAt" text, "confirmedBy" text, "confirmedAt" text, "createdAt" text)`,
    rows.milestones,
  );
  await insertRows(
    client,
    `INSERT INTO "MilestoneEvidence" (id, "milestoneId", kind, url, label, "createdById", "createdAt")
    SELECT id::uuid, milestone::uuid, 'link', url, label, "createdBy"::uuid, "createdAt"::timestamptz FROM jsonb_to_recordset($1::jsonb) AS x(id text, milestone text, url text, label text, "createdBy" text, "createdAt" text)`,
    rows.evidence,
  );
  await insertRows(
    client,
    `INSERT INTO "CommitmentEvent" (id, "commitmentId", "actorId", kind, subject, text, "createdAt")
    SELECT id::uuid, commitment::uuid, actor::uuid, kind, subject, text, at::timestamptz FROM jsonb_to_recordset($1::jsonb) AS x(id text, commitment text, actor text, kind text, subject text, text text, at text)`,
    rows.events,
  );
  await insertRows(
    client,
    `UPDATE "SelfAssessmentLevel" l SET level = GREATEST(l.level, x.level), "updatedAt" = now()
      FROM jsonb_to_recordset($1::jsonb) AS x(assessment text, number int, level int)
     WHERE l."assessmentId" = x.assessment::uuid AND l."indicatorNumber" = x.number`,
    rows.raise,
  );
  await insertRows(
    client,
    `UPDATE "SelfAssessment" a SET status = 'SUBMITTED', "submittedAt" = make_timestamptz(a.year, 4, 30, 9, 0, 0, 'UTC'), "updatedAt" = now()
      FROM (SELECT DISTINCT assessment FROM jsonb_to_recordset($1::jsonb) AS x(assessment text)) x
     WHERE a.id = x.assessment::uuid AND a.status = 'DRAFT'`,
    rows.submit,
  );
  await applyDemoVerifications(client);
}

/**
 * What a verification does (app/modules/tracker/replications.server.ts), for the seeded verified
 * commitments: the practices' replicationCount (adopting regions, private ones aside) and the
 * adopters' confirmed adoption of the code entries they used.
 */
async function applyDemoVerifications(client: pg.ClientBase) {
  await client.query(
    `UPDATE "Practice" p SET "replicationCount" = x.n
       FROM (SELECT "practiceId", count(DISTINCT "adopterRegionCode")::int AS n FROM "Commitment"
              WHERE status = 'VERIFIED' AND visibility <> 'PRIVATE' AND "practiceId" IS NOT NULL
              GROUP BY "practiceId") x
      WHERE p.id = x."practiceId"`,
  );
  await client.query(
    `INSERT INTO "SoftwareAdoption" (id, "softwareId", "regionCode", status, "declaredById", "decidedById", "decidedAt", since)
     SELECT gen_random_uuid(), cs."softwareId", c."adopterRegionCode", 'CONFIRMED', c."verifiedById", c."verifiedById", c."verifiedAt", c."verifiedAt"::date
       FROM "Commitment" c JOIN "CommitmentSoftware" cs ON cs."commitmentId" = c.id
      WHERE c.status = 'VERIFIED'
     ON CONFLICT ("softwareId", "regionCode") DO UPDATE
        SET status = 'CONFIRMED', "decidedById" = EXCLUDED."decidedById", "decidedAt" = EXCLUDED."decidedAt"`,
  );
}
