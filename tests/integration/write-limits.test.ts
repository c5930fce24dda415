// Per-account limits on writes: a loop of questions, saves or uploads is stopped with 429,
// Retry-After and a message in the reader's language, and the refused write stores nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RATE_LIMITS, recordHit } from "../../app/auth/rate-limit.server";
import { db } from "../../app/db.server";
import { translator, type MessageKey } from "../../app/i18n/translate";
import { action as passwordAction } from "../../app/routes/account.password";
import { action as practiceAction } from "../../app/routes/practices.$slug._index";
import { action as attachmentAction } from "../../app/routes/practices.$slug.attachments";
import { action as practiceEditAction } from "../../app/routes/practices.$slug.edit";
import { action as softwareEditAction } from "../../app/routes/software.$slug.edit";
import { createUser, outcome, post, sessionFor, STRONG_PASSWORD } from "../support/accounts";

// Uploads (should one ever get through) go to a throw-away store, read on first use.
const fileRoot = mkdtempSync(path.join(tmpdir(), "write-limits-"));
process.env.FILE_STORE_DIR = fileRoot;
afterAll(() => rmSync(fileRoot, { recursive: true, force: true }));

async function publishedPractice() {
  return db().practice.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, regionCode: true, title: true },
  });
}

const questionCount = (authorId: string) => db().practiceQuestion.count({ where: { authorId } });

/** Uses up the account's allowance of `rule` without going through a route. */
async function useUp(rule: { name: string; limit: number; windowSeconds: number }, id: string) {
  for (let hit = 0; hit < rule.limit; hit += 1) await recordHit(rule, id);
}

