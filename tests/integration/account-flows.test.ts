// The e-mailed account flows end to end, with mail delivered to a local SMTP server: invitations,
// account requests with approval or rejection, and password resets, each with its rate limit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, validateSessionToken } from "../../app/auth/session.server";
import { hashToken } from "../../app/auth/tokens.server";
import { db } from "../../app/db.server";
import { action as forgotAction } from "../../app/routes/forgot-password";
import {
  action as acceptAction,
  loader as acceptLoader,
} from "../../app/routes/invitations.$token";
import { action as inviteAction } from "../../app/routes/invitations.new";
import { action as loginAction } from "../../app/routes/login";
import { action as decideAction } from "../../app/routes/manage.requests.$id";
import { loader as outboxLoader } from "../../app/routes/outbox";
import { action as requestAccountAction } from "../../app/routes/request-account";
import {
  action as resetAction,
  loader as resetLoader,
} from "../../app/routes/reset-password.$token";
import {
  createUser,
  DEMO,
  get,
  post,
  sessionFor,
  STRONG_PASSWORD,
  tokenOf,
  uniqueEmail,
  uniqueIp,
  type Outcome,
} from "../support/accounts";
import {
  startSmtpTestServer,
  type ReceivedMail,
  type SmtpTestServer,
} from "../support/smtp-test-server";

const NEW_PASSWORD = "Sawah-Terasering-Pagi-Berembun-5120";

let smtp: SmtpTestServer;
const savedSmtpUrl = process.env.SMTP_URL;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  if (savedSmtpUrl !== undefined) process.env.SMTP_URL = savedSmtpUrl;
  await smtp.close();
});

function mailTo(address: string, subject?: string): Promise<ReceivedMail> {
  return smtp.waitFor(
    (mail) => mail.to.includes(address) && (subject === undefined || mail.subject === subject),
  );
}

function mailsTo(address: string): ReceivedMail[] {
  return smtp.messages.filter((mail) => mail.to.includes(address));
}

/** The token of the first `http://localhost/<path>/<token>` link in a mail. */
function linkToken(mail: ReceivedMail, path: string): string {
  const match = mail.text.match(new RegExp(`http://localhost/${path}/([a-z2-7]{32})(?![a-z2-7])`));
  if (!match?.[1]) throw new Error(`no /${path}/<token> link in:\n${mail.text}`);
  return match[1];
}

function login(email: string, password: string) {
  return post(loginAction, "/login", { email, password }, { ip: uniqueIp() });
}

async function membershipsOf(email: string) {
  const user = await db().user.findUniqueOrThrow({
    where: { email },
    select: { memberships: { select: { regionCode: true, role: true } } },
  });
  return user.memberships;
}

function formErrors(result: Outcome) {
  return (result.body as { errors: Record<string, string> }).errors;
}

