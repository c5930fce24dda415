// Demo study visits and commitments (all isDemo, "(DEMO)" in their texts), once per database (a
// marker): visits to Sumedang by regions of the demo cohort across provinces (2025-2026), some to two
// other hosts; commitments in every status (cancelled with a reason), some
// stalled, some verified with every milestone confirmed with evidence links and a higher level in
// the adopter's later self-assessment; Kota Bandung's commitment mentored by Sumedang in progress
// with a milestone waiting for confirmation; the timeline of what was done. Plain SQL, a few bulk
// inserts (the plan is ./demo-tracker-plan.ts).
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { addDays } from "../../../app/modules/tracker/stalled";
import {
  CANCEL_REASON,
  DAY_MS,
  FIRST_VISIT_DAY,
  MILESTONE_TITLES,
  milestoneStates,
  OTHER_HOST_OUTCOMES,
  statusPath,
  SUBMITTED_2025_ON,
  SUMEDANG_OUTCOMES,
  VISIT_SPACING_DAYS,
  type DemoOutcome,
} from "./demo-tracker-plan";
import { writeDemoTracker, type DemoTrackerRows, type Row } from "./demo-tracker-write";

const MARKER = "demo_tracker_seeded_v1";
const COHORT = "living-lab-pilot";
const FRAMEWORK = "permenpanrb-59-2020";
const SUMEDANG = "32.11";
const BANDUNG = "32.73";

interface Seen {
  practices: Array<{
    id: string;
    title: string;
    indicators: Array<{ id: string; number: number }>;
  }>;
  software: Array<{ id: string }>;
}

interface PlannedVisit {
  host: string;
  visitor: string;
  day: string;
  outcome: DemoOutcome;
}

async function usersByEmail(client: pg.ClientBase) {
  const { rows } = await client.query<{ email: string; id: string }>(
    `SELECT email, id FROM "User" WHERE email LIKE '%@demo.livinglab.id'`,
  );
  const id = (name: string) =>
    rows.find((r) => r.email === `${name}@demo.livinglab.id`)?.id ?? null;
  return {
    coordinator: id("koordinator"),
    sekdaSumedang: id("sekda.sumedang"),
    devSumedang: id("dev.sumedang"),
    sekdaBandung: id("sekda.bandung"),
    devBandung: id("dev.bandung"),
  };
}

async function seenAt(client: pg.ClientBase, host: string): Promise<Seen> {
  const practices = await client.query<Seen["practices"][number]>(
    `SELECT p.id, p.title,
            coalesce(json_agg(json_build_object('id', fi.id, 'number', fi.number) ORDER BY fi.number)
                     FILTER (WHERE fi.id IS NOT NULL), '[]') AS indicators
       FROM "Practice" p
       LEFT JOIN "PracticeIndicator" pi ON pi."practiceId" = p.id
       LEFT JOIN "FrameworkIndicator" fi ON fi.id = pi."indicatorId" AND fi."frameworkId" = $2
      WHERE p."regionCode" = $1 AND p.status = 'PUBLISHED'
      GROUP BY p.id ORDER BY p.slug`,
    [host, FRAMEWORK],
  );
  const software = await client.query<{ id: string }>(
    `SELECT id FROM "SoftwareEntry" WHERE "regionCode" = $1 AND status = 'PUBLISHED' ORDER BY slug`,
    [host],
  );
  return { practices: practices.rows, software: software.rows };
}

/** Cohort regions, one per province first (so the visitors spread), then the others. */
async function visitorPool(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ code: string; provinceCode: string }>(
    `SELECT r.code, r."provinceCode" FROM "CohortMember" m JOIN "Region" r ON r.code = m."regionCode"
      WHERE m."cohortSlug" = $1 AND r.code NOT IN ($2, $3) ORDER BY r.code`,
    [COHORT, SUMEDANG, BANDUNG],
  );
  const seen = new Set<string>();
  const first = rows.filter((r) => !seen.has(r.provinceCode) && seen.add(r.provinceCode));
  return [...first, ...rows.filter((r) => !first.includes(r))].map((r) => r.code);
}

