// The tracker's whole loop as its people walk it (issue 15's acceptance): Kota Bandung's developer
// records a study visit to Sumedang where the TTE practice was seen and turns it into a draft
// commitment; the draft gets two milestones; Bandung's secretary approves it; the developer starts
// the work and marks both milestones done with a link as evidence; Sumedang's developer confirms
// them; the developer reports it implemented; Sumedang's secretary verifies it. Bandung's next
// year self-assessment (written here straight into the database: that page has its own tests)
// raises the target indicators, and the practice page shows "Sudah ditiru oleh" Kota Bandung with
// the level change. A verification before the milestones are confirmed is not offered.
import type { Browser, BrowserContext, Page } from "playwright-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { currentYear } from "../../app/utils/calendar";
import { launchBrowser } from "./support/browser";
import { scrollsSideways } from "./support/page-checks";
import { signIn } from "./support/sign-in";

const baseUrl = inject("baseUrl");
const databaseUrl = inject("databaseUrl");
const PRACTICE_SLUG = "tte-naskah-dinas-sumedang";
const PRACTICE_TITLE = "Penerapan Tanda Tangan Elektronik (TTE)";
const ADOPTER = "32.73";
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await removeNextYearAssessment();
  for (const context of contexts) await context.close();
  await browser?.close();
});

async function as(email: string): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return signIn(baseUrl, context, email);
}

const statusOf = (page: Page) => page.locator(".badge-status").first().textContent();
const milestoneState = (page: Page, index: number) =>
  page.locator(".milestone").nth(index).locator(".badge-milestone").textContent();

/** Presses a transition button on a freshly loaded commitment page and waits for the reload. */
async function press(page: Page, name: string, expected: string) {
  await page.getByRole("button", { name }).click();
  await expect.poll(() => statusOf(page)).toBe(expected);
}

/** Removes what nextYearAssessment wrote: the browser tests after this one share the database. */
async function removeNextYearAssessment() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `DELETE FROM "SelfAssessment" WHERE "regionCode" = $1 AND "frameworkId" = 'permenpanrb-59-2020' AND year = $2`,
      [ADOPTER, currentYear() + 1],
    );
  } finally {
    await client.end();
  }
}

