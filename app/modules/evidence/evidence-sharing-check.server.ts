// The personal data check before a record becomes members-visible or public: the findings of each
// file's latest version, the files the check could not read (never "clean"), and the record's own
// text. Saving then needs an explicit confirmation, audited with kinds and counts only.
import { findPersonalDataInText } from "~/modules/documents/personal-data.server";
import type { PersonalDataKind } from "~/modules/documents/personal-data";
import type { ExtractionState } from "./evidence.schema";

/** One finding as the warning shows it; `file` null is the record's own title or description. */
export interface PersonalDataWarning {
  kind: PersonalDataKind;
  file: string | null;
  page: number | null;
  match: string;
  count: number;
}

/** A file whose text the check could not read, or read only in part. */
export interface UncheckedFile {
  file: string;
  state: "UNREADABLE" | "FAILED" | "DONE";
  reason: string | null;
  /** Pages without a text layer (a scanned annex) in an otherwise readable PDF. */
  pagesWithoutText: number[];
}

export interface SharingCheck {
  findings: PersonalDataWarning[];
  unchecked: UncheckedFile[];
}

/** What the check needs of a file version (stored, or just extracted for this save). */
export interface CheckedVersion {
  name: string;
  state: ExtractionState;
  reason: string | null;
  pagesWithoutText: number[];
  findings: Array<{ kind: string; page: number | null; match: string; count: number }>;
}

export async function checkForSharing(input: {
  title: string;
  description: string;
  links: Array<{ label: string }>;
  versions: CheckedVersion[];
}): Promise<SharingCheck> {
  const ownText = [input.title, input.description, ...input.links.map((l) => l.label)].join("\n");
  const findings: PersonalDataWarning[] = (await findPersonalDataInText(ownText)).map((f) => ({
    kind: f.kind,
    file: null,
    page: null,
    match: f.match,
    count: f.count,
  }));
  const unchecked: UncheckedFile[] = [];
  for (const version of input.versions) {
    for (const f of version.findings)
      findings.push({
        kind: f.kind as PersonalDataKind,
        file: version.name,
        page: f.page,
        match: f.match,
        count: f.count,
      });
    if (
      version.state === "UNREADABLE" ||
      version.state === "FAILED" ||
      version.pagesWithoutText.length > 0
    )
      unchecked.push({
        file: version.name,
        state: version.state as UncheckedFile["state"],
        reason: version.reason,
        pagesWithoutText: version.pagesWithoutText,
      });
  }
  return { findings, unchecked };
}

export function needsConfirmation(check: SharingCheck): boolean {
  return check.findings.length > 0 || check.unchecked.length > 0;
}

/** The audit details of a confirmation: kinds and counts, never the values (not even masked). */
export function confirmationAuditDetails(check: SharingCheck, visibility: string) {
  const kinds: Partial<Record<PersonalDataKind, number>> = {};
  for (const finding of check.findings)
    kinds[finding.kind] = (kinds[finding.kind] ?? 0) + finding.count;
  return {
    visibility,
    kinds,
    findings: check.findings.length,
    files: [...new Set(check.findings.flatMap((f) => (f.file ? [f.file] : [])))],
    unchecked: check.unchecked.map((u) => u.file),
  };
}
