import { describe, expect, it } from "vitest";
import { applyMigrations } from "../../scripts/lib/migrations";
import { seedDatabase, wantsDemoData } from "../../scripts/lib/seed/index";
import { withClient } from "../support/test-database";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL!;

describe("demo mode", () => {
  it("is on for the embedded database and in development, off for production on an external database", () => {
    expect(wantsDemoData({})).toBe(true);
    expect(wantsDemoData({ NODE_ENV: "production" })).toBe(true); // npm start on the embedded database
    expect(wantsDemoData({ DATABASE_URL: "postgresql://db/x", NODE_ENV: "development" })).toBe(
      true,
    );
    expect(wantsDemoData({ DATABASE_URL: "postgresql://db/x", NODE_ENV: "production" })).toBe(
      false,
    );
    expect(
      wantsDemoData({
        DATABASE_URL: "postgresql://db/x",
        NODE_ENV: "production",
        DEMO_DATA: "true",
      }),
    ).toBe(true);
    expect(wantsDemoData({ DEMO_DATA: "false" })).toBe(false);
  });

  it("creates no account and no demo cohort when off, and the seven demo accounts when on (one a province coordinator)", async () => {
    const name = `demo_${process.pid}`;
    await withClient(adminUrl, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name}`);
    });
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await applyMigrations(url.toString());
    const production = await seedDatabase(url.toString(), { demo: false });
    expect(production.demoAccountsCreated).toBe(0);
    const counts = () =>
      withClient(url.toString(), (client) =>
        client.query(
          `SELECT (SELECT count(*) FROM "User")::int AS users, (SELECT count(*) FROM "Cohort")::int AS cohorts`,
        ),
      );
    expect((await counts()).rows[0]).toEqual({ users: 0, cohorts: 0 });
    const demo = await seedDatabase(url.toString(), { demo: true });
    expect(demo.demoAccountsCreated).toBe(7);
    expect((await counts()).rows[0]).toEqual({ users: 7, cohorts: 1 });
    const province = await withClient(url.toString(), (client) =>
      client.query(
        `SELECT u.email, u."isDemo", p."provinceCode" FROM "ProvinceCoordinator" p
           JOIN "User" u ON u.id = p."userId"`,
      ),
    );
    expect(province.rows).toEqual([
      { email: "koordinator.jabar@demo.livinglab.id", isDemo: true, provinceCode: "32" },
    ]);
    expect((await seedDatabase(url.toString(), { demo: true })).demoAccountsCreated).toBe(0);
    await withClient(adminUrl, (client) => client.query(`DROP DATABASE ${name} WITH (FORCE)`));
  });
});
