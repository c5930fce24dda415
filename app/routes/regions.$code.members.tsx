import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getSessionUser } from "~/auth/session.server";
import { notFound } from "~/utils/app-error";
import { useTranslate } from "~/i18n/use-translate";
import { listRegionMembers } from "~/modules/accounts/members.server";
import { roleLabelKey } from "~/modules/accounts/roles";
import { regionCodeSchema } from "~/modules/regions/regions.schema";
import { getRegionProfile } from "~/modules/regions/regions.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.region.name} · Living Lab` : "" },
];

/** A region's staff with their e-mail addresses: only for its own people and the centre. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = regionCodeSchema.safeParse(params.code);
  const region = code.success ? await getRegionProfile(code.data) : null;
  if (!region) throw notFound();
  const actor = await getSessionUser(request);
  if (!actor) {
    const url = new URL(request.url);
    throw new Response(null, {
      status: 302,
      headers: { Location: `/login?redirectTo=${encodeURIComponent(url.pathname)}` },
    });
  }
  const members = await listRegionMembers(actor, region.code);
  return {
    region: { code: region.code, name: region.name },
    members: members.map((m) => ({
      role: m.role,
      name: m.user.name,
      email: m.user.email,
      id: m.user.id,
    })),
  };
}

export default function RegionMembersPage() {
  const { region, members } = useLoaderData<typeof loader>();
  const t = useTranslate();
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to={`/regions/${region.code}`}>{region.name}</Link>
      </nav>
      <h1>
        {t("members.title")}: {region.name}
      </h1>
      {members.length === 0 ? (
        <p className="empty-state">{t("members.empty")}</p>
      ) : (
        <ul className="plain-list">
          {members.map((m) => (
            <li key={m.id}>
              {m.name} — {t(roleLabelKey(m.role))} · <a href={`mailto:${m.email}`}>{m.email}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
