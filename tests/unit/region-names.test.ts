import { describe, expect, it } from "vitest";
import { parseRegencyName, properCase } from "../../app/modules/regions/region-names";

describe("region names", () => {
  it("turn idn-area-data's upper case into the names people write", () => {
    expect(parseRegencyName("KABUPATEN SUMEDANG")).toEqual({
      kind: "KABUPATEN",
      name: "Kabupaten Sumedang",
      shortName: "Sumedang",
    });
    expect(parseRegencyName("KOTA BANDUNG")).toEqual({
      kind: "KOTA",
      name: "Kota Bandung",
      shortName: "Bandung",
    });
    expect(parseRegencyName("KOTA ADMINISTRASI JAKARTA PUSAT")).toEqual({
      kind: "KOTA",
      name: "Kota Administrasi Jakarta Pusat",
      shortName: "Jakarta Pusat",
    });
    expect(parseRegencyName("KABUPATEN PANGKAJENE DAN KEPULAUAN").name).toBe(
      "Kabupaten Pangkajene dan Kepulauan",
    );
  });

  it("keep acronyms and capitalise every word of a province", () => {
    expect(properCase("DKI JAKARTA")).toBe("DKI Jakarta");
    expect(properCase("DAERAH ISTIMEWA YOGYAKARTA")).toBe("Daerah Istimewa Yogyakarta");
    expect(properCase("KEPULAUAN BANGKA BELITUNG")).toBe("Kepulauan Bangka Belitung");
  });

  it("refuse a name that is neither kabupaten nor kota", () => {
    expect(() => parseRegencyName("PROVINSI JAWA BARAT")).toThrow(/Not a kabupaten\/kota/);
  });
});