describe("per-account write limits", () => {
  it("refuses the 21st question within an hour with 429 and stores nothing; answers count apart", async () => {
    expect(RATE_LIMITS.questionsPerAccount.limit).toBe(20);
    const practice = await publishedPractice();
    const user = await createUser({ memberships: [{ regionCode: "32.73", role: "DEVELOPER" }] });
    const { cookie } = await sessionFor(user.email);
    const url = `/practices/${practice.slug}`;
    const ask = (body: string, extra: Record<string, string> = {}, lang?: string) =>
      post(
        practiceAction,
        url,
        { body, ...extra },
        { cookie: lang ? `${cookie}; lang=${lang}` : cookie, params: { slug: practice.slug } },
      );

    for (let n = 1; n <= 20; n += 1) {
      const asked = await ask(`Pertanyaan nomor ${n} tentang praktik ini?`);
      expect(asked.status, `question ${n}`).toBe(200);
      expect((asked.body as { notice?: string }).notice).toBe("question.posted");
    }
    expect(await questionCount(user.id)).toBe(20);

    const refused = await ask("Pertanyaan nomor 21 tentang praktik ini?");
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const key = (refused.body as { formError: MessageKey }).formError;
    expect(key).toBe("limits.error.questions");
    expect(translator("id")(key)).toContain("Pertanyaan ini tidak disimpan");
    const english = await ask("Question number 22 about this practice?", {}, "en");
    expect(english.status).toBe(429);
    expect(translator("en")((english.body as { formError: MessageKey }).formError)).toContain(
      "This one was not saved",
    );
    expect(await questionCount(user.id)).toBe(20);

    // An answer is another kind of write, with its own allowance.
    const question = await db().practiceQuestion.findFirstOrThrow({
      where: { authorId: user.id },
      select: { id: true },
    });
    const answered = await ask("Jawaban atas pertanyaan sendiri.", { parentId: question.id });
    expect(answered.status).toBe(200);
    expect(await questionCount(user.id)).toBe(21);
  });

  it("stops guessing the current password through the change form after 10 tries an hour", async () => {
    const user = await createUser({});
    const { cookie } = await sessionFor(user.email);
    const hashOf = async () =>
      (await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    const before = await hashOf();
    const change = (currentPassword: string) =>
      post(
        passwordAction,
        "/account/password",
        {
          currentPassword,
          password: "Durian-Sawah-Pelangi-Fajar-2048",
          confirm: "Durian-Sawah-Pelangi-Fajar-2048",
        },
        { cookie },
      );
    for (let attempt = 1; attempt <= 10; attempt += 1)
      expect((await change(`Tebakan-${attempt}-Salah`)).status, `try ${attempt}`).toBe(400);
    const refused = await change(STRONG_PASSWORD);
    expect(refused.status).toBe(429);
    expect((refused.body as { formError: string }).formError).toBe("limits.error.writes");
    // The right password, the 11th try, changes nothing.
    expect(await hashOf()).toBe(before);
  });

  it("refuses a practice save past the hourly allowance and leaves the practice as it was", async () => {
    const { cookie, userId } = await sessionFor("sekda.sumedang@demo.livinglab.id");
    const practice = await db().practice.findFirstOrThrow({
      where: { regionCode: "32.11", status: "PUBLISHED" },
      select: { slug: true, updatedAt: true },
    });
    await useUp(RATE_LIMITS.practiceWritesPerAccount, userId);
    const refused = await post(
      practiceEditAction,
      `/practices/${practice.slug}/edit`,
      { transition: "archive" },
      { cookie, params: { slug: practice.slug } },
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect((refused.body as { formError: string }).formError).toBe("limits.error.writes");
    const after = await db().practice.findUniqueOrThrow({
      where: { slug: practice.slug },
      select: { status: true, updatedAt: true },
    });
    expect(after).toEqual({ status: "PUBLISHED", updatedAt: practice.updatedAt });
  });

  it("refuses a code entry save past the allowance, keeping what was typed", async () => {
    const { cookie, userId } = await sessionFor("dev.sumedang@demo.livinglab.id");
    const before = await db().softwareEntry.findUniqueOrThrow({ where: { slug: "e-naskah" } });
    await useUp(RATE_LIMITS.softwareWritesPerAccount, userId);
    const form = new FormData();
    for (const [name, value] of Object.entries({
      publiccode: "publiccodeYmlVersion: '0.4'\nname: Diganti\n",
      indicators: "",
      tech: "",
      requirements: "",
      readme: "Baru",
    }))
      form.set(name, value);
    const request = new Request("http://localhost/software/e-naskah/edit", {
      method: "POST",
      body: form,
      headers: { Cookie: cookie },
    });
    const refused = await outcome(() =>
      softwareEditAction({
        request,
        params: { slug: "e-naskah" },
        context: { cspNonce: "test", clientIp: "10.0.0.9" },
      } as never),
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toMatchObject({
      formError: "limits.error.writes",
      values: { readme: "Baru" },
    });
    const after = await db().softwareEntry.findUniqueOrThrow({ where: { slug: "e-naskah" } });
    expect(after.updatedAt).toEqual(before.updatedAt);
  });

  it("answers an upload past the allowance with a JSON 429 in the reader's language", async () => {
    const { cookie, userId } = await sessionFor("dev.sumedang@demo.livinglab.id");
    const practice = await db().practice.findFirstOrThrow({
      where: { regionCode: "32.11" },
      select: { id: true, slug: true },
    });
    const attachments = await db().practiceAttachment.count({ where: { practiceId: practice.id } });
    await useUp(RATE_LIMITS.uploadsPerAccount, userId);
    const form = new FormData();
    form.set("file", new File(["%PDF-1.4\n%%EOF\n"], "laporan.pdf"));
    const request = new Request(`http://localhost/practices/${practice.slug}/attachments`, {
      method: "POST",
      body: form,
      headers: { Cookie: `${cookie}; lang=en`, Accept: "application/json" },
    });
    const refused = await outcome(() =>
      attachmentAction({ request, params: { slug: practice.slug }, context: {} } as never),
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toEqual({
      ok: false,
      message: translator("en")("limits.error.writes"),
    });
    expect(await db().practiceAttachment.count({ where: { practiceId: practice.id } })).toBe(
      attachments,
    );
  });
});
