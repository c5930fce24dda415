// "Siap ditiru" (ready to replicate): a score with its reasons, computed from what the entry says.
import type { MessageKey } from "~/i18n/translate";

/** OSI-approved licences commonly used for government software (SPDX identifiers). */
const OSI_APPROVED = new Set([
  "AGPL-3.0",
  "AGPL-3.0-only",
  "AGPL-3.0-or-later",
  "Apache-2.0",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "EUPL-1.2",
  "GPL-2.0",
  "GPL-2.0-only",
  "GPL-2.0-or-later",
  "GPL-3.0",
  "GPL-3.0-only",
  "GPL-3.0-or-later",
  "ISC",
  "LGPL-2.1",
  "LGPL-2.1-only",
  "LGPL-2.1-or-later",
  "LGPL-3.0",
  "LGPL-3.0-only",
  "LGPL-3.0-or-later",
  "MIT",
  "MPL-2.0",
  "0BSD",
  "Artistic-2.0",
  "CDDL-1.0",
  "EPL-2.0",
  "OSL-3.0",
  "Unlicense",
  "Zlib",
]);

/** True when every licence of an SPDX expression is OSI-approved (AND/OR/WITH allowed). */
export function isOsiApproved(expression: string): boolean {
  const ids = expression
    .replace(/[()]/g, " ")
    .split(/\s+(?:AND|OR)\s+/i)
    .map((part) =>
      part
        .split(/\s+WITH\s+/i)[0]!
        .trim()
        .replace(/\+$/, ""),
    );
  return ids.length > 0 && ids.every((id) => OSI_APPROVED.has(id));
}

export interface ReadinessInput {
  longDescriptionLength: number;
  featureCount: number;
  hasDocumentation: boolean;
  license: string;
  maintenanceContacts: number;
  confirmedAdopters: number;
  lastReleaseDate: Date | null;
  now?: Date;
}

export interface ReadinessReason {
  key: MessageKey;
  met: boolean;
  points: number;
}

const RECENT_MONTHS = 18;

export function readinessOf(input: ReadinessInput): { score: number; reasons: ReadinessReason[] } {
  const now = input.now ?? new Date();
  const recent =
    input.lastReleaseDate !== null &&
    now.getTime() - input.lastReleaseDate.getTime() <= RECENT_MONTHS * 30.5 * 86_400_000;
  const reasons: ReadinessReason[] = [
    {
      key: "readiness.documentation",
      met: input.longDescriptionLength >= 500 && input.featureCount >= 3 && input.hasDocumentation,
      points: 25,
    },
    { key: "readiness.license", met: isOsiApproved(input.license), points: 25 },
    { key: "readiness.contacts", met: input.maintenanceContacts > 0, points: 15 },
    { key: "readiness.adopters", met: input.confirmedAdopters > 0, points: 20 },
    { key: "readiness.recentRelease", met: recent, points: 15 },
  ];
  return { score: reasons.reduce((sum, r) => sum + (r.met ? r.points : 0), 0), reasons };
}
