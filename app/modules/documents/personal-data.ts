// The personal data check: finds NIK, NIP, Indonesian phone numbers and e-mail addresses in text
// extracted from evidence files (and a record's own text). Pure: the kabupaten/kota codes a NIK
// must start with are passed in (personal-data.server.ts loads them from the Region table).
// Findings carry the match masked, never the raw value, so a warning can be shown and audited
// without repeating the personal data.

export type PersonalDataKind = "nik" | "nip" | "phone" | "email";

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  /** The match with its middle hidden, e.g. `3211********0001`, `0812****7890`, `b***@mail.id`. */
  match: string;
  /** The page (or sheet) number where known; absent for a document without pages or plain text. */
  page?: number;
  /** How often this value occurs on that page. */
  count: number;
}

export interface ScanContext {
  /** Four-digit kabupaten/kota codes without the dot ("3211" for 32.11). */
  regionCodes: ReadonlySet<string>;
  /** The date that bounds plausible birth and start years; today by default. */
  now?: Date;
  /** At most this many findings are returned (the first ones in reading order). */
  maxFindings?: number;
}

export interface ScanPage {
  number: number;
  text: string;
}

const DEFAULT_MAX_FINDINGS = 200;

// ---------------------------------------------------------------------------------------------
// Dates

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// ---------------------------------------------------------------------------------------------
// Rules

/**
 * NIK (Nomor Induk Kependudukan): PP KK CC DDMMYY SSSS. The first four digits are a kabupaten/kota
 * code, the next two a kecamatan (never 00), then the birth date with 40 added to the day for
 * women, then a sequence number (never 0000). The two-digit year fits either century, so 29 February
 * is accepted when 19YY or 20YY is a leap year.
 */
export function isValidNik(digits: string, regionCodes: ReadonlySet<string>): boolean {
  if (!/^\d{16}$/.test(digits)) return false;
  if (!regionCodes.has(digits.slice(0, 4))) return false;
  if (digits.slice(4, 6) === "00") return false;
  let day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const yy = Number(digits.slice(10, 12));
  if (day > 40) day -= 40;
  if (!isValidDate(1900 + yy, month, day) && !isValidDate(2000 + yy, month, day)) return false;
  return digits.slice(12) !== "0000";
}

/**
 * NIP (Nomor Induk Pegawai, civil servants): YYYYMMDD birth date, YYYYMM start (TMT CPNS), a gender
 * digit (1 man, 2 woman) and a three-digit sequence (never 000). The birth year lies between 1930 and
 * now; the start is at least 15 years after birth and not after next year.
 */
export function isValidNip(digits: string, now: Date = new Date()): boolean {
  if (!/^\d{18}$/.test(digits)) return false;
  const birthYear = Number(digits.slice(0, 4));
  const birthMonth = Number(digits.slice(4, 6));
  const birthDay = Number(digits.slice(6, 8));
  const startYear = Number(digits.slice(8, 12));
  const startMonth = Number(digits.slice(12, 14));
  const gender = digits[14];
  const sequence = digits.slice(15);
  const thisYear = now.getUTCFullYear();
  if (birthYear < 1930 || birthYear > thisYear) return false;
  if (!isValidDate(birthYear, birthMonth, birthDay)) return false;
  if (startMonth < 1 || startMonth > 12) return false;
  if (startYear < birthYear + 15 || startYear > thisYear + 1) return false;
  if (gender !== "1" && gender !== "2") return false;
  return sequence !== "000";
}

/**
 * An Indonesian phone number, given its digits and how it was written: "+62" followed by a national
 * number (mobile or landline, 7-12 digits, not starting with 0), or "62"/"0" followed by a mobile
 * number (8, then 8-11 digits).
 */
export function isIndonesianPhone(prefix: "+62" | "62" | "0", national: string): boolean {
  if (!/^\d+$/.test(national)) return false;
  if (prefix === "+62") return /^[1-9]\d{6,11}$/.test(national);
  return /^8[1-9]\d{7,10}$/.test(national);
}

// ---------------------------------------------------------------------------------------------
// Masking

/** Keeps the first four and last four characters of a digit string, masks the rest with "*". */
export function maskDigits(value: string): string {
  if (value.length <= 8) return value.slice(0, 2) + "*".repeat(Math.max(0, value.length - 2));
  return value.slice(0, 4) + "*".repeat(value.length - 8) + value.slice(-4);
}

export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at);
  return `${local.slice(0, 1)}***${address.slice(at)}`;
}

// ---------------------------------------------------------------------------------------------
// Scanning

