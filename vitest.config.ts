import tsconfigPaths from "vite-tsconfig-paths";
import { defineConfig } from "vitest/config";

// Two projects: `unit` (tests/unit and app/**/*.test.ts) needs no database and starts no
// PostgreSQL; `integration` (tests/integration) gets one embedded PostgreSQL for the run and a
// database per file (tests/setup). `npm test` runs both; `npx vitest run --project unit` runs the
// unit tests alone in a few seconds.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "app/**/*.test.ts"],
          setupFiles: ["tests/setup/unit-environment.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/global-database.ts"],
          setupFiles: ["tests/setup/per-file-database.ts"],
        },
      },
    ],
  },
});
