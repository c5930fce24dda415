import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { forbidden } from "~/utils/app-error";
import { regionsWhereActorMay } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { languageOf } from "~/i18n/language.server";
import { localeOf } from "~/i18n/languages";
import { translator } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { listAccountRequestsFor } from "~/modules/accounts/account-requests.server";
import { roleLabelKey } from "~/modules/accounts/roles";
import { ScrollTable } from "~/components/scroll-table";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

const statusSchema = z.enum(["PENDING", "APPROVED", "REJECTED"]).catch("PENDING");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const regions = regionsWhereActorMay(actor, "accountRequest:decide");
  if (regions !== "all" && regions.length === 0) throw forbidden();
  const status = statusSchema.parse(new URL(request.url).searchParams.get("status") ?? "PENDING");
  const requests = await listAccountRequestsFor(actor, status);
  return {
    status,
    title: translator(languageOf(request))("requests.title"),
    requests: requests.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      decidedAt: r.decidedAt?.toISOString() ?? null,
    })),
  };
}

export default function AccountRequestsPage() {
  const { requests, status } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const language = useLanguage();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <div className="container section">
      <h1>{t("requests.title")}</h1>
      <nav aria-label={t("requests.filterLabel")} className="actions">
        {(["PENDING", "APPROVED", "REJECTED"] as const).map((s) => (
          <Link key={s} to={`?status=${s}`} aria-current={s === status ? "page" : undefined}>
            {t(`requests.status.${s}`)}
          </Link>
        ))}
      </nav>
      {requests.length === 0 ? (
        <p className="empty-state">{t("requests.empty")}</p>
      ) : (
        <ScrollTable label={t("requests.title")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("auth.field.name")}</th>
                <th scope="col">{t("request.field.region")}</th>
                <th scope="col">{t("request.field.role")}</th>
                <th scope="col">{t("requests.submittedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/manage/requests/${r.id}`}>{r.name}</Link>
                    <br />
                    <span className="muted">{r.email}</span>
                  </td>
                  <td>{r.region.name}</td>
                  <td>{t(roleLabelKey(r.role))}</td>
                  <td>{when.format(new Date(r.createdAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
