import { describe, expect, it } from "vitest";
import {
  isIndonesianPhone,
  isValidNik,
  isValidNip,
  maskDigits,
  maskEmail,
  scanPages,
  scanText,
  type ScanContext,
} from "../../app/modules/documents/personal-data";

// Kabupaten Sumedang (32.11), Kota Bandung (32.73), Kabupaten Kotawaringin Barat (62.01).
const regionCodes = new Set(["3211", "3273", "6201"]);
const context: ScanContext = { regionCodes, now: new Date("2026-12-01T00:00:00Z") };
const kinds = (text: string) => scanText(text, context).map((f) => `${f.kind}:${f.match}`);

describe("NIK", () => {
  it.each([
    ["3211011708900001", "a man born 17-08-1990 in 32.11"],
    ["3211015708900001", "a woman born 17-08-1990 (day + 40)"],
    ["3273013112050123", "31 December 2005 in 32.73"],
    ["3211012902000001", "29 February 2000 (a leap year)"],
    ["3211016902000001", "a woman born 29 February 2000"],
    ["6201010101010001", "a region code starting with 62"],
  ])("accepts %s (%s)", (nik) => {
    expect(isValidNik(nik, regionCodes)).toBe(true);
  });

  it.each([
    ["9999011708900001", "an unknown kabupaten/kota code"],
    ["3200011708900001", "a province code without kabupaten"],
    ["3211001708900001", "kecamatan 00"],
    ["3211013208900001", "day 32"],
    ["3211017208900001", "day 72 (32 + 40)"],
    ["3211010008900001", "day 00"],
    ["3211014008900001", "day 40 (0 + 40)"],
    ["3211011713900001", "month 13"],
    ["3211011700900001", "month 00"],
    ["3211013104900001", "31 April"],
    ["3211012902010001", "29 February 1901/2001"],
    ["3211011708900000", "sequence 0000"],
    ["321101170890001", "15 digits"],
  ])("refuses %s (%s)", (nik) => {
    expect(isValidNik(nik, regionCodes)).toBe(false);
  });

  it("finds a NIK in text, alone or grouped by four, and masks it", () => {
    expect(kinds("NIK: 3211015708900001, lahir di Sumedang.")).toEqual(["nik:3211********0001"]);
    expect(kinds("NIK 3211 0157 0890 0001")).toEqual(["nik:3211********0001"]);
    expect(kinds("1 3211011708900001 Budi")).toEqual(["nik:3211********0001"]);
  });

  it("does not flag 16-digit numbers that are not a valid NIK", () => {
    expect(kinds("Nomor rekening 1234567890123456")).toEqual([]);
    expect(kinds("Kode 3211013208900001")).toEqual([]);
    expect(kinds("Kode 9999011708900001")).toEqual([]);
  });

  it("does not flag a valid NIK shape inside a longer number or an amount", () => {
    expect(kinds("Faktur 32110157089000012")).toEqual([]);
    expect(kinds("Rp 3.211.015.708.900.001")).toEqual([]);
    expect(kinds("Rp 3211015708900001,00")).toEqual([]);
    expect(kinds("0,3211015708900001")).toEqual([]);
    expect(kinds("1234 3211 0157 0890 0001")).toEqual([]);
    expect(kinds("3211 0157 0890 0001 5678")).toEqual([]);
  });
});

describe("NIP", () => {
  it.each([
    ["198001012005011001", "born 1980-01-01, started 2005-01, a man"],
    ["197512312000122015", "born 1975-12-31, started 2000-12, a woman"],
    ["200002292024011001", "born 29 February 2000"],
  ])("accepts %s (%s)", (nip) => {
    expect(isValidNip(nip, context.now)).toBe(true);
  });

  it.each([
    ["202413450000000001", "an invoice number: month 13, day 45"],
    ["198002302005011001", "30 February"],
    ["198001012005131001", "start month 13"],
    ["198001012005001001", "start month 00"],
    ["198001011990011001", "started at ten years old"],
    ["198001012030011001", "starts after next year"],
    ["192001012005011001", "born before 1930"],
    ["198001012005013001", "gender digit 3"],
    ["198001012005010001", "gender digit 0"],
    ["198001012005011000", "sequence 000"],
  ])("refuses %s (%s)", (nip) => {
    expect(isValidNip(nip, context.now)).toBe(false);
  });

  it("finds a NIP written as 18 digits or grouped, and masks it", () => {
    expect(kinds("NIP. 198001012005011001")).toEqual(["nip:1980**********1001"]);
    expect(kinds("NIP 19800101 200501 1 001")).toEqual(["nip:1980**********1001"]);
  });

  it("does not flag 18-digit numbers whose date parts are invalid", () => {
    expect(kinds("No. Invoice 202413450000000001")).toEqual([]);
    expect(kinds("ID transaksi 999999999999999999")).toEqual([]);
    expect(kinds("Mixed grouping 19800101 2005011 001")).toEqual([]);
  });
});

