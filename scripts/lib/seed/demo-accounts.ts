// Demo accounts, in demo mode only (never with NODE_ENV=production on an external database unless
// DEMO_DATA=true). All share one password, listed in the README. Created when missing; an account
// whose owner changed it is left alone.
import type pg from "pg";
import { hashPassword } from "../../../app/auth/password.server";

export const DEMO_PASSWORD = "LivingLab-Demo-2026";

export const DEMO_ACCOUNTS: Array<{
  email: string;
  name: string;
  isAdmin?: boolean;
  isCoordinator?: boolean;
  region?: { code: string; role: "SECRETARY" | "DEVELOPER" };
  /** A province coordinator (Diskominfo provinsi) of this province. */
  provinceCode?: string;
}> = [
  { email: "admin@demo.livinglab.id", name: "Admin Platform (demo)", isAdmin: true },
  {
    email: "koordinator@demo.livinglab.id",
    name: "Koordinator Kemendagri (demo)",
    isCoordinator: true,
  },
  {
    email: "sekda.sumedang@demo.livinglab.id",
    name: "Sekda Sumedang (demo)",
    region: { code: "32.11", role: "SECRETARY" },
  },
  {
    email: "dev.sumedang@demo.livinglab.id",
    name: "Pengembang Diskominfo Sumedang (demo)",
    region: { code: "32.11", role: "DEVELOPER" },
  },
  {
    email: "sekda.bandung@demo.livinglab.id",
    name: "Sekda Kota Bandung (demo)",
    region: { code: "32.73", role: "SECRETARY" },
  },
  {
    email: "dev.bandung@demo.livinglab.id",
    name: "Pengembang Diskominfo Kota Bandung (demo)",
    region: { code: "32.73", role: "DEVELOPER" },
  },
  {
    email: "koordinator.jabar@demo.livinglab.id",
    name: "Koordinator Diskominfo Provinsi Jawa Barat (demo)",
    provinceCode: "32",
  },
];

export async function seedDemoAccounts(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ email: string }>(
    `SELECT email FROM "User" WHERE email = ANY($1)`,
    [DEMO_ACCOUNTS.map((account) => account.email)],
  );
  const existing = new Set(rows.map((row) => row.email));
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email));
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of missing) {
    const created = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, "passwordHash", "isAdmin", "isCoordinator", "isDemo", "updatedAt")
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, true, now())
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [
        account.email,
        account.name,
        passwordHash,
        account.isAdmin ?? false,
        account.isCoordinator ?? false,
      ],
    );
    const id = created.rows[0]?.id;
    if (id && account.region) {
      await client.query(
        `INSERT INTO "RegionMembership" ("userId", "regionCode", role) VALUES ($1, $2, $3::"RegionRole")
         ON CONFLICT DO NOTHING`,
        [id, account.region.code, account.region.role],
      );
    }
    if (id && account.provinceCode) {
      await client.query(
        `INSERT INTO "ProvinceCoordinator" ("userId", "provinceCode") VALUES ($1, $2)
         ON CONFLICT DO NOTHING`,
        [id, account.provinceCode],
      );
    }
  }
  return missing.length;
}
