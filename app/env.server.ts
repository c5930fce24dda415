// Environment, validated once. Scripts set DATABASE_URL before the server build is loaded.
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** "true" when the portal runs with demo data (set by scripts/start.ts). */
  DEMO_MODE: z.enum(["true", "false"]).default("false"),
  /**
   * Origin of every link the portal sends (mail, feeds, API), e.g. https://livinglab.example.go.id.
   * Required in production on an external database; scripts/start.ts sets http://localhost:PORT
   * for a local start (app/utils/url.server.ts).
   */
  PUBLIC_URL: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//i.test(value), "must start with https:// or http://")
    .optional(),
  /** More hosts (host[:port], comma-separated) that requests may name beside PUBLIC_URL's. */
  ALLOWED_HOSTS: z.string().optional(),
  /** "true" behind a reverse proxy that sets X-Forwarded-For/-Host/-Proto. */
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  /** "false" leaves out Strict-Transport-Security in production. */
  HSTS: z.enum(["true", "false"]).default("true"),
  /** Set to use Meilisearch as the search engine (e.g. http://127.0.0.1:7700). */
  MEILI_HOST: z.string().url().optional(),
  MEILI_API_KEY: z.string().min(1).optional(),
  MEILI_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/)
    .default("livinglab"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join(".")}: ${issue.message}`,
      );
      throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}
