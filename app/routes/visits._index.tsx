import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireUser } from "~/auth/session.server";
import { DemoBadge } from "~/components/demo-badge";
import { Pagination } from "~/components/pagination";
import { useVisitDay } from "~/components/visits/visit-day";
import { VisitFlagBadge } from "~/components/visits/visit-flag-badge";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { mayReadVisits, mayRecordAnyVisit } from "~/modules/tracker/visit-access";
import { visitFiltersSchema } from "~/modules/tracker/visit.schema";
import { listVisits, visitFilterOptions } from "~/modules/tracker/visits.server";
import { forbidden } from "~/utils/app-error";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** GET /visits — the study visits, for signed-in members. */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireUser(request);
  if (!mayReadVisits(viewer)) throw forbidden("visits.error.membersOnly");
  const filters = visitFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [list, options] = await Promise.all([listVisits(viewer, filters), visitFilterOptions()]);
  return {
    ...list,
    filters,
    options,
    mayRecord: mayRecordAnyVisit(viewer),
    title: translator(languageOf(request))("visits.title"),
  };
}

export default function VisitsPage() {
  const { items, total, page, pageSize, filters, options, mayRecord } =
    useLoaderData<typeof loader>();
  const t = useTranslate();
  const dayText = useVisitDay();
  const [searchParams] = useSearchParams();
  const select = (name: "host" | "visitor", choices: Array<{ code: string; name: string }>) => (
    <div className="field">
      <label htmlFor={`v-${name}`}>{t(`visits.filter.${name}`)}</label>
      <select id={`v-${name}`} name={name} defaultValue={filters[name] ?? ""}>
        <option value="">{t("visits.filter.any")}</option>
        {choices.map((r) => (
          <option key={r.code} value={r.code}>
            {r.name}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="container section">
      <h1>{t("visits.title")}</h1>
      <p>{t("visits.intro")}</p>
      {mayRecord ? (
        <p>
          <Link className="button" to="/visits/new">
            {t("visits.record")}
          </Link>
        </p>
      ) : null}
      <Form method="get" className="filter-row visit-filters">
        {select("host", options.hosts)}
        {select("visitor", options.visitors)}
        <label className="checkbox">
          <input type="checkbox" name="flagged" value="true" defaultChecked={filters.flagged} />
          <span>{t("visits.filter.flagged")}</span>
        </label>
        <button type="submit" className="button secondary">
          {t("visits.filter.apply")}
        </button>
      </Form>
      <p className="result-count" role="status">
        {t("visits.list.count", { count: total })}
      </p>
      {items.length === 0 ? (
        <p className="empty-state">{t("visits.list.empty")}</p>
      ) : (
        <ul className="plain-list visit-list">
          {items.map((v) => (
            <li key={v.id}>
              <Link to={`/visits/${v.id}`}>
                {t("visits.list.visitedBy", { visitor: v.visitor.name, host: v.host.name })}
              </Link>{" "}
              {v.isDemo ? <DemoBadge /> : null} {v.flagged ? <VisitFlagBadge /> : null}
              <span className="muted block">
                <time dateTime={v.visitedOn}>{dayText(v.visitedOn)}</time> ·{" "}
                {t("visits.list.seen", { count: v.seenCount })} ·{" "}
                {t("visits.list.commitments", { count: v.commitmentCount })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageCount={Math.ceil(total / pageSize)} searchParams={searchParams} />
    </div>
  );
}
