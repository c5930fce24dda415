import {
  data,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requestOrigin } from "~/auth/request-context.server";
import { endOwnSession, listUserSessions, requireUser } from "~/auth/session.server";
import { describeUserAgent } from "~/auth/user-agent";
import { languageOf } from "~/i18n/language.server";
import { localeOf } from "~/i18n/languages";
import { translator } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { recordAudit } from "~/modules/audit/audit.server";
import { roleLabelKey } from "~/modules/accounts/roles";
import { coordinatedProvinces } from "~/modules/monitoring/province.server";
import { readFormData } from "~/utils/form-data.server";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [sessions, provinces] = await Promise.all([
    listUserSessions(user.id),
    coordinatedProvinces(user),
  ]);
  return {
    title: translator(languageOf(request))("account.title"),
    user: {
      name: user.name,
      email: user.email,
      isAdmin: user.isAdmin,
      isCoordinator: user.isCoordinator,
      memberships: user.memberships,
      provinces,
    },
    sessions: sessions.map((session) => ({
      id: session.id,
      current: session.id === user.sessionId,
      device: describeUserAgent(session.userAgent),
      ip: session.ip,
      lastSeenAt: session.lastSeenAt.toISOString(),
      createdAt: session.createdAt.toISOString(),
    })),
  };
}

const endSessionForm = z.object({ sessionId: z.string().regex(/^[0-9a-f]{64}$/) });

/** POST: end one of my sessions (another user's id matches nothing). */
export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const parsed = endSessionForm.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) return data({ ended: false }, { status: 400 });
  const ended = await endOwnSession(user.id, parsed.data.sessionId);
  if (ended)
    await recordAudit({
      action: "session.ended",
      actor: { id: user.id, email: user.email },
      ...requestOrigin(request, context),
    });
  return data({ ended }, { status: ended ? 200 : 404 });
}

export default function AccountPage() {
  const { user, sessions } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const language = useLanguage();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const roles = [
    ...(user.isAdmin ? [t("role.admin")] : []),
    ...(user.isCoordinator ? [t("role.coordinator")] : []),
    ...(user.provinces.length ? [t("role.provinceCoordinator")] : []),
  ];
  return (
    <div className="container section">
      <h1>{t("account.title")}</h1>
      <dl className="facts">
        <div>
          <dt>{t("auth.field.name")}</dt>
          <dd>{user.name}</dd>
        </div>
        <div>
          <dt>{t("auth.field.email")}</dt>
          <dd>{user.email}</dd>
        </div>
        {roles.length ? (
          <div>
            <dt>{t("account.roles")}</dt>
            <dd>{roles.join(", ")}</dd>
          </div>
        ) : null}
        {user.provinces.length ? (
          <div>
            <dt>{t("account.provinces")}</dt>
            <dd>
              <ul className="plain-list">
                {user.provinces.map((province) => (
                  <li key={province.code}>
                    <Link to={`/provinces/${province.code}`}>
                      {t("role.province", { name: province.name })}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      <section className="section" aria-labelledby="regions-title">
        <h2 id="regions-title">{t("account.regionsTitle")}</h2>
        {user.memberships.length === 0 ? (
          <p className="empty-state">{t("account.noRegions")}</p>
        ) : (
          <ul className="plain-list">
            {user.memberships.map((m) => (
              <li key={m.regionCode}>
                <Link to={`/regions/${m.regionCode}`}>{m.regionName}</Link> —{" "}
                {t(roleLabelKey(m.role))} ·{" "}
                <Link to={`/regions/${m.regionCode}/members`}>{t("members.title")}</Link>
              </li>
            ))}
          </ul>
        )}
        <p className="actions">
          <Link to="/account/password">{t("account.changePassword")}</Link>
          <Link to="/account/tokens">{t("tokens.link")}</Link>
          <Link to="/manage/requests">{t("requests.title")}</Link>
          <Link to="/invitations/new">{t("invite.title")}</Link>
        </p>
      </section>
      <section className="section" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("account.sessionsTitle")}</h2>
        <ScrollTable label={t("account.sessionsTitle")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("account.session.device")}</th>
                <th scope="col">{t("account.session.ip")}</th>
                <th scope="col">{t("account.session.lastSeen")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("account.session.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id}>
                  <td>
                    {session.device
                      ? t("account.session.deviceOn", session.device)
                      : t("account.session.unknownDevice")}
                    {session.current ? <strong> ({t("account.session.current")})</strong> : null}
                  </td>
                  <td>{session.ip ?? "—"}</td>
                  <td>{when.format(new Date(session.lastSeenAt))}</td>
                  <td>
                    {session.current ? null : (
                      <Form method="post" className="inline-form">
                        <input type="hidden" name="sessionId" value={session.id} />
                        <button type="submit" className="link-button">
                          {t("account.session.end")}
                        </button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
    </div>
  );
}