function planVisits(pool: string[], otherHosts: string[], today: string): PlannedVisit[] {
  const plan: PlannedVisit[] = SUMEDANG_OUTCOMES.map((outcome, i) => ({
    host: SUMEDANG,
    visitor: pool[i % pool.length]!,
    day: addDays(FIRST_VISIT_DAY, i * VISIT_SPACING_DAYS),
    outcome,
  }));
  plan.push({
    host: SUMEDANG,
    visitor: BANDUNG,
    day: "2026-03-10",
    outcome: { status: "IN_PROGRESS", waiting: true },
  });
  // A recent visit: no commitment yet, and not flagged (fewer than 30 days ago).
  plan.push({
    host: SUMEDANG,
    visitor: pool[SUMEDANG_OUTCOMES.length % pool.length]!,
    day: addDays(today, -10),
    outcome: { status: null },
  });
  otherHosts.forEach((host, h) => {
    OTHER_HOST_OUTCOMES[h]?.forEach((outcome, i) => {
      plan.push({
        host,
        visitor: pool[(pool.length - 1 - i - h * 5 + pool.length) % pool.length]!,
        day: addDays("2025-05-20", (h * 4 + i) * 97),
        outcome,
      });
    });
  });
  return plan;
}

/**
 * Most demo commitments are for members; a verified one per host is public (anonymous visitors
 * see "sudah ditiru oleh" on the practice), one is private (its two regions and the centre).
 */
function visibilityOf(visit: PlannedVisit, index: number): "PUBLIC" | "MEMBERS" | "PRIVATE" {
  if (index === 12) return "PRIVATE";
  return visit.outcome.status === "VERIFIED" && (index === 4 || visit.host !== SUMEDANG)
    ? "PUBLIC"
    : "MEMBERS";
}

