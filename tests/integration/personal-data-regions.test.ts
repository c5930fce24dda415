import { describe, expect, it } from "vitest";
import {
  findPersonalDataInPages,
  findPersonalDataInText,
  loadRegionCodes,
  nikPrefixOf,
} from "../../app/modules/documents/personal-data.server";

describe("the personal data check with the Region table", () => {
  it("loads every kabupaten/kota as a NIK prefix, once", async () => {
    const codes = await loadRegionCodes();
    expect(codes.size).toBeGreaterThanOrEqual(514);
    expect(codes.has("3211")).toBe(true); // Kabupaten Sumedang
    expect(codes.has("3273")).toBe(true); // Kota Bandung
    expect(codes.has("3200")).toBe(false); // a province is not a kabupaten/kota
    expect(await loadRegionCodes()).toBe(codes);
    expect(nikPrefixOf("32.11")).toBe("3211");
  });

  it("flags a NIK of a real region and not one of a code that does not exist", async () => {
    expect(await findPersonalDataInText("NIK 3211015708900001")).toEqual([
      { kind: "nik", match: "3211********0001", count: 1 },
    ]);
    expect(await findPersonalDataInText("NIK 3299015708900001")).toEqual([]);
    expect(await findPersonalDataInPages([{ number: 4, text: "NIK 3273011708900002" }])).toEqual([
      { kind: "nik", match: "3273********0002", page: 4, count: 1 },
    ]);
  });
});
