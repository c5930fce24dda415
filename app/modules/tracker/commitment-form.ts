// The draft commitment form (/commitments/new) as typed: every field a string, the indicator and
// milestone rows as lists. Read from FormData, compacted (blank rows dropped, so a field error's
// index is the row shown), and turned into what createDraftCommitment parses. Pure.

export interface IndicatorRowValues {
  indicatorId: string;
  baselineLevel: string;
  targetLevel: string;
}

export interface MilestoneRowValues {
  title: string;
  dueOn: string;
  weight: string;
}

export interface DraftFormValues {
  title: string;
  adopterRegionCode: string;
  mentorRegionCode: string;
  practiceId: string;
  softwareIds: string[];
  visitId: string;
  indicators: IndicatorRowValues[];
  responsibleId: string;
  startOn: string;
  dueOn: string;
  plan: string;
  budgetSource: string;
  visibility: string;
  milestones: MilestoneRowValues[];
}

/** Empty rows the form always offers past the filled ones (more with "tambah"). */
export const EMPTY_INDICATOR_ROWS = 1;
export const EMPTY_MILESTONE_ROWS = 2;
/** Rows read from a form at most, whatever it sends. */
const ROWS_READ_MAX = 40;

export const EMPTY_DRAFT: DraftFormValues = {
  title: "",
  adopterRegionCode: "",
  mentorRegionCode: "",
  practiceId: "",
  softwareIds: [],
  visitId: "",
  indicators: [],
  responsibleId: "",
  startOn: "",
  dueOn: "",
  plan: "",
  budgetSource: "",
  visibility: "MEMBERS",
  milestones: [],
};

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function rows<R extends object>(
  form: FormData,
  prefix: string,
  keys: readonly (keyof R & string)[],
): R[] {
  const found: R[] = [];
  for (let i = 0; i < ROWS_READ_MAX; i++) {
    const row = Object.fromEntries(keys.map((k) => [k, text(form, `${prefix}.${i}.${k}`)])) as R;
    if (keys.some((k) => form.has(`${prefix}.${i}.${k}`))) found.push(row);
  }
  return found;
}

const blank = (row: object) => Object.values(row).every((v) => String(v).trim() === "");

/** The form as typed, blank rows dropped. */
export function readDraftForm(form: FormData): DraftFormValues {
  return {
    title: text(form, "title"),
    adopterRegionCode: text(form, "adopterRegionCode"),
    mentorRegionCode: text(form, "mentorRegionCode"),
    practiceId: text(form, "practiceId"),
    softwareIds: form.getAll("softwareIds").filter((v): v is string => typeof v === "string"),
    visitId: text(form, "visitId"),
    indicators: rows<IndicatorRowValues>(form, "indicators", [
      "indicatorId",
      "baselineLevel",
      "targetLevel",
    ]).filter((row) => row.indicatorId.trim() !== "" || row.targetLevel.trim() !== ""),
    responsibleId: text(form, "responsibleId"),
    startOn: text(form, "startOn"),
    dueOn: text(form, "dueOn"),
    plan: text(form, "plan"),
    budgetSource: text(form, "budgetSource"),
    visibility: text(form, "visibility") || "MEMBERS",
    milestones: rows<MilestoneRowValues>(form, "milestones", ["title", "dueOn", "weight"]).filter(
      (row) => !blank(row),
    ),
  };
}

/** What createDraftCommitment parses (its schema trims, coerces and checks). */
export function draftInputOf(values: DraftFormValues): Record<string, unknown> {
  return {
    ...values,
    softwareIds: values.softwareIds.filter((id) => id.trim() !== ""),
    indicators: values.indicators.map((row) => ({
      indicatorId: row.indicatorId,
      targetLevel: row.targetLevel,
      baselineLevel: row.baselineLevel,
    })),
  };
}
