import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getSessionUser } from "~/auth/session.server";
import { MembersRollupTable, ProvinceRollup } from "~/components/monitoring/province-rollup";
import { ProvinceRegionsTable } from "~/components/monitoring/province-regions-table";
import { env } from "~/env.server";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { figureDefinitionParams } from "~/modules/monitoring/figures.server";
import { participationThresholds } from "~/modules/monitoring/participation-thresholds.server";
import { PROVINCE_MEMBER_FIGURES } from "~/modules/monitoring/province-figures";
import { provinceView } from "~/modules/monitoring/province.server";
import { provinceCodeSchema } from "~/modules/regions/regions.schema";
import { notFound } from "~/utils/app-error";

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
  const [actor, thresholds] = await Promise.all([
    getSessionUser(request),
    participationThresholds(),
  ]);
  const [view, figureParams] = await Promise.all([
    provinceView({ code: code.data, actor, options: { thresholds } }),
    figureDefinitionParams({ thresholds }),
  ]);
  return {
    ...view,
    title: translator(languageOf(request))("province.title", { name: view.province.name }),
    figureParams,
    demo: env().DEMO_MODE,
  };
}

export default function ProvincePage() {
  const { province, regions, rollup, membersLevel, membersRollup, figureParams, demo } =
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
        <details className="aside-box">
          <summary>{t("figure.help")}</summary>
          <ul>
            <li>{t("province.what.national", { count: String(rollup.national.regions) })}</li>
            <li>{t("province.what.sum")}</li>
            <li>{t("province.what.average")}</li>
          </ul>
        </details>
        <ProvinceRollup provinceName={name} rollup={rollup} figureParams={figureParams} />
      </section>
      <section className="section" aria-labelledby="province-members-title">
        <h2 id="province-members-title">{t("province.membersTitle")}</h2>
        {membersLevel && membersRollup ? (
          <>
            <p>{t("province.membersExplain")}</p>
            <MembersRollupTable
              provinceName={name}
              rollup={membersRollup}
              figureParams={figureParams}
            />
          </>
        ) : (
          <p className="empty-state">{t("province.membersHidden")}</p>
        )}
      </section>
      <section className="section" aria-labelledby="province-regions-title">
        <h2 id="province-regions-title">{t("province.regionsTitle")}</h2>
        <ProvinceRegionsTable
          provinceName={name}
          regions={regions}
          memberColumns={membersLevel ? PROVINCE_MEMBER_FIGURES : []}
          figureParams={figureParams}
        />
      </section>
    </div>
  );
}