// Runs of digits that stand alone: not part of a longer number, nor of a number with decimal or
// thousands separators ("3.211.015.708.900.001", "1,3211015708900001"). A NIK is written as 16
// digits or in four groups of four ("3211 0157 0890 0001").
const NIK_PATTERN = /(?<![\d])(?<!\d[.,])(\d{4})( ?)(\d{4})\2(\d{4})\2(\d{4})(?![.,]?\d)/g;
// A NIP is written either as 18 digits or grouped "19800101 200501 1 001".
const NIP_PATTERN = /(?<![\d])(?<!\d[.,])(\d{8})( ?)(\d{6})\2(\d)\2(\d{3})(?![.,]?\d)/g;
// "+62 812-3456-7890", "+62 (0)22 1234567", "62812...", "0812 3456 7890": digits may be grouped
// by single spaces or dashes.
const PHONE_PATTERN =
  /(?<![\w+])(?<!\d[.,])(\+ ?62|62|0)((?:[ -]?\(0\))?(?:[ -]?\d){7,13})(?![.,]?\d)/g;
const EMAIL_PATTERN =
  /(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![\w-]|\.[A-Za-z0-9])/g;

interface RawMatch {
  kind: PersonalDataKind;
  /** The value compared for duplicates: digits (with "+" for +62) or the lower-cased address. */
  value: string;
  start: number;
  end: number;
}

function rawMatches(text: string, context: ScanContext): RawMatch[] {
  const now = context.now ?? new Date();
  const found: RawMatch[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const add = (match: RawMatch) => {
    if (overlaps(match.start, match.end)) return;
    taken.push([match.start, match.end]);
    found.push(match);
  };

  // A grouped number must not be a part of a longer grouped one ("1234 3211 0157 0890 0001").
  const groupedPart = (m: RegExpExecArray | RegExpMatchArray) =>
    m[2] === " " &&
    (/\d $/.test(text.slice(0, m.index)) || /^ \d/.test(text.slice((m.index ?? 0) + m[0].length)));

  for (const m of text.matchAll(NIK_PATTERN)) {
    const digits = `${m[1]}${m[3]}${m[4]}${m[5]}`;
    if (!groupedPart(m) && isValidNik(digits, context.regionCodes))
      add({ kind: "nik", value: digits, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NIP_PATTERN)) {
    const digits = `${m[1]}${m[3]}${m[4]}${m[5]}`;
    if (!groupedPart(m) && isValidNip(digits, now))
      add({ kind: "nip", value: digits, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(PHONE_PATTERN)) {
    const prefix = (m[1] ?? "").replace(" ", "") as "+62" | "62" | "0";
    const national = (m[2] ?? "").replace("(0)", "").replace(/[ -]/g, "");
    if (!isIndonesianPhone(prefix, national)) continue;
    const value = prefix === "+62" ? `+62${national}` : `${prefix}${national}`;
    add({ kind: "phone", value, start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(EMAIL_PATTERN)) {
    add({ kind: "email", value: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

function mask(match: RawMatch): string {
  if (match.kind === "email") return maskEmail(match.value);
  if (match.value.startsWith("+")) return `+${maskDigits(match.value.slice(1))}`;
  return maskDigits(match.value);
}

/**
 * Scans pages (or sheets) of text. Each distinct value is reported once per page, in reading order,
 * with how often it occurs there. `paged: false` leaves `page` out (a DOCX or a record's own text).
 */
export function scanPages(
  pages: readonly ScanPage[],
  context: ScanContext,
  options: { paged?: boolean } = {},
): PersonalDataFinding[] {
  const paged = options.paged ?? true;
  const max = context.maxFindings ?? DEFAULT_MAX_FINDINGS;
  const findings: PersonalDataFinding[] = [];
  const byKey = new Map<string, PersonalDataFinding>();
  for (const page of pages) {
    for (const match of rawMatches(page.text, context)) {
      const key = `${paged ? page.number : 0}\u0000${match.kind}\u0000${match.value}`;
      const existing = byKey.get(key);
      if (existing) {
        existing.count += 1;
        continue;
      }
      if (findings.length >= max) continue;
      const finding: PersonalDataFinding = { kind: match.kind, match: mask(match), count: 1 };
      if (paged) finding.page = page.number;
      byKey.set(key, finding);
      findings.push(finding);
    }
  }
  return findings;
}

/** Scans one text without pages, such as a record's title and description. */
export function scanText(text: string, context: ScanContext): PersonalDataFinding[] {
  return scanPages([{ number: 1, text }], context, { paged: false });
}