describe("phone numbers", () => {
  it.each([
    ["+62", "81234567890", true],
    ["+62", "221234567", true],
    ["62", "81234567890", true],
    ["0", "81234567890", true],
    ["0", "221234567", false],
    ["0", "8123", false],
    ["+62", "081234567890", false],
    ["0", "8012345678", false],
  ] as const)("%s %s is a phone number: %s", (prefix, national, expected) => {
    expect(isIndonesianPhone(prefix, national)).toBe(expected);
  });

  it("finds mobile numbers written with +62, 62 or 0, with spaces or dashes", () => {
    expect(kinds("HP: 0812-3456-7890")).toEqual(["phone:0812****7890"]);
    expect(kinds("WA 0812 3456 7890")).toEqual(["phone:0812****7890"]);
    expect(kinds("Telp. +62 812 3456 7890")).toEqual(["phone:+6281*****7890"]);
    expect(kinds("https://wa.me/6281234567890")).toEqual(["phone:6281*****7890"]);
    expect(kinds("Kantor +62 (0)22 1234567")).toEqual(["phone:+6222***4567"]);
    expect(kinds("081234567890")).toEqual(["phone:0812****7890"]);
  });

  it("does not flag dates, amounts, short numbers or local landlines", () => {
    expect(kinds("Tanggal 2024-08-12, pukul 08:30")).toEqual([]);
    expect(kinds("Tanggal 08-12-2024")).toEqual([]);
    expect(kinds("Anggaran Rp 1.250.000.000 dan Rp 62.812.345.678")).toEqual([]);
    expect(kinds("Nomor surat 0812/123/2024")).toEqual([]);
    expect(kinds("Kantor (022) 1234567")).toEqual([]);
    expect(kinds("Versi 1.0812345678")).toEqual([]);
  });
});

describe("e-mail addresses", () => {
  it("finds addresses and keeps only the first letter and the domain", () => {
    expect(kinds("Kontak: budi.santoso@sumedangkab.go.id.")).toEqual([
      "email:b***@sumedangkab.go.id",
    ]);
    expect(kinds("<Siti_Aminah+spbe@Gmail.com>")).toEqual(["email:s***@gmail.com"]);
  });

  it("does not flag things that only look like addresses", () => {
    expect(kinds("user@localhost, @diskominfo, a@b.c, nama@.com, foo@bar")).toEqual([]);
  });

  it("masks", () => {
    expect(maskEmail("x@mail.id")).toBe("x***@mail.id");
    expect(maskDigits("3211015708900001")).toBe("3211********0001");
  });
});

describe("scanning pages", () => {
  const pages = [
    { number: 1, text: "Kepala Dinas, NIP 198001012005011001, HP 0812-3456-7890" },
    { number: 2, text: "Tidak ada data pribadi, tanggal 2024-08-12, Rp 1.250.000" },
    {
      number: 3,
      text: "NIK 3211015708900001 dan lagi 3211015708900001; admin@sumedangkab.go.id",
    },
  ];

  it("names the page of each finding, in reading order, once per value and page", () => {
    expect(scanPages(pages, context)).toEqual([
      { kind: "nip", match: "1980**********1001", page: 1, count: 1 },
      { kind: "phone", match: "0812****7890", page: 1, count: 1 },
      { kind: "nik", match: "3211********0001", page: 3, count: 2 },
      { kind: "email", match: "a***@sumedangkab.go.id", page: 3, count: 1 },
    ]);
  });

  it("leaves the page out for unpaged text and never returns the raw value", () => {
    const findings = scanPages(pages, context, { paged: false });
    expect(findings.every((f) => f.page === undefined)).toBe(true);
    expect(JSON.stringify(findings)).not.toContain("3211015708900001");
    expect(JSON.stringify(findings)).not.toContain("198001012005011001");
  });

  it("stops at maxFindings", () => {
    const text = Array.from({ length: 30 }, (_, i) => `08123456${String(i).padStart(4, "0")}`);
    expect(scanText(text.join(" , "), { ...context, maxFindings: 5 })).toHaveLength(5);
  });

  it("does not read a NIK starting with 62 as a phone number", () => {
    expect(kinds("6201010101010001")).toEqual(["nik:6201********0001"]);
  });

  it("finds nothing in a text without personal data", () => {
    expect(scanText("Laporan SPBE 2024: indeks 3,45 (Baik).", context)).toEqual([]);
  });
});
