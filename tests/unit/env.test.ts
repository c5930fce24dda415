// The portal's configuration (app/env.server.ts): one clear line per bad variable at start-up,
// typed values with their documented defaults, and a changed variable taking effect.
import { afterEach, describe, expect, it } from "vitest";
import { env } from "../../app/env.server";
import { DEFAULT_ALLOWED_TYPES, DEFAULT_MAX_BYTES } from "../../app/storage/file-types";

const NAMES = [
  "NODE_ENV",
  "PORT",
  "DEMO_MODE",
  "HSTS",
  "TRUST_PROXY",
  "SMTP_URL",
  "MAIL_FROM",
  "FILE_STORE_DIR",
  "FILE_MAX_BYTES",
  "FILE_ALLOWED_TYPES",
  "MEILI_HOST",
  "MEILI_INDEX",
  "TRACKER_STALL_DAYS",
  "TRACKER_OVERDUE_DAYS",
  "TRACKER_ESCALATION_DAYS",
] as const;
// process.env as plain strings (its NODE_ENV is typed as the three values).
const variables = process.env as Record<string, string | undefined>;
const saved = Object.fromEntries(NAMES.map((name) => [name, variables[name]]));

afterEach(() => {
  for (const name of NAMES) {
    if (saved[name] === undefined) delete variables[name];
    else variables[name] = saved[name];
  }
});

function unset(...names: (typeof NAMES)[number][]) {
  for (const name of names) delete process.env[name];
}

describe("env()", () => {
  it("gives the documented defaults, typed", () => {
    unset("DEMO_MODE", "HSTS", "TRUST_PROXY", "SMTP_URL", "MAIL_FROM", "FILE_MAX_BYTES");
    unset("FILE_ALLOWED_TYPES", "FILE_STORE_DIR", "MEILI_INDEX", "PORT");
    const config = env();
    expect(config.DEMO_MODE).toBe(false);
    expect(config.HSTS).toBe(true);
    expect(config.TRUST_PROXY).toBe(false);
    expect(config.PORT).toBe(3000);
    expect(config.SMTP_URL).toBeUndefined();
    expect(config.MAIL_FROM).toBe("Living Lab Layanan Digital <no-reply@livinglab.local>");
    expect(config.FILE_STORE_DIR).toBeUndefined();
    expect(config.FILE_MAX_BYTES).toBe(DEFAULT_MAX_BYTES);
    expect(config.FILE_MAX_BYTES).toBe(26_214_400);
    expect(config.FILE_ALLOWED_TYPES).toEqual(DEFAULT_ALLOWED_TYPES);
    expect(config.MEILI_INDEX).toBe("livinglab");
  });

  it("gives the tracker's stall thresholds, defaults 30, 14 and 7 days", () => {
    unset("TRACKER_STALL_DAYS", "TRACKER_OVERDUE_DAYS", "TRACKER_ESCALATION_DAYS");
    expect(env()).toMatchObject({
      TRACKER_STALL_DAYS: 30,
      TRACKER_OVERDUE_DAYS: 14,
      TRACKER_ESCALATION_DAYS: 7,
    });
    process.env.TRACKER_STALL_DAYS = "45";
    expect(env().TRACKER_STALL_DAYS).toBe(45);
    process.env.TRACKER_OVERDUE_DAYS = "0";
    expect(() => env()).toThrow(
      "TRACKER_OVERDUE_DAYS: must be a whole number of days from 1 to 365",
    );
  });

  it("parses values into their types", () => {
    process.env.DEMO_MODE = "true";
    process.env.HSTS = "false";
    process.env.FILE_MAX_BYTES = " 4096 ";
    process.env.FILE_ALLOWED_TYPES = "application/pdf, IMAGE/PNG";
    process.env.SMTP_URL = "  ";
    process.env.MAIL_FROM = "Portal Uji <portal@uji.example>";
    const config = env();
    expect(config.DEMO_MODE).toBe(true);
    expect(config.HSTS).toBe(false);
    expect(config.FILE_MAX_BYTES).toBe(4096);
    expect(config.FILE_ALLOWED_TYPES).toEqual(["application/pdf", "image/png"]);
    expect(config.SMTP_URL).toBeUndefined(); // blank is unset: mail goes to the outbox
    expect(config.MAIL_FROM).toBe("Portal Uji <portal@uji.example>");
  });

  it("takes a value changed in process.env into account", () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:1025?ignoreTLS=true";
    expect(env().SMTP_URL).toBe("smtp://127.0.0.1:1025?ignoreTLS=true");
    delete process.env.SMTP_URL;
    expect(env().SMTP_URL).toBeUndefined();
    process.env.DEMO_MODE = "true";
    expect(env().DEMO_MODE).toBe(true);
    process.env.DEMO_MODE = "false";
    expect(env().DEMO_MODE).toBe(false);
  });

  it("names every bad variable on its own line", () => {
    process.env.DEMO_MODE = "yes";
    process.env.HSTS = "0";
    process.env.FILE_MAX_BYTES = "25MB";
    process.env.FILE_ALLOWED_TYPES = "application/pdf,text/html";
    process.env.SMTP_URL = "mail.example:587";
    process.env.PORT = "http";
    process.env.MEILI_INDEX = "live lab";
    let message = "";
    try {
      env();
    } catch (error) {
      message = (error as Error).message;
    }
    const lines = message.split("\n").map((line) => line.trim());
    expect(lines[0]).toBe("Invalid environment:");
    expect(lines.slice(1)).toEqual([
      "PORT: must be a port number",
      'DEMO_MODE: must be "true" or "false"',
      'HSTS: must be "true" or "false"',
      "SMTP_URL: must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example:587",
      'FILE_MAX_BYTES must be a positive whole number of bytes, not "25MB"',
      expect.stringMatching(/^FILE_ALLOWED_TYPES: unknown type\(s\) text\/html; known: /),
      "MEILI_INDEX: must be 1 to 100 letters, digits, _ or -",
    ]);
  });

  it("keeps working once a bad value is corrected", () => {
    process.env.FILE_MAX_BYTES = "0";
    expect(() => env()).toThrow(/FILE_MAX_BYTES must be a positive whole number of bytes, not "0"/);
    process.env.FILE_MAX_BYTES = "1024";
    expect(env().FILE_MAX_BYTES).toBe(1024);
  });
});
