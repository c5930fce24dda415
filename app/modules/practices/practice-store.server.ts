// Writing a practice's content: the one place that turns PracticeContent into rows, used by the
// authoring form and the importer. Published content is kept as numbered revisions.
import type { Prisma } from "@prisma/client";
import { db } from "~/db.server";
import { DEFAULT_FRAMEWORK_ID } from "~/modules/spbe/spbe.server";
import { stageOf, storedStage, type ContactInput, type PracticeContent } from "./practice.schema";

type Tx = Prisma.TransactionClient;

export function indicatorId(number: number): string {
  return `${DEFAULT_FRAMEWORK_ID}:${number}`;
}

/** The columns of a practice that hold its content. */
export function contentColumns(content: PracticeContent) {
  return {
    title: content.title,
    summary: content.summary,
    problem: content.problem,
    solution: content.solution,
    results: content.results,
    challenges: content.challenges,
    conditions: content.conditions,
    replication: content.replication,
    sector: content.sector,
    stage: storedStage(content.stage),
    year: content.year,
    tags: [...new Set(content.tags)],
  };
}

/** Replaces the indicator and dimension links of a practice. */
export async function writeFacets(
  tx: Tx,
  practiceId: string,
  content: PracticeContent,
): Promise<void> {
  await tx.practiceIndicator.deleteMany({ where: { practiceId } });
  await tx.practiceDimension.deleteMany({ where: { practiceId } });
  const indicators = [...new Set(content.indicators)];
  if (indicators.length) {
    await tx.practiceIndicator.createMany({
      data: indicators.map((n) => ({ practiceId, indicatorId: indicatorId(n) })),
    });
  }
  const dimensions = [...new Set(content.dimensions)];
  if (dimensions.length) {
    await tx.practiceDimension.createMany({
      data: dimensions.map((dimensionKey) => ({ practiceId, dimensionKey })),
    });
  }
}

/** The content of a stored practice in the form it is validated and compared in. */
export async function currentContent(tx: Tx, practiceId: string): Promise<PracticeContent> {
  const p = await tx.practice.findUniqueOrThrow({
    where: { id: practiceId },
    include: {
      indicators: { select: { indicator: { select: { number: true } } } },
      dimensions: { select: { dimensionKey: true } },
    },
  });
  return {
    title: p.title,
    summary: p.summary,
    problem: p.problem,
    solution: p.solution,
    results: p.results,
    challenges: p.challenges,
    conditions: p.conditions,
    replication: p.replication,
    sector: p.sector as PracticeContent["sector"],
    stage: stageOf(p.stage),
    year: p.year,
    tags: p.tags,
    indicators: p.indicators.map((i) => i.indicator.number).sort((a, b) => a - b),
    dimensions: p.dimensions
      .map((d) => d.dimensionKey as PracticeContent["dimensions"][number])
      .sort(),
  };
}

/** The content with its lists de-duplicated and sorted and its keys in one order, to compare and store. */
export function normalised(content: PracticeContent): PracticeContent {
  return {
    title: content.title,
    summary: content.summary,
    problem: content.problem,
    solution: content.solution,
    results: content.results,
    challenges: content.challenges,
    conditions: content.conditions,
    replication: content.replication,
    indicators: [...new Set(content.indicators)].sort((a, b) => a - b),
    dimensions: [...new Set(content.dimensions)].sort(),
    sector: content.sector,
    stage: content.stage,
    year: content.year,
    tags: [...new Set(content.tags)],
  };
}

export function sameContent(a: PracticeContent, b: PracticeContent): boolean {
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

/** Records the practice's content as its next revision. */
export async function addRevision(
  tx: Tx,
  practiceId: string,
  content: PracticeContent,
  actorId: string | null,
  note?: string,
) {
  const last = await tx.practiceRevision.findFirst({
    where: { practiceId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return tx.practiceRevision.create({
    data: {
      practiceId,
      number: (last?.number ?? 0) + 1,
      snapshot: normalised(content) as unknown as Prisma.InputJsonValue,
      note: note ?? null,
      createdById: actorId,
    },
    select: { number: true },
  });
}

/** Replaces the contacts of a practice, in the order given. */
export async function writeContacts(
  tx: Tx,
  practiceId: string,
  contacts: readonly ContactInput[],
): Promise<void> {
  await tx.practiceContact.deleteMany({ where: { practiceId } });
  if (contacts.length) {
    await tx.practiceContact.createMany({
      data: contacts.map((c, position) => ({
        practiceId,
        position,
        name: c.name,
        role: c.role,
        email: c.email,
        phone: c.phone ?? null,
      })),
    });
  }
}

/** The contacts of a stored practice, in order, in the shape they are written in. */
export async function currentContacts(tx: Tx, practiceId: string): Promise<ContactInput[]> {
  return tx.practiceContact.findMany({
    where: { practiceId },
    orderBy: { position: "asc" },
    select: { name: true, role: true, email: true, phone: true },
  });
}

export function sameContacts(a: readonly ContactInput[], b: readonly ContactInput[]): boolean {
  const key = (list: readonly ContactInput[]) =>
    JSON.stringify(list.map((c) => [c.name, c.role, c.email, c.phone ?? null]));
  return key(a) === key(b);
}

export function transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(work, { timeout: 20_000 });
}
