// All configuration of the portal: every variable app/ reads is declared, validated and typed here,
// and read through env(). Nothing else in app/ touches process.env (eslint.config.js enforces it);
// scripts/ may, since they set the environment up before the server build is loaded.
//
// env() validates process.env on its first call (scripts/start.ts makes that call at boot, so a bad
// value stops the start with one line per bad variable) and keeps the result. It validates again
// only when one of the variables below has changed in process.env since: a running portal never
// changes them, but tests do (SMTP_URL, DEMO_MODE, FILE_STORE_DIR, ... per file and per test), and
// so they take effect without a reset call. The check is a comparison of a few strings.
import { z } from "zod";
import { parseAllowedTypes, parseMaxBytes } from "~/storage/file-types";

/** A variable that may be unset; blank counts as unset. */
const optionalText = z
  .string()
  .optional()
  .transform((value) => value?.trim() || undefined);

/** "true" or "false", typed as a boolean. */
const flag = (fallback: "true" | "false") =>
  z
    .enum(["true", "false"], { error: 'must be "true" or "false"' })
    .default(fallback)
    .transform((value) => value === "true");

/** Runs a parser that throws with a message naming the variable; its message becomes the issue. */
function parsedBy<T>(parse: (value: string | undefined) => T) {
  return optionalText.transform((value, ctx): T => {
    try {
      return parse(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
      return z.NEVER;
    }
  });
}

/** A whole number of days from 1 to 365. */
const days = (fallback: number) =>
  z.coerce
    .number({ error: "must be a whole number of days from 1 to 365" })
    .int("must be a whole number of days from 1 to 365")
    .min(1, "must be a whole number of days from 1 to 365")
    .max(365, "must be a whole number of days from 1 to 365")
    .default(fallback);

const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], {
      error: 'must be "development", "production" or "test"',
    })
    .default("development"),
  DATABASE_URL: z.url({ error: "must be a PostgreSQL URL, e.g. postgresql://user:pass@host/db" }),
  /** HTTP port (0: any free port, as scripts/start.ts allows). */
  PORT: z.coerce
    .number({ error: "must be a port number" })
    .int("must be a port number")
    .min(0, "must be a port number")
    .max(65535, "must be a port number")
    .default(3000),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: "must be a whole number from 1 to 100" })
    .int("must be a whole number from 1 to 100")
    .min(1, "must be a whole number from 1 to 100")
    .max(100, "must be a whole number from 1 to 100")
    .default(10),
  /** "true" when the portal runs with demo data (set by scripts/start.ts). */
  DEMO_MODE: flag("false"),
  /**
   * Origin of every link the portal sends (mail, feeds, API), e.g. https://livinglab.example.go.id.
   * Required in production on an external database; scripts/start.ts sets http://localhost:PORT
   * for a local start (app/utils/url.server.ts).
   */
  PUBLIC_URL: z
    .url({ error: "must be a URL, e.g. https://livinglab.example.go.id" })
    .refine((value) => /^https?:\/\//i.test(value), "must start with https:// or http://")
    .optional(),
  /** More hosts (host[:port], comma-separated) that requests may name beside PUBLIC_URL's. */
  ALLOWED_HOSTS: z.string().optional(),
  /** "true" behind a reverse proxy that sets X-Forwarded-For/-Host/-Proto. */
  TRUST_PROXY: flag("false"),
  /** "false" leaves out Strict-Transport-Security in production. */
  HSTS: flag("true"),
  /**
   * The SMTP server mail goes to, e.g. smtps://user:pass@mail.example.go.id or
   * smtp://127.0.0.1:1025?ignoreTLS=true (nodemailer reads options from the query string). Unset:
   * mail is stored, not sent, and shown in the outbox (app/modules/mail/mailer.server.ts).
   */
  SMTP_URL: optionalText.pipe(
    z
      .url({
        protocol: /^smtps?$/,
        error: "must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example:587",
      })
      .optional(),
  ),
  /** Sender of the portal's mail. */
  MAIL_FROM: optionalText.transform(
    (value) => value ?? "Living Lab Layanan Digital <no-reply@livinglab.local>",
  ),
  /** Where uploaded files are kept, relative to the project root (default ./data/files). */
  FILE_STORE_DIR: optionalText,
  /** Largest upload in bytes (default 25 MB). */
  FILE_MAX_BYTES: parsedBy(parseMaxBytes),
  /** Comma-separated MIME types the file store accepts (default: every known type). */
  FILE_ALLOWED_TYPES: parsedBy((value) => parseAllowedTypes({ FILE_ALLOWED_TYPES: value })),
  /** Set to use Meilisearch as the search engine (e.g. http://127.0.0.1:7700). */
  MEILI_HOST: z.url({ error: "must be a URL, e.g. http://127.0.0.1:7700" }).optional(),
  MEILI_API_KEY: z.string().min(1, "must not be empty").optional(),
  MEILI_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, "must be 1 to 100 letters, digits, _ or -")
    .default("livinglab"),
  /** Days without an update after which a commitment under way counts as stalled. */
  TRACKER_STALL_DAYS: days(30),
  /** Days past a milestone's due date (not yet confirmed) after which its commitment is stalled. */
  TRACKER_OVERDUE_DAYS: days(14),
  /** Days between the escalation steps of a stalled commitment. */
  TRACKER_ESCALATION_DAYS: days(7),
});

export type Env = z.infer<typeof envSchema>;

const NAMES = Object.keys(envSchema.shape) as (keyof Env)[];

let cached: { env: Env; source: (string | undefined)[] } | undefined;

/** The validated configuration. Throws, one line per bad variable, when a value is invalid. */
export function env(): Env {
  const source = NAMES.map((name) => process.env[name]);
  if (cached && source.every((value, index) => value === cached!.source[index])) {
    return cached.env;
  }
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join(".");
      // A parser's own message already starts with the variable's name.
      return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
    });
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  cached = { env: parsed.data, source };
  return parsed.data;
}
