// Readable audit log rows: translated action names and "label: value" lines for the details.
// Shared by the server and the browser (no database access here).
import { isMessageKey, type MessageKey, type Translate } from "~/i18n/translate";

/** The action's name in the reader's language; an action without a catalogue entry shows its code. */
export function auditActionLabel(t: Translate, action: string): string {
  const key = `audit.action.${action}`;
  return isMessageKey(key) ? t(key) : action;
}

export interface AuditDetailLine {
  /** The detail's key, e.g. "email"; "entity" for the object the event is about. */
  key: string;
  label: string;
  value: string;
}

const ROLE_KEYS: Record<string, MessageKey> = {
  ADMIN: "role.admin",
  COORDINATOR: "role.coordinator",
  PROVINCE_COORDINATOR: "role.provinceCoordinator",
  SECRETARY: "role.secretary",
  DEVELOPER: "role.developer",
};

const BASIS_KEYS: Record<string, MessageKey> = {
  "study-visit": "region.cohortMember",
  "top-spbe-index": "region.cohortTopIndex",
  other: "cohort.basis.other",
};

function valueText(t: Translate, key: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return t(value ? "audit.value.yes" : "audit.value.no");
  if (typeof value === "string") {
    if (key === "role" && ROLE_KEYS[value]) return t(ROLE_KEYS[value]);
    if (key === "basis" && BASIS_KEYS[value]) return t(BASIS_KEYS[value]);
    if (key === "status" || key === "from" || key === "to") {
      const status = `practice.status.${value}`;
      if (isMessageKey(status)) return t(status);
    }
    if (key === "change") {
      const change = `audit.value.${value}`;
      if (isMessageKey(change)) return t(change);
    }
    return value;
  }
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** One line per detail, in stored order, after the object the event is about (if any). */
export function auditDetailLines(
  t: Translate,
  item: { entityType: string | null; entityId: string | null; details: unknown },
): AuditDetailLine[] {
  const lines: AuditDetailLine[] = [];
  const entity = [item.entityType, item.entityId].filter(Boolean).join(" ");
  if (entity) lines.push({ key: "entity", label: t("audit.detail.entity"), value: entity });
  const details = item.details;
  if (details && typeof details === "object" && !Array.isArray(details)) {
    for (const [key, value] of Object.entries(details as Record<string, unknown>)) {
      const labelKey = `audit.detail.${key}`;
      lines.push({
        key,
        label: isMessageKey(labelKey) ? t(labelKey) : key,
        value: valueText(t, key, value),
      });
    }
  } else if (details !== null && details !== undefined) {
    lines.push({ key: "details", label: t("audit.col.details"), value: valueText(t, "", details) });
  }
  return lines;
}
