// The view model of a practice page (/practices/:slug): the practice as a reader sees it, its
// code entries, revisions, contacts (for "Tiru praktik ini"), related practices and questions,
// and what the viewer may do there. The route only loads and renders it.
import { can, type Actor } from "~/auth/policy";
import { db } from "~/db.server";
import { visibilityOf } from "~/modules/review/workflow";
import { listReplications } from "~/modules/tracker/replications.server";
import { renderMarkdown } from "./markdown.server";
import { uniqueAttachments } from "./practice-attachments.server";
import {
  countPracticeView,
  getPracticeForReader,
  relatedPractices,
} from "./practice-queries.server";
import { questionsOf } from "./practice-questions.server";
import { SECTIONS } from "./practice.schema";

/** The code entries a practice uses that the viewer may read, by name. */
async function codeEntriesOf(practiceId: string, viewer: Actor | null) {
  const rows = await db().practiceSoftware.findMany({
    where: { practiceId },
    select: {
      software: {
        select: { slug: true, name: true, isDemo: true, status: true, regionCode: true },
      },
    },
  });
  return rows
    .map((row) => row.software)
    .filter((s) =>
      can(viewer, "record:read", { regionCode: s.regionCode, visibility: visibilityOf(s.status) }),
    )
    .sort((a, b) => a.name.localeCompare(b.name, "id"))
    .map(({ slug, name, isDemo, status }) => ({ slug, name, isDemo, status }));
}

/** Everything the practice page shows; a GET of a published practice counts as a view. */
export async function practicePage(slug: string, viewer: Actor | null, countView: boolean) {
  const practice = await getPracticeForReader(slug, viewer);
  const published = practice.status === "PUBLISHED";
  if (published && countView) await countPracticeView(practice.id);
  const [related, questions, codeEntries, replications] = await Promise.all([
    relatedPractices(practice.id),
    published ? questionsOf(practice.id) : [],
    codeEntriesOf(practice.id, viewer),
    listReplications({ practiceId: practice.id }, viewer),
  ]);
  return {
    practice: {
      slug: practice.slug,
      title: practice.title,
      summary: practice.summary,
      status: practice.status,
      isDemo: practice.isDemo,
      year: practice.year,
      stage: practice.stage,
      sector: practice.sector,
      tags: practice.tags,
      viewCount: practice.viewCount + (published && countView ? 1 : 0),
      publishedAt: practice.publishedAt?.toISOString() ?? null,
      region: practice.region,
      indicators: practice.indicators.map((i) => i.indicator),
      dimensions: practice.dimensions.map((d) => d.dimension),
      contacts: practice.contacts.map(({ name, role, email, phone }) => ({
        name,
        role,
        email,
        phone,
      })),
      attachments: uniqueAttachments(practice.attachments),
      revisions: practice.revisions.map((r) => ({
        number: r.number,
        createdAt: r.createdAt.toISOString(),
        note: r.note,
        by: r.createdBy?.name ?? null,
      })),
      sections: SECTIONS.map((s) => ({ key: s.key, html: renderMarkdown(practice[s.key]) })).filter(
        (s) => s.html.trim(),
      ),
    },
    codeEntries,
    replications,
    related,
    /** Questions belong to published practices only; a draft has neither questions nor form. */
    questions: published ? questions : null,
    signedIn: Boolean(viewer),
    mayEdit: can(viewer, "record:update", { regionCode: practice.regionCode }),
    mayReview:
      practice.status === "SUBMITTED" &&
      can(viewer, "record:publish", { regionCode: practice.regionCode }),
  };
}

export type PracticePage = Awaited<ReturnType<typeof practicePage>>;