describe("invitations", () => {
  it("a coordinator invites a secretary, who creates her account from the e-mailed link once", async () => {
    const email = uniqueEmail("sekda.semarang");
    const { cookie } = await sessionFor(DEMO.coordinator);
    const sent = await post(
      inviteAction,
      "/invitations/new",
      { email, role: "SECRETARY", regionCode: "33.74" },
      { cookie, ip: uniqueIp() },
    );
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ notice: "invite.sent" });

    const mail = await mailTo(email);
    expect(mail.subject).toBe("Undangan bergabung dengan Living Lab Layanan Digital");
    const token = linkToken(mail, "invitations");
    const path = `/invitations/${token}`;
    const params = { token };

    const shown = await get(acceptLoader, path, { params });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      invitation: {
        email,
        role: "SECRETARY",
        regionName: "Kota Semarang",
        inviter: "Koordinator Kemendagri (demo)",
        hasAccount: false,
      },
    });

    const weak = await post(
      acceptAction,
      path,
      { name: "Sri Wahyuni", password: "password123", confirm: "password123" },
      { params, ip: uniqueIp() },
    );
    expect(weak.status).toBe(400);
    expect(formErrors(weak)).toEqual({ password: "password.error.tooWeak" });
    expect(await db().user.count({ where: { email } })).toBe(0);

    const accepted = await post(
      acceptAction,
      path,
      { name: "Sri Wahyuni", password: NEW_PASSWORD, confirm: NEW_PASSWORD },
      { params, ip: uniqueIp() },
    );
    expect(accepted.status).toBe(302);
    expect(accepted.location).toBe("/account");
    const session = await validateSessionToken(tokenOf(accepted));
    expect(session?.user).toMatchObject({ email, name: "Sri Wahyuni" });
    expect(await membershipsOf(email)).toEqual([{ regionCode: "33.74", role: "SECRETARY" }]);
    expect((await login(email, NEW_PASSWORD)).status).toBe(302);

    const again = await post(
      acceptAction,
      path,
      { name: "Penyusup", password: STRONG_PASSWORD, confirm: STRONG_PASSWORD },
      { params, ip: uniqueIp() },
    );
    expect(again.status).toBe(400);
    expect(formErrors(again)).toEqual({ form: "invite.error.invalidLink" });
    expect(again.headers.get("Set-Cookie")).toBeNull();
    expect((await get(acceptLoader, path, { params })).body).toMatchObject({ invitation: null });
    expect((await login(email, NEW_PASSWORD)).status).toBe(302); // the password was not replaced
  });

  it("a secretary may invite developers of her own region only", async () => {
    const { cookie } = await sessionFor(DEMO.sekdaSumedang);
    const developer = uniqueEmail("dev.baru");
    const ok = await post(
      inviteAction,
      "/invitations/new",
      { email: developer, role: "DEVELOPER", regionCode: "32.11" },
      { cookie },
    );
    expect(ok.status).toBe(200);
    const mail = await mailTo(developer);
    expect(mail.text).toContain("Sekda Sumedang (demo)");
    linkToken(mail, "invitations");

    for (const form of [
      { role: "SECRETARY", regionCode: "32.11" },
      { role: "DEVELOPER", regionCode: "32.73" },
      { role: "COORDINATOR", regionCode: "" },
    ]) {
      const email = uniqueEmail("tidak.boleh");
      const refused = await post(inviteAction, "/invitations/new", { email, ...form }, { cookie });
      expect(refused.status, JSON.stringify(form)).toBe(403);
      expect(await db().invitation.count({ where: { email } })).toBe(0);
      expect(mailsTo(email)).toEqual([]);
    }
  });

  it("a coordinator makes a province coordinator: a new account, and an existing one once signed in", async () => {
    const { cookie } = await sessionFor(DEMO.coordinator);
    const email = uniqueEmail("diskominfo.jateng");
    const sent = await post(
      inviteAction,
      "/invitations/new",
      { email, role: "PROVINCE_COORDINATOR", regionCode: "32.11", provinceCode: "33" },
      { cookie, ip: uniqueIp() },
    );
    expect(sent.status).toBe(200);
    const mail = await mailTo(email);
    expect(mail.text).toContain("Koordinator provinsi (Diskominfo provinsi)");
    expect(mail.text).toContain("Provinsi Jawa Tengah");
    const token = linkToken(mail, "invitations");
    const params = { token };
    const path = `/invitations/${token}`;
    expect((await get(acceptLoader, path, { params })).body).toMatchObject({
      invitation: { email, role: "PROVINCE_COORDINATOR", provinceName: "Jawa Tengah" },
    });
    const accepted = await post(
      acceptAction,
      path,
      { name: "Dewi Lestari", password: NEW_PASSWORD, confirm: NEW_PASSWORD },
      { params, ip: uniqueIp() },
    );
    expect(accepted.status).toBe(302);
    const session = await validateSessionToken(tokenOf(accepted));
    // The province role only: no region, not the centre (the region field was ignored).
    expect(session?.user).toMatchObject({ email, provinceCodes: ["33"], isCoordinator: false });
    expect(session?.user.memberships).toEqual([]);
    const audit = await db().auditEvent.findMany({
      where: { action: "invitation.created", details: { path: ["email"], equals: email } },
      select: { action: true, regionCode: true, details: true },
    });
    expect(audit).toEqual([
      {
        action: "invitation.created",
        regionCode: null,
        details: { email, role: "PROVINCE_COORDINATOR", provinceCode: "33" },
      },
    ]);
    const acceptedAudit = await db().auditEvent.findFirst({
      where: { action: "invitation.accepted", actorEmail: email },
      select: { details: true },
    });
    expect(acceptedAudit?.details).toEqual({ role: "PROVINCE_COORDINATOR", provinceCode: "33" });

    // An existing account (Sumedang's developer) gets the role once signed in as itself.
    const existing = await post(
      inviteAction,
      "/invitations/new",
      { email: DEMO.devSumedang, role: "PROVINCE_COORDINATOR", provinceCode: "32" },
      { cookie, ip: uniqueIp() },
    );
    expect(existing.status).toBe(200);
    const second = linkToken(await mailTo(DEMO.devSumedang, mail.subject), "invitations");
    const own = await sessionFor(DEMO.devSumedang);
    const granted = await post(
      acceptAction,
      `/invitations/${second}`,
      {},
      {
        params: { token: second },
        cookie: own.cookie,
        ip: uniqueIp(),
      },
    );
    expect(granted.status).toBe(302);
    const developer = await validateSessionToken(own.token);
    expect(developer?.user.provinceCodes).toEqual(["32"]);
    expect(developer?.user.memberships).toMatchObject([{ regionCode: "32.11", role: "DEVELOPER" }]);
    await db().provinceCoordinator.deleteMany({ where: { user: { email: DEMO.devSumedang } } });
  });

  it("refuses a province coordinator invitation from a secretary, and one without a known province", async () => {
    const secretary = await sessionFor(DEMO.sekdaSumedang);
    const email = uniqueEmail("tidak.boleh.provinsi");
    const refused = await post(
      inviteAction,
      "/invitations/new",
      { email, role: "PROVINCE_COORDINATOR", provinceCode: "32" },
      { cookie: secretary.cookie },
    );
    expect(refused.status).toBe(403);
    const { cookie } = await sessionFor(DEMO.coordinator);
    for (const provinceCode of ["", "99", "3", "32.11"]) {
      const invalid = await post(
        inviteAction,
        "/invitations/new",
        { email, role: "PROVINCE_COORDINATOR", provinceCode },
        { cookie, ip: uniqueIp() },
      );
      expect([provinceCode, invalid.status]).toEqual([provinceCode, 400]);
      expect(formErrors(invalid)).toEqual({ provinceCode: "form.error.provinceInvalid" });
    }
    expect(await db().invitation.count({ where: { email } })).toBe(0);
    expect(mailsTo(email)).toEqual([]);
  });

  it("refuses an expired invitation", async () => {
    const email = uniqueEmail("terlambat");
    const { cookie } = await sessionFor(DEMO.coordinator);
    const sent = await post(
      inviteAction,
      "/invitations/new",
      { email, role: "DEVELOPER", regionCode: "33.74" },
      { cookie },
    );
    expect(sent.status).toBe(200);
    const token = linkToken(await mailTo(email), "invitations");
    const updated = await db().invitation.updateMany({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    expect(updated.count).toBe(1);

    const path = `/invitations/${token}`;
    expect((await get(acceptLoader, path, { params: { token } })).body).toMatchObject({
      invitation: null,
    });
    const refused = await post(
      acceptAction,
      path,
      { name: "Budi Santoso", password: NEW_PASSWORD, confirm: NEW_PASSWORD },
      { params: { token } },
    );
    expect(refused.status).toBe(400);
    expect(formErrors(refused)).toEqual({ form: "invite.error.invalidLink" });
    expect(await db().user.count({ where: { email } })).toBe(0);
  });
});