export async function seedDemoTrackerOnce(
  client: pg.ClientBase,
  now = new Date(),
): Promise<number> {
  const marked = await client.query(
    `INSERT INTO "SystemSetting" (key, value, "updatedAt") VALUES ($1, now()::text, now()) ON CONFLICT DO NOTHING`,
    [MARKER],
  );
  if (marked.rowCount === 0) return 0;
  const users = await usersByEmail(client);
  const today = now.toISOString().slice(0, 10);
  const others = await client.query<{ code: string }>(
    `SELECT "regionCode" AS code FROM "Practice" WHERE status = 'PUBLISHED' AND "regionCode" NOT IN ($1, $2)
      GROUP BY "regionCode" ORDER BY count(*) DESC, "regionCode" LIMIT 2`,
    [SUMEDANG, BANDUNG],
  );
  // Kota Bandung adopts (from Sumedang) and mentors nothing: its board stays simple.
  const hosts = others.rows.map((r) => r.code);
  const seen = new Map<string, Seen>();
  for (const host of [SUMEDANG, ...hosts]) seen.set(host, await seenAt(client, host));
  const plan = planVisits(await visitorPool(client), hosts, today).filter(
    (v) => (seen.get(v.host)?.practices.length ?? 0) > 0,
  );
  const levels = await client.query<{ key: string; id: string; level: number }>(
    `SELECT a."regionCode" || '|' || a.year || '|' || l."indicatorNumber" AS key, a.id, l.level
       FROM "SelfAssessment" a JOIN "SelfAssessmentLevel" l ON l."assessmentId" = a.id
      WHERE a."frameworkId" = $1 AND a."regionCode" = ANY($2)`,
    [FRAMEWORK, [...new Set(plan.map((v) => v.visitor))]],
  );
  const levelOf = new Map(levels.rows.map((r) => [r.key, r]));

  const rows: DemoTrackerRows = {
    visits: [] as Row[],
    vp: [] as Row[],
    vs: [] as Row[],
    commitments: [] as Row[],
    indicators: [] as Row[],
    software: [] as Row[],
    milestones: [] as Row[],
    evidence: [] as Row[],
    events: [] as Row[],
    submit: [] as Row[],
    raise: [] as Row[],
  };
  const at = (ms: number) => new Date(ms).toISOString();
  plan.forEach((visit, index) => {
    const visitId = randomUUID();
    const atHost = seen.get(visit.host)!;
    const practice = atHost.practices[index % atHost.practices.length]!;
    const software =
      atHost.software.length > 0 && index % 3 === 0
        ? atHost.software[index % atHost.software.length]
        : undefined;
    const visitMs = Date.parse(`${visit.day}T02:00:00Z`);
    const isBandung = visit.visitor === BANDUNG;
    rows.visits.push({
      id: visitId,
      host: visit.host,
      visitor: visit.visitor,
      day: visit.day,
      people:
        "Contoh data demo:\nKepala Diskominfo\nKepala Bagian Organisasi\nAnalis Sistem Informasi",
      count: 4 + (index % 9),
      topics: `Contoh data demo: ${practice.title}; tata kelola, anggaran dan tahapan replikasi.`,
      notes: "Contoh data demo: catatan kunjungan ditulis oleh daerah.",
      createdBy: isBandung ? users.devBandung : users.coordinator,
      createdAt: at(visitMs + DAY_MS),
    });
    rows.vp.push({ visit: visitId, practice: practice.id });
    if (software) rows.vs.push({ visit: visitId, software: software.id });
    const status = visit.outcome.status;
    if (!status) return;

    const commitmentId = randomUUID();
    const stalled = visit.outcome.stall === "noUpdate";
    const closed = status === "VERIFIED" || status === "CANCELLED" || status === "IMPLEMENTED";
    const nowMs = now.getTime();
    const lastMs = stalled
      ? nowMs - 45 * DAY_MS
      : closed
        ? Math.min(visitMs + 300 * DAY_MS, nowMs - 20 * DAY_MS)
        : nowMs - (2 + (index % 6)) * DAY_MS;
    const createdMs = Math.min(visitMs + 7 * DAY_MS, lastMs - DAY_MS);
    const baselineYear = visit.day < SUBMITTED_2025_ON ? 2024 : 2025;
    const adopterActor = isBandung ? users.devBandung : null;
    const adopterSecretary = isBandung ? users.sekdaBandung : null;
    const mentorActor =
      visit.host === SUMEDANG
        ? users.sekdaSumedang
        : visit.host === BANDUNG
          ? users.sekdaBandung
          : users.coordinator;
    const targets = practice.indicators
      .map((indicator) => ({
        indicator,
        baseline:
          levelOf.get(`${visit.visitor}|${baselineYear}|${indicator.number}`)?.level ?? null,
      }))
      .filter((t) => (t.baseline ?? 0) < 5)
      .slice(0, 2);
    const path = statusPath(status);
    const states = milestoneStates(visit.outcome);
    const timeline: Array<{
      kind: string;
      subject: string | null;
      text: string | null;
      actor: string | null;
    }> = [{ kind: "created", subject: "DRAFT", text: null, actor: adopterActor }];
    const milestoneIds = states.map(() => randomUUID());
    let pushed = false;
    const pushMilestones = () => {
      if (pushed) return;
      pushed = true;
      states.forEach((state, k) => {
        if (state === "OPEN") return;
        const title = MILESTONE_TITLES[k]!;
        timeline.push({ kind: "evidenceAdded", subject: title, text: null, actor: adopterActor });
        timeline.push({ kind: "milestoneDone", subject: title, text: null, actor: adopterActor });
        if (state === "CONFIRMED")
          timeline.push({
            kind: "milestoneConfirmed",
            subject: title,
            text: null,
            actor: mentorActor,
          });
      });
    };
    // Milestones are done and confirmed while the commitment is in progress.
    for (const next of path) {
      if (
        next === "IMPLEMENTED" ||
        next === "VERIFIED" ||
        next === "CANCELLED" ||
        next === "COMMITTED"
      ) {
        if (next !== "COMMITTED") pushMilestones();
        timeline.push({
          kind: "status",
          subject: next,
          text: next === "CANCELLED" ? CANCEL_REASON : null,
          actor:
            next === "VERIFIED"
              ? mentorActor
              : next === "COMMITTED"
                ? adopterSecretary
                : adopterActor,
        });
      } else {
        timeline.push({ kind: "status", subject: next, text: null, actor: adopterActor });
      }
    }
    if (status === "IN_PROGRESS") pushMilestones();
    const when = (k: number) =>
      at(
        timeline.length <= 1
          ? createdMs
          : createdMs + ((lastMs - createdMs) * k) / (timeline.length - 1),
      );
    timeline.forEach((event, k) =>
      rows.events.push({
        id: randomUUID(),
        commitment: commitmentId,
        actor: event.actor,
        kind: event.kind,
        subject: event.subject,
        text: event.text,
        at: when(k),
      }),
    );
    const eventAt = (kind: string, subject: string) => {
      const k = timeline.findIndex((e) => e.kind === kind && e.subject === subject);
      return k < 0 ? null : when(k);
    };
    rows.commitments.push({
      id: commitmentId,
      title: `${practice.title} (DEMO)`.slice(0, 200),
      adopter: visit.visitor,
      mentor: visit.host,
      practice: practice.id,
      visit: visitId,
      status,
      visibility: visibilityOf(visit, index),
      responsible: isBandung ? users.devBandung : null,
      startOn: addDays(visit.day, 30),
      dueOn: addDays(visit.day, 365),
      plan: `## Rencana (contoh data demo)\n\n1. ${MILESTONE_TITLES.join("\n1. ")}`,
      budget: index % 2 === 0 ? "APBD (contoh data demo)" : null,
      cancelReason: status === "CANCELLED" ? CANCEL_REASON : null,
      createdBy: adopterActor,
      approvedBy: path.includes("COMMITTED") ? adopterSecretary : null,
      approvedAt: eventAt("status", "COMMITTED"),
      verifiedBy: status === "VERIFIED" ? mentorActor : null,
      verifiedAt: eventAt("status", "VERIFIED"),
      cancelledAt: eventAt("status", "CANCELLED"),
      last: at(lastMs),
      createdAt: at(createdMs),
    });
    for (const t of targets) {
      rows.indicators.push({
        commitment: commitmentId,
        indicator: t.indicator.id,
        baseline: t.baseline,
        target: Math.min(5, (t.baseline ?? 0) + 1 + (index % 2)),
      });
      if (status !== "VERIFIED" || t.baseline === null) continue;
      // The impact: the adopter's 2026 self-assessment, submitted, is above the baseline.
      const later = levelOf.get(`${visit.visitor}|2026|${t.indicator.number}`);
      if (!later) continue;
      rows.submit.push({ assessment: later.id });
      if (later.level <= t.baseline)
        rows.raise.push({
          assessment: later.id,
          number: t.indicator.number,
          level: Math.min(5, t.baseline + 1),
        });
    }
    if (software) rows.software.push({ commitment: commitmentId, software: software.id });
    states.forEach((state, k) => {
      const id = milestoneIds[k]!;
      const title = MILESTONE_TITLES[k]!;
      const overdue = visit.outcome.stall === "overdue" && state === "OPEN";
      const due =
        state === "CONFIRMED" || closed
          ? addDays(visit.day, 60 * (k + 1))
          : overdue
            ? addDays(today, -30)
            : addDays(today, 30 * (k + 1));
      const doneAt = eventAt("milestoneDone", title);
      rows.milestones.push({
        id,
        commitment: commitmentId,
        position: k,
        title,
        due,
        state,
        doneBy: state === "OPEN" ? null : adopterActor,
        doneAt: state === "OPEN" ? null : doneAt,
        confirmedBy: state === "CONFIRMED" ? mentorActor : null,
        confirmedAt: state === "CONFIRMED" ? eventAt("milestoneConfirmed", title) : null,
        createdAt: at(createdMs),
      });
      if (state !== "OPEN")
        rows.evidence.push({
          id: randomUUID(),
          milestone: id,
          url: `https://contoh.demo.livinglab.id/bukti/${commitmentId.slice(0, 8)}/${k + 1}`,
          label: "Bukti contoh (DEMO)",
          createdBy: adopterActor,
          createdAt: doneAt ?? at(createdMs),
        });
    });
  });

  await writeDemoTracker(client, rows);
  return rows.visits.length;
}
