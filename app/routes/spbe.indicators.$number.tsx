import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { localeOf } from "~/i18n/languages";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import { DemoBadge } from "~/components/demo-badge";
import { publishedPracticesForIndicator } from "~/modules/practices/practice-queries.server";
import { softwareForIndicator } from "~/modules/software/software-queries.server";
import { PeerList } from "~/components/assessment/peer-list";
import { getSessionUser } from "~/auth/session.server";
import { loadPeers, PEER_YEARS } from "~/modules/spbe/peers.server";
import { DEFAULT_FRAMEWORK_ID, getIndicator } from "~/modules/spbe/spbe.server";
import { notFound } from "~/utils/app-error";
import { currentYear } from "~/utils/calendar";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.indicator.number}. ${data.indicator.title} · SPBE` : "SPBE" },
];

export async function loader({ params, request }: LoaderFunctionArgs) {
  const number = z.coerce.number().int().min(1).max(999).safeParse(params.number);
  const indicator = number.success ? await getIndicator(number.data) : null;
  if (!indicator) throw notFound();
  const viewer = await getSessionUser(request);
  const [practices, software, peers] = await Promise.all([
    publishedPracticesForIndicator(indicator.number),
    softwareForIndicator(indicator.number),
    loadPeers({
      frameworkId: DEFAULT_FRAMEWORK_ID,
      year: currentYear(),
      viewer,
      indicatorNumber: indicator.number,
    }),
  ]);
  return {
    indicator,
    practices,
    software,
    officialPeers: peers.official.get(indicator.number) ?? [],
    selfAssessedPeers: peers.selfAssessed.get(indicator.number) ?? [],
    selfAssessedPeersShown: peers.selfAssessedShown,
    peerYears: PEER_YEARS,
  };
}

export default function IndicatorPage() {
  const { indicator, practices, software, ...peers } = useLoaderData<typeof loader>();
  const practicesOf = (regionCode: string) => practices.filter((p) => p.region.code === regionCode);
  const t = useTranslate();
  const language = useLanguage();
  const en = language === "en";
  const percent = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 2 });
  const levelName = (level: number) => {
    const found = indicator.maturityLevels.find((m) => m.level === level);
    return found ? (en ? found.nameEn : found.name) : "";
  };
  return (
    <div className="container section narrow-wide">
      <nav aria-label={t("breadcrumb.label")} className="breadcrumb">
        <Link to="/spbe">{t("nav.spbe")}</Link> <span aria-hidden="true">/</span>{" "}
        {t("spbe.domain", { number: indicator.aspect.domain.number })}:{" "}
        {en ? indicator.aspect.domain.titleEn : indicator.aspect.domain.title}
      </nav>
      <h1>
        <span className="indicator-number">
          {t("spbe.indicatorNumber", { number: indicator.number })}
        </span>{" "}
        {en ? indicator.titleEn : indicator.title}
      </h1>
      <dl className="facts">
        <div>
          <dt>{t("spbe.aspectLabel")}</dt>
          <dd>
            {indicator.aspect.number}. {en ? indicator.aspect.titleEn : indicator.aspect.title}
          </dd>
        </div>
        <div>
          <dt>{t("spbe.weight")}</dt>
          <dd>{percent.format(indicator.weight)} %</dd>
        </div>
      </dl>
      <p className="lead">{en ? indicator.descriptionEn : indicator.description}</p>

      <section className="section" aria-labelledby="levels-title">
        <h2 id="levels-title">{t("spbe.levelsForIndicator")}</h2>
        <ol className="level-cards">
          {indicator.levels.map((level) => (
            <li key={level.level} className={`level level-${level.level}`}>
              <h3>
                {t("spbe.levelHeading", { level: level.level, name: levelName(level.level) })}
              </h3>
              <p>{en ? level.descriptionEn : level.description}</p>
            </li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t("spbe.evidenceExpected")}</h2>
        <ul>
          {indicator.evidence.map((item) => (
            <li key={item.text}>{en ? item.textEn : item.text}</li>
          ))}
        </ul>
        <p>
          <Link to={`/evidence?indicator=${indicator.number}`}>{t("library.indicatorLink")}</Link>
        </p>
      </section>

      <section className="section" aria-labelledby="indicator-peers-title">
        <h2 id="indicator-peers-title">{t("spbe.indicatorPeers.title")}</h2>
        <p className="muted">{t("spbe.indicatorPeers.help", { years: peers.peerYears })}</p>
        <div className="gap-columns">
          <PeerList
            peers={peers.officialPeers}
            label={t("gap.officialPeers")}
            heading="h3"
            practicesOf={practicesOf}
          />
          {peers.selfAssessedPeersShown ? (
            <PeerList
              peers={peers.selfAssessedPeers}
              label={t("gap.selfAssessedPeers")}
              heading="h3"
              practicesOf={practicesOf}
            />
          ) : (
            <p className="muted">{t("gap.signInForPeers")}</p>
          )}
        </div>
      </section>

      <section className="section" aria-labelledby="indicator-practices-title">
        <h2 id="indicator-practices-title">{t("spbe.indicatorPractices.title")}</h2>
        {practices.length === 0 ? (
          <p className="muted">{t("spbe.indicatorPractices.empty")}</p>
        ) : (
          <>
            <p className="result-count">
              {t("spbe.indicatorPractices.count", { count: practices.length })}
            </p>
            <ul>
              {practices.map((p) => (
                <li key={p.slug}>
                  <Link to={`/practices/${p.slug}`}>{p.title}</Link>{" "}
                  {p.isDemo ? <DemoBadge /> : null} —{" "}
                  <Link to={`/regions/${p.region.code}`}>{p.region.name}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="indicator-software-title">
        <h2 id="indicator-software-title">{t("spbe.indicatorSoftware.title")}</h2>
        {software.length === 0 ? (
          <p className="muted">{t("spbe.indicatorSoftware.empty")}</p>
        ) : (
          <>
            <p className="result-count">
              {t("spbe.indicatorSoftware.count", { count: software.length })}
            </p>
            <ul>
              {software.map((s) => (
                <li key={s.slug}>
                  <Link to={`/software/${s.slug}`}>{s.name}</Link> {s.isDemo ? <DemoBadge /> : null}{" "}
                  — <Link to={`/regions/${s.region.code}`}>{s.region.name}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {indicator.crosswalkFrom.length + indicator.crosswalkTo.length > 0 ? (
        <section className="section" aria-labelledby="crosswalk-title">
          <h2 id="crosswalk-title">{t("spbe.crosswalkTitle")}</h2>
          <ul>
            {indicator.crosswalkFrom.map((link) => (
              <li key={`to-${link.to.frameworkId}-${link.to.number}`}>
                {link.to.frameworkId} · {link.to.number}. {link.to.title} ({link.relation})
              </li>
            ))}
            {indicator.crosswalkTo.map((link) => (
              <li key={`from-${link.from.frameworkId}-${link.from.number}`}>
                {link.from.frameworkId} · {link.from.number}. {link.from.title} ({link.relation})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <nav className="pager" aria-label={t("spbe.indicatorPager")}>
        {indicator.previousNumber ? (
          <Link to={`/spbe/indicators/${indicator.previousNumber}`} rel="prev">
            ← {t("spbe.indicatorNumber", { number: indicator.previousNumber })}
          </Link>
        ) : (
          <span />
        )}
        {indicator.nextNumber ? (
          <Link to={`/spbe/indicators/${indicator.nextNumber}`} rel="next">
            {t("spbe.indicatorNumber", { number: indicator.nextNumber })} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
