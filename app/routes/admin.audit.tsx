import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { forbidden } from "~/utils/app-error";
import { can } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { Pagination } from "~/components/pagination";
import { languageOf } from "~/i18n/language.server";
import { localeOf } from "~/i18n/languages";
import { translator } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { auditActionLabel, auditDetailLines } from "~/modules/audit/audit-labels";
import { auditQuerySchema, listAuditActions, listAuditEvents } from "~/modules/audit/audit.server";
import { FilterDisclosure, countActive } from "~/components/filter-disclosure";
import { ScrollTable } from "~/components/scroll-table";
import { issueKey } from "~/utils/forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  if (!can(actor, "audit:read")) throw forbidden();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = auditQuerySchema.safeParse(params);
  const query = parsed.success ? parsed.data : auditQuerySchema.parse({});
  const [result, actions] = await Promise.all([listAuditEvents(query), listAuditActions()]);
  return {
    title: translator(languageOf(request))("audit.title"),
    query,
    actions,
    errors: parsed.success ? [] : parsed.error.issues.map((issue) => issueKey(issue)),
    total: result.total,
    items: result.items.map((item) => ({
      ...item,
      at: item.at.toISOString(),
      details: item.details as unknown,
    })),
  };
}

export default function AuditPage() {
  const { items, total, query, actions, errors } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const language = useLanguage();
  const [searchParams] = useSearchParams();
  const when = new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: "short",
    timeStyle: "medium",
  });
  return (
    <div className="container section">
      <h1>{t("audit.title")}</h1>
      <p className="lead">{t("audit.lead")}</p>
      <div className="list-head">
        <FilterDisclosure
          activeCount={countActive(query, ["action", "actor", "region", "from", "to"])}
        >
          <Form method="get" className="filter-bar" aria-label={t("audit.filterLabel")}>
            <div className="field">
              <label htmlFor="audit-action">{t("audit.field.action")}</label>
              <select id="audit-action" name="action" defaultValue={query.action ?? ""}>
                <option value="">{t("audit.allActions")}</option>
                {actions.map((action) => (
                  <option key={action} value={action}>
                    {auditActionLabel(t, action)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="audit-actor">{t("audit.field.actor")}</label>
              <input id="audit-actor" name="actor" defaultValue={query.actor ?? ""} />
            </div>
            <div className="field">
              <label htmlFor="audit-region">{t("audit.field.region")}</label>
              <input
                id="audit-region"
                name="region"
                defaultValue={query.region ?? ""}
                placeholder="32.11"
              />
            </div>
            <div className="field">
              <label htmlFor="audit-from">{t("audit.field.from")}</label>
              <input id="audit-from" name="from" type="date" defaultValue={query.from ?? ""} />
            </div>
            <div className="field">
              <label htmlFor="audit-to">{t("audit.field.to")}</label>
              <input id="audit-to" name="to" type="date" defaultValue={query.to ?? ""} />
            </div>
            <button type="submit" className="button">
              {t("regions.apply")}
            </button>
          </Form>
        </FilterDisclosure>
        <p className="result-count">{t("audit.count", { count: total })}</p>
      </div>
      {errors.length ? (
        <div className="notice notice-error" role="alert">
          {errors.map((key) => (
            <p key={key}>{t(key)}</p>
          ))}
        </div>
      ) : null}
      <ScrollTable label={t("audit.tableLabel")}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("audit.col.at")}</th>
              <th scope="col">{t("audit.field.action")}</th>
              <th scope="col">{t("audit.field.actor")}</th>
              <th scope="col">{t("audit.field.region")}</th>
              <th scope="col">{t("audit.col.ip")}</th>
              <th scope="col">{t("audit.col.details")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td>{when.format(new Date(item.at))}</td>
                <td>
                  {auditActionLabel(t, item.action)}
                  <span className="audit-code code">{item.action}</span>
                </td>
                <td>{item.actorEmail ?? "—"}</td>
                <td>{item.regionCode ?? "—"}</td>
                <td>{item.ip ?? "—"}</td>
                <td>
                  <AuditDetails item={item} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <Pagination
        page={query.page}
        pageCount={Math.max(1, Math.ceil(total / query.limit))}
        searchParams={searchParams}
      />
    </div>
  );
}

function AuditDetails({
  item,
}: {
  item: { entityType: string | null; entityId: string | null; details: unknown };
}) {
  const t = useTranslate();
  const lines = auditDetailLines(t, item);
  if (lines.length === 0) return <>—</>;
  return (
    <dl className="audit-details">
      {lines.map((line) => (
        <div key={line.key}>
          <dt>{line.label}:</dt> <dd>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}
