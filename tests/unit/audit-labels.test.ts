import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isMessageKey, translator } from "~/i18n/translate";
import { auditActionLabel, auditDetailLines } from "~/modules/audit/audit-labels";
import { COMMITMENT_TRANSITION_NAMES } from "~/modules/tracker/commitment-status";
import { MILESTONE_EVENT_KINDS } from "~/modules/tracker/milestones";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Literal action names passed to recordAudit anywhere in app/. */
function recordedActions(): string[] {
  const actions = new Set<string>();
  for (const file of sourceFiles(path.resolve("app"))) {
    // The audit module defines recordAudit (its `action: "asc"` is a sort order).
    if (file.includes(`${path.sep}modules${path.sep}audit${path.sep}`)) continue;
    const text = readFileSync(file, "utf8");
    if (!text.includes("recordAudit")) continue;
    // `action: "a.b"` and `action: cond ? "a.b" : "a.c"`, up to the end of the property.
    for (const match of text.matchAll(/action:([^,]*),/g)) {
      for (const literal of match[1]!.matchAll(/"([a-z_]+(?:\.[a-z_]+)+|logout)"/g)) {
        actions.add(literal[1]!);
      }
    }
  }
  return [...actions];
}

describe("audit log labels", () => {
  it("has a name in the catalogue for every action the portal records", () => {
    const actions = [
      ...recordedActions(),
      // Built from templates in practice-commands and software-commands.
      ...["submit", "publish", "return", "archive"].map((t) => `practice.${t}`),
      "software.adoption_confirmed",
      "software.adoption_rejected",
    ];
    expect(actions.length).toBeGreaterThan(35);
    expect(actions.filter((action) => !isMessageKey(`audit.action.${action}`))).toEqual([]);
  });

  it("names the tracker's actions, which are built from the transition and event names", () => {
    const actions = [
      ...COMMITMENT_TRANSITION_NAMES,
      ...Object.values(MILESTONE_EVENT_KINDS),
      "evidenceAdded",
    ].map((name) => `commitment.${name}`);
    expect(actions.filter((action) => !isMessageKey(`audit.action.${action}`))).toEqual([]);
  });

  it("translates action names and falls back to the code for an unknown one", () => {
    expect(auditActionLabel(translator("id"), "login.failed")).toBe("Gagal masuk");
    expect(auditActionLabel(translator("en"), "login.failed")).toBe("Sign-in failed");
    expect(auditActionLabel(translator("en"), "something.new")).toBe("something.new");
  });

  it("turns details into labelled lines with readable values", () => {
    const lines = auditDetailLines(translator("en"), {
      entityType: "Practice",
      entityId: "42",
      details: { from: "DRAFT", to: "PUBLISHED", role: "SECRETARY", extra: { a: 1 } },
    });
    expect(lines.map((l) => `${l.label}: ${l.value}`)).toEqual([
      "Object: Practice 42",
      "From: Draft",
      "To: Published",
      "Role: Regional secretary (Sekda)",
      'extra: {"a":1}',
    ]);
  });
});
