// Prisma CLI configuration. The "js" schema engine runs in WebAssembly, so the CLI never tries to
// download the classic schema-engine binary (these machines cannot). Only `prisma generate` and
// `prisma migrate diff` between schema files are used; migrations are applied by
// scripts/lib/migrations.ts (docs/decisions/003-migrations-runner.md).
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  engine: "js",
  adapter: async () =>
    new PrismaPg({
      connectionString: process.env.DATABASE_URL ?? "postgresql://localhost/none",
      // Lets the CLI exit as soon as it is done instead of waiting for idle connections.
      allowExitOnIdle: true,
    }),
});