describe("account requests", () => {
  it("tells the region's secretary, and an approval mails a link to set the first password", async () => {
    const email = uniqueEmail("pemohon");
    const sent = await post(
      requestAccountAction,
      "/request-account",
      { name: "Asep Saepudin", email, regionCode: "32.11", role: "DEVELOPER", position: "Pranata" },
      { ip: uniqueIp() },
    );
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ notice: "request.received" });
    const request = await db().accountRequest.findFirstOrThrow({ where: { email } });
    expect(request).toMatchObject({ status: "PENDING", regionCode: "32.11", role: "DEVELOPER" });

    const pending = await smtp.waitFor((mail) =>
      mail.text.includes(`http://localhost/manage/requests/${request.id}`),
    );
    expect(pending.to).toEqual([DEMO.sekdaSumedang]);
    expect(pending.text).toContain("Asep Saepudin");
    expect(mailsTo(email)).toEqual([]); // nothing to the requester yet

    const sekda = await sessionFor(DEMO.sekdaSumedang);
    const approved = await post(
      decideAction,
      `/manage/requests/${request.id}`,
      { decision: "approve" },
      { cookie: sekda.cookie, params: { id: request.id }, ip: uniqueIp() },
    );
    expect(approved.status).toBe(302);
    const mail = await mailTo(email);
    expect(mail.subject).toBe("Permohonan akun Anda telah disetujui");
    const token = linkToken(mail, "reset-password");

    const path = `/reset-password/${token}`;
    expect((await get(resetLoader, path, { params: { token } })).body).toMatchObject({
      usable: true,
    });
    // Approved but without a password yet: nobody can sign in.
    expect((await login(email, NEW_PASSWORD)).status).toBe(400);

    const set = await post(
      resetAction,
      path,
      { password: NEW_PASSWORD, confirm: NEW_PASSWORD },
      { params: { token }, ip: uniqueIp() },
    );
    expect(set.status).toBe(302);
    expect(set.location).toBe("/account");
    expect((await validateSessionToken(tokenOf(set)))?.user.email).toBe(email);
    expect(await membershipsOf(email)).toEqual([{ regionCode: "32.11", role: "DEVELOPER" }]);
    expect((await login(email, NEW_PASSWORD)).status).toBe(302);
  });

  it("a rejection mails the requester and creates no account", async () => {
    const email = uniqueEmail("ditolak");
    const sent = await post(
      requestAccountAction,
      "/request-account",
      { name: "Ujang Supriatna", email, regionCode: "32.11", role: "SECRETARY" },
      { ip: uniqueIp() },
    );
    expect(sent.status).toBe(200);
    const request = await db().accountRequest.findFirstOrThrow({ where: { email } });
    const sekda = await sessionFor(DEMO.sekdaSumedang);
    const args = { cookie: sekda.cookie, params: { id: request.id } };
    const rejected = await post(
      decideAction,
      `/manage/requests/${request.id}`,
      { decision: "reject" },
      args,
    );
    expect(rejected.status).toBe(302);
    const mail = await mailTo(email);
    expect(mail.subject).toBe("Permohonan akun Anda belum dapat disetujui");
    expect(mail.text).not.toMatch(/reset-password|invitations/);
    expect(await db().user.count({ where: { email } })).toBe(0);
    expect(
      (await db().accountRequest.findUniqueOrThrow({ where: { id: request.id } })).status,
    ).toBe("REJECTED");

    // It stays decided.
    const later = await post(
      decideAction,
      `/manage/requests/${request.id}`,
      { decision: "approve" },
      args,
    );
    expect(later.status).toBe(400);
    expect(formErrors(later)).toEqual({ form: "requests.error.alreadyDecided" });
    expect(await db().user.count({ where: { email } })).toBe(0);
  });

  it("accepts 5 requests an hour from one IP and refuses the 6th", async () => {
    const ip = uniqueIp();
    const emails = Array.from({ length: 6 }, () => uniqueEmail("banyak"));
    for (const [index, email] of emails.entries()) {
      const result = await post(
        requestAccountAction,
        "/request-account",
        { name: `Pemohon ${index + 1}`, email, regionCode: "32.73", role: "DEVELOPER" },
        { ip },
      );
      if (index < 5) {
        expect(result.status, `request ${index + 1}`).toBe(200);
      } else {
        expect(result.status).toBe(429);
        expect(Number(result.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
        expect(Number(result.headers.get("Retry-After"))).toBeLessThanOrEqual(3600);
        expect(result.body).toMatchObject({ formError: "auth.error.rateLimited" });
      }
    }
    expect(await db().accountRequest.count({ where: { email: { in: emails } } })).toBe(5);
    expect(await db().accountRequest.count({ where: { email: emails[5] } })).toBe(0);
    // Another IP may still ask.
    const other = await post(
      requestAccountAction,
      "/request-account",
      { name: "Pemohon Lain", email: uniqueEmail("lain"), regionCode: "32.73", role: "DEVELOPER" },
      { ip: uniqueIp() },
    );
    expect(other.status).toBe(200);
  });
});

