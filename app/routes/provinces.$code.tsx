import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getSessionUser } from "~/auth/session.server";
import { MembersRollupTable, ProvinceRollup } from "~/components/monitoring/province-rollup";
import { ProvinceRegionsTable } from "~/components/monitoring/province-regions-table";
import { env } from "~/env.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { provinceView } from "~/modules/monitoring/province.server";
import { provinceCodeSchema } from "~/modules/regions/regions.schema";
import { notFound } from "~/utils/app-error";
import { currentYear } from "~/utils/calendar";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.title} · Living Lab` : "Living Lab" },
];

/**
 * GET /provinces/:code: the province's kabupaten/kota and its roll-up beside the national one;
 * members-level figures only for whom the policy lets read the province's monitoring figures.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const code = provinceCodeSchema.safeParse(params.code);
  if (!code.success) throw notFound("province.notFound");
  const actor = await getSessionUser(request);
  const view = await provinceView({ code: code.data, actor });
  return {
    ...view,
    title: translator(languageOf(request))("province.title", { name: view.province.name }),
    year: currentYear(),
    demo: env().DEMO_MODE,
  };
}

export default function ProvincePage() {
  const { province, regions, rollup, membersLevel, membersRollup, year, demo } =
    useLoaderData<typeof loader>();
  const t = useTranslate();
  const name = province.name;
  return (
    <div className="container section">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/partisipasi">{t("participation.title")}</Link> <span aria-hidden="true">/</span>{" "}
        <Link to={`/partisipasi?province=${province.code}`}>{name}</Link>
      </nav>
      <h1>{t("province.title", { name })}</h1>
      <p className="lead">{t("province.lead")}</p>
      {demo ? <p className="notice">{t("province.demo")}</p> : null}
      <section className="section" aria-labelledby="province-rollup-title">
        <h2 id="province-rollup-title">{t("province.rollupTitle")}</h2>
        <ProvinceRollup provinceName={name} rollup={rollup} year={year} />
      </section>
      <section className="section" aria-labelledby="province-members-title">
        <h2 id="province-members-title">{t("province.membersTitle")}</h2>
        {membersLevel && membersRollup ? (
          <>
            <p>{t("province.membersExplain")}</p>
            <MembersRollupTable provinceName={name} rollup={membersRollup} />
          </>
        ) : (
          <p className="empty-state">{t("province.membersHidden")}</p>
        )}
      </section>
      <details className="aside-box">
        <summary>{t("participation.whatTitle")}</summary>
        <ul>
          <li>{t("participation.what.status")}</li>
          <li>{t("participation.what.records")}</li>
          <li>{t("participation.what.commitments")}</li>
          <li>{t("participation.what.evidence")}</li>
          <li>{t("province.what.national", { count: String(rollup.national.regions) })}</li>
          <li>{t("province.what.average")}</li>
          <li>{t("province.what.members")}</li>
        </ul>
      </details>
      <section className="section" aria-labelledby="province-regions-title">
        <h2 id="province-regions-title">{t("province.regionsTitle")}</h2>
        <ProvinceRegionsTable
          provinceName={name}
          regions={regions}
          membersLevel={membersLevel}
          year={year}
        />
      </section>
    </div>
  );
}
