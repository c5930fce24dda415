import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { provinceOfRegion } from "~/auth/policy";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { FigureHeader } from "~/components/monitoring/figure-help";
import { ScrollTable } from "~/components/scroll-table";
import { env } from "~/env.server";
import { languageOf } from "~/i18n/language.server";
import { localeOf } from "~/i18n/languages";
import { translator, type MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { parseParticipationQuery } from "~/modules/monitoring/participation-query";
import type { FigureId } from "~/modules/monitoring/figures";
import { figureDefinitionParams } from "~/modules/monitoring/figures.server";
import { publicParticipation } from "~/modules/monitoring/participation-public.server";
import { PARTICIPATION_STATUSES } from "~/modules/monitoring/participation-status";
import { listProvinces } from "~/modules/regions/regions.server";
import { participationThresholds } from "~/modules/monitoring/participation-thresholds.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

/** GET /partisipasi?province=&status=: the public participation table (aggregate figures only). */
export async function loader({ request }: LoaderFunctionArgs) {
  const thresholds = await participationThresholds();
  const [data, provinces, figureParams] = await Promise.all([
    publicParticipation({ thresholds }),
    listProvinces(),
    figureDefinitionParams({ thresholds }),
  ]);
  const query = parseParticipationQuery(
    new URL(request.url).searchParams,
    provinces.map((p) => p.code),
  );
  const regions = data.regions.filter(
    (r) =>
      (!query.province || r.code.startsWith(`${query.province}.`)) &&
      (!query.status || r.status === query.status),
  );
  const counts = Object.fromEntries(
    PARTICIPATION_STATUSES.map((s) => [s, regions.filter((r) => r.status === s).length]),
  );
  return {
    title: translator(languageOf(request))("participation.title"),
    generatedAt: data.generatedAt,
    figureParams,
    demo: env().DEMO_MODE,
    provinces: provinces.map((p) => ({ code: p.code, name: p.name })),
    query,
    counts,
    regions,
  };
}

/** The public figures, in column order; each header carries its definition ("Apa artinya?"). */
const COLUMNS: readonly FigureId[] = [
  "status",
  "practices",
  "software",
  "commitments.active",
  "commitments.verified",
  "commitments.stalled",
  "evidenceCompleteness",
];

export default function ParticipationPage() {
  const { figureParams, demo, provinces, query, counts, regions } = useLoaderData<typeof loader>();
  const t = useTranslate();
  const language = useLanguage();
  const percent = new Intl.NumberFormat(localeOf(language), { style: "percent" });
  const filtered = Boolean(query.province || query.status);
  const provinceNames = new Map(provinces.map((p) => [p.code, p.name]));
  return (
    <div className="container section">
      <h1>{t("participation.title")}</h1>
      <p className="lead">{t("participation.lead")}</p>
      {demo ? <p className="notice">{t("participation.demo")}</p> : null}
      {query.unknown.length ? (
        <p className="notice" role="status">
          {t("participation.filter.unknown", { names: query.unknown.join(", ") })}
        </p>
      ) : null}
      <Form
        method="get"
        className="filter-bar"
        role="search"
        aria-label={t("participation.filter.label")}
      >
        <div className="field">
          <label htmlFor="participation-province">{t("participation.filter.province")}</label>
          <select id="participation-province" name="province" defaultValue={query.province ?? ""}>
            <option value="">{t("participation.filter.allProvinces")}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="participation-status">{t("participation.filter.status")}</label>
          <select id="participation-status" name="status" defaultValue={query.status ?? ""}>
            <option value="">{t("participation.filter.allStatuses")}</option>
            {PARTICIPATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`participation.status.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <button type="submit" className="button">
            {t("participation.filter.apply")}
          </button>{" "}
          {filtered ? <Link to="/partisipasi">{t("participation.filter.clear")}</Link> : null}
        </div>
      </Form>
      <p>
        {t("participation.summary", {
          count: String(regions.length),
          aktif: String(counts["aktif"] ?? 0),
          kurang: String(counts["kurang-aktif"] ?? 0),
          tidak: String(counts["tidak-aktif"] ?? 0),
        })}
      </p>
      <p className="muted">{t("participation.definitions")}</p>
      <p>
        {t("participation.download")} <a href="/api/participation">{t("participation.json")}</a> ·{" "}
        <a href="/api/participation.csv">{t("participation.csv")}</a>
      </p>
      {regions.length === 0 ? (
        <p className="empty-state">
          {t("participation.empty")}{" "}
          <Link to="/partisipasi">{t("participation.filter.clear")}</Link>
        </p>
      ) : (
        <ScrollTable label={t("participation.table")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("participation.col.region")}</th>
                <th scope="col">{t("province.col.province")}</th>
                {COLUMNS.map((id) => (
                  <FigureHeader key={id} id={id} params={figureParams} />
                ))}
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr key={r.code}>
                  <th scope="row">
                    <Link to={`/regions/${r.code}`}>{r.name}</Link>
                  </th>
                  <td>
                    <Link to={`/provinces/${provinceOfRegion(r.code)}`}>
                      {provinceNames.get(provinceOfRegion(r.code))}
                    </Link>
                  </td>
                  <td>{t(`participation.status.${r.status}` as MessageKey)}</td>
                  <td>{r.practices}</td>
                  <td>{r.software}</td>
                  <td>{r.commitments.active}</td>
                  <td>{r.commitments.verified}</td>
                  <td>{r.commitments.stalled}</td>
                  <td>{percent.format(r.evidenceCompleteness)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