describe("password reset", () => {
  it("mails a single-use link that sets a new password and ends every old session", async () => {
    const user = await createUser({ name: "Rina Marlina" });
    const old1 = await createSession(user.id, { ip: "10.9.9.1", userAgent: null });
    const old2 = await createSession(user.id, { ip: "10.9.9.2", userAgent: null });
    const unknown = uniqueEmail("tidak.ada");

    const known = await post(
      forgotAction,
      "/forgot-password",
      { email: user.email },
      { ip: uniqueIp() },
    );
    const missing = await post(
      forgotAction,
      "/forgot-password",
      { email: unknown },
      { ip: uniqueIp() },
    );
    expect(known.status).toBe(200);
    expect(known.body).toEqual({ errors: {}, notice: "reset.request.sent" });
    expect({ status: missing.status, body: missing.body }).toEqual({
      status: known.status,
      body: known.body,
    });

    const mail = await mailTo(user.email);
    expect(mail.subject).toBe("Atur ulang kata sandi akun Living Lab Layanan Digital");
    const token = linkToken(mail, "reset-password");
    // The action awaits the send, so a mail for the unknown address would be here by now.
    expect(mailsTo(unknown)).toEqual([]);
    expect(await db().mailMessage.count({ where: { to: unknown } })).toBe(0);

    const path = `/reset-password/${token}`;
    const params = { token };
    expect((await get(resetLoader, path, { params })).body).toMatchObject({ usable: true });
    const weak = await post(
      resetAction,
      path,
      { password: "password123", confirm: "password123" },
      { params },
    );
    expect(weak.status).toBe(400);
    expect(formErrors(weak)).toEqual({ password: "password.error.tooWeak" });
    expect((await get(resetLoader, path, { params })).body).toMatchObject({ usable: true });

    const ip = uniqueIp();
    const done = await post(
      resetAction,
      path,
      { password: NEW_PASSWORD, confirm: NEW_PASSWORD },
      { params, ip },
    );
    expect(done.status).toBe(302);
    expect(done.location).toBe("/account");
    const fresh = tokenOf(done);
    expect(await validateSessionToken(old1.token)).toBeNull();
    expect(await validateSessionToken(old2.token)).toBeNull();
    expect((await validateSessionToken(fresh))?.user.id).toBe(user.id);
    expect(
      await db().session.findMany({ where: { userId: user.id }, select: { id: true } }),
    ).toEqual([{ id: hashToken(fresh) }]);
    expect((await login(user.email, STRONG_PASSWORD)).status).toBe(400);
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(302);

    const twice = await post(
      resetAction,
      path,
      { password: "Kopi-Tubruk-Hangat-Malam-3377", confirm: "Kopi-Tubruk-Hangat-Malam-3377" },
      { params },
    );
    expect(twice.status).toBe(400);
    expect(formErrors(twice)).toEqual({ form: "reset.error.invalidLink" });
    expect(twice.headers.get("Set-Cookie")).toBeNull();
    expect((await get(resetLoader, path, { params })).body).toMatchObject({ usable: false });
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(302);
  });

  it("refuses a 4th request for one account within the hour", async () => {
    const user = await createUser({});
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const result = await post(
        forgotAction,
        "/forgot-password",
        { email: user.email },
        { ip: uniqueIp() },
      );
      expect(result.status, `request ${attempt}`).toBe(200);
    }
    const fourth = await post(
      forgotAction,
      "/forgot-password",
      { email: user.email },
      { ip: uniqueIp() },
    );
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(Number(fourth.headers.get("Retry-After"))).toBeLessThanOrEqual(3600);
    expect(fourth.body).toMatchObject({ formError: "auth.error.rateLimited" });
    expect(mailsTo(user.email)).toHaveLength(3);
    expect(await db().passwordResetToken.count({ where: { userId: user.id } })).toBe(3);
  });
});

describe("outbox in demo mode", () => {
  // In demo mode the outbox is open to everyone only while nothing is really sent (no SMTP_URL):
  // once mail goes out, its single-use links belong to the recipients alone.
  it("does not show anonymous visitors a reset link that went to a real mailbox", async () => {
    const user = await createUser({});
    const asked = await post(
      forgotAction,
      "/forgot-password",
      { email: user.email },
      { ip: uniqueIp() },
    );
    expect(asked.status).toBe(200);
    const token = linkToken(await mailTo(user.email), "reset-password");
    const saved = process.env.DEMO_MODE;
    process.env.DEMO_MODE = "true";
    try {
      const page = await get(outboxLoader, "/outbox");
      expect(JSON.stringify(page.body)).not.toContain(token);
    } finally {
      if (saved === undefined) delete process.env.DEMO_MODE;
      else process.env.DEMO_MODE = saved;
    }
  });
});