/** The next year's submitted self-assessment of the adopter: the target level on each target. */
async function nextYearAssessment(commitmentId: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const year = currentYear() + 1;
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "SelfAssessment" (id, "regionCode", "frameworkId", year, status, "submittedAt", "updatedAt")
       VALUES (gen_random_uuid(), $1, 'permenpanrb-59-2020', $2, 'SUBMITTED', now(), now())
       ON CONFLICT ("regionCode", "frameworkId", year) DO UPDATE SET status = 'SUBMITTED'
       RETURNING id`,
      [ADOPTER, year],
    );
    await client.query(
      `INSERT INTO "SelfAssessmentLevel" ("assessmentId", "indicatorNumber", level, "updatedAt")
       SELECT $1::uuid, fi.number, ci."targetLevel", now()
         FROM "CommitmentIndicator" ci JOIN "FrameworkIndicator" fi ON fi.id = ci."indicatorId"
        WHERE ci."commitmentId" = $2::uuid
       ON CONFLICT ("assessmentId", "indicatorNumber") DO UPDATE SET level = EXCLUDED.level`,
      [rows[0]!.id, commitmentId],
    );
  } finally {
    await client.end();
  }
}

describe("from a study visit to a verified replication", () => {
  it("walks visit, draft, approval, milestones, confirmation and verification, and shows the replication", async () => {
    // 1. The visit, recorded by the visiting region, and its draft commitment.
    const dev = await as("dev.bandung@demo.livinglab.id");
    await dev.goto(`${baseUrl}/visits/new?host=32.11`);
    await dev.locator('input[name="visitedOn"]').fill(`${currentYear()}-11-03`);
    await dev.locator('textarea[name="people"]').fill("Sekretaris Diskominfo dan dua pengembang");
    await dev.getByLabel(new RegExp(PRACTICE_TITLE.replace(/[()]/g, "\\$&"))).check();
    await dev.getByRole("button", { name: "Simpan kunjungan" }).click();
    await dev.waitForURL(/\/visits\/[0-9a-f-]{36}\?notice=recorded$/);
    await dev.getByRole("button", { name: "Buat draf komitmen" }).click();
    await dev.waitForURL(/converted=1/);
    const draftLink = dev.locator(".visit-commitments a").first();
    const path = (await draftLink.getAttribute("href"))!;
    expect(path).toMatch(/^\/commitments\/[0-9a-f-]{36}$/);
    const commitmentId = path.split("/").pop()!;
    await dev.goto(`${baseUrl}${path}`);
    await expect.poll(() => statusOf(dev)).toBe("Draf");

    // 2. The draft gets its two milestones.
    await addTwoMilestones(dev, path);

    // 3. The adopting region's secretary approves it.
    const sekda = await as("sekda.bandung@demo.livinglab.id");
    await sekda.goto(`${baseUrl}${path}`);
    await press(sekda, "Setujui komitmen", "Disepakati");

    // 4. The developer starts and marks both milestones done, each with a link.
    await dev.goto(`${baseUrl}${path}`);
    await press(dev, "Mulai dikerjakan", "Sedang dikerjakan");
    for (const index of [0, 1]) {
      const milestone = dev.locator(".milestone").nth(index);
      await milestone
        .getByLabel("Tautan bukti (http:// atau https://)")
        .fill(`https://bandung.go.id/bukti-tte-${index + 1}`);
      await milestone.getByLabel("Keterangan tautan").fill(`Bukti tahap ${index + 1}`);
      await milestone.getByRole("button", { name: "Tandai selesai" }).click();
      await expect
        .poll(() => milestoneState(dev, index))
        .toBe("Selesai, menunggu konfirmasi mentor");
    }
    await expect
      .poll(() => dev.locator(".milestone .badge-milestone").allTextContents())
      .toEqual(["Selesai, menunggu konfirmasi mentor", "Selesai, menunggu konfirmasi mentor"]);

    // 5. The mentor region cannot verify yet; its developer confirms both milestones.
    const mentorSekda = await as("sekda.sumedang@demo.livinglab.id");
    await mentorSekda.goto(`${baseUrl}${path}`);
    expect(await mentorSekda.getByRole("button", { name: "Verifikasi replikasi" }).count()).toBe(0);
    const mentorDev = await as("dev.sumedang@demo.livinglab.id");
    await mentorDev.goto(`${baseUrl}${path}`);
    for (const index of [0, 1]) {
      await mentorDev
        .locator(".milestone")
        .nth(index)
        .getByRole("button", { name: "Konfirmasi tahapan" })
        .click();
      await expect.poll(() => milestoneState(mentorDev, index)).toBe("Dikonfirmasi mentor");
    }
    await expect
      .poll(() => mentorDev.locator(".milestone .badge-milestone").allTextContents())
      .toEqual(["Dikonfirmasi mentor", "Dikonfirmasi mentor"]);

    // 6. Reported implemented by the adopter, verified by the mentor's secretary.
    await dev.goto(`${baseUrl}${path}`);
    await press(dev, "Laporkan sudah diterapkan", "Sudah diterapkan");
    await mentorSekda.goto(`${baseUrl}${path}`);
    await press(mentorSekda, "Verifikasi replikasi", "Terverifikasi");
    expect(await mentorSekda.locator("text=100%").count()).toBeGreaterThan(0);

    // 7. Next year's self-assessment, and the practice page.
    await nextYearAssessment(commitmentId);
    await dev.goto(`${baseUrl}/practices/${PRACTICE_SLUG}`);
    const replicated = dev.locator(".replicated-by");
    const bandung = replicated.locator(".replication", { hasText: "Kota Bandung" });
    await expect.poll(() => bandung.count()).toBeGreaterThan(0);
    const text = await bandung.first().innerText();
    expect(text).toMatch(/penilaian mandiri (\d|–) → \d/);
    expect(text).toContain(`→ ${currentYear() + 1})`);
    for (const width of [375, 1366]) {
      await dev.setViewportSize({ width, height: 900 });
      expect([width, await scrollsSideways(dev)]).toEqual([width, false]);
    }
  });
});

/** Fills two milestones into the draft (the draft editor). */
async function addTwoMilestones(page: Page, path: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole("link", { name: "Ubah draf" }).click();
  await page.waitForURL(/\/edit$/);
  await page.locator('input[name="milestones.0.title"]').fill("Kajian regulasi TTE");
  await page
    .locator('input[name="milestones.1.title"]')
    .fill("TTE berjalan di semua perangkat daerah");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await page.waitForURL(/notice=/);
  await expect
    .poll(() => page.locator(".milestone-list h3").allInnerTexts())
    .toEqual(["Kajian regulasi TTE", "TTE berjalan di semua perangkat daerah"]);
}
