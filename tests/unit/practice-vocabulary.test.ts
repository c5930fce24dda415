// Practice stages and record statuses are spelled once (STAGES, RECORD_STATUSES); the database's
// enums, the catalogues and the label keys must say the same words.
import { PracticeStage, PracticeStatus } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { en } from "../../app/i18n/messages.en";
import { id } from "../../app/i18n/messages.id";
import {
  STAGES,
  stageLabelKey,
  stageOf,
  storedStage,
} from "../../app/modules/practices/practice.schema";
import { RECORD_STATUSES, statusLabelKey } from "../../app/modules/review/workflow";

describe("practice stages", () => {
  it("are the database's enum PracticeStage, upper-cased, in the same order", () => {
    expect(Object.values(PracticeStage)).toEqual(STAGES.map(storedStage));
  });

  it("turn into the stored spelling and back", () => {
    for (const stage of STAGES) expect(stageOf(storedStage(stage))).toBe(stage);
    expect(storedStage("implemented")).toBe("IMPLEMENTED");
  });

  it("have a name in both catalogues, from either spelling", () => {
    for (const stage of STAGES) {
      const key = stageLabelKey(stage);
      expect(stageLabelKey(storedStage(stage))).toBe(key);
      expect(id[key]).toBeTruthy();
      expect(en[key]).toBeTruthy();
    }
    expect(en[stageLabelKey("SCALED")]).toBe(en["practice.stage.scaled"]);
  });
});

describe("record statuses", () => {
  it("are the database's enum PracticeStatus, in the same order", () => {
    expect(Object.values(PracticeStatus)).toEqual([...RECORD_STATUSES]);
  });

  it("have a name in both catalogues", () => {
    for (const status of RECORD_STATUSES) {
      expect(id[statusLabelKey(status)]).toBeTruthy();
      expect(en[statusLabelKey(status)]).toBeTruthy();
    }
  });
});
