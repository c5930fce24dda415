import { Link } from "@remix-run/react";
import { DemoBadge } from "~/components/demo-badge";
import { useLanguage, useTranslate } from "~/i18n/use-translate";
import type { GapRow, Peer } from "~/modules/spbe/gap-analysis.server";
import { draftHref } from "~/modules/tracker/draft-entry";
import { PeerList } from "./peer-list";
import { useIndexFormat } from "./use-index-format";

/** One weak indicator: what one level more gains, who did it well, and what to replicate. */
export function GapIndicator({
  row,
  selfAssessedPeersShown,
  adopterRegionCode,
}: {
  row: GapRow;
  selfAssessedPeersShown: boolean;
  /** Set when the viewer may draft a commitment for the region: "Tiru dari daerah ini" per peer. */
  adopterRegionCode?: string;
}) {
  const t = useTranslate();
  const language = useLanguage();
  const format = useIndexFormat();
  const action = adopterRegionCode
    ? (peer: Peer) => (
        <Link
          to={draftHref({
            adopter: adopterRegionCode,
            mentor: peer.region.code,
            indicator: row.number,
            practice: row.practices.find((p) => p.region.code === peer.region.code)?.slug,
          })}
          className="button button-small"
        >
          {t("tracker.entry.gap")}
        </Link>
      )
    : undefined;
  return (
    <li className="card gap-item">
      <h3>
        <Link to={`/spbe/indicators/${row.number}`}>
          {row.number}. {language === "en" ? row.titleEn : row.title}
        </Link>
      </h3>
      <p>
        {row.level > 0 ? t("gap.level", { level: row.level }) : t("gap.notRated")} ·{" "}
        <strong>{t("gap.gain", { gain: format(row.gain) })}</strong>
      </p>
      <div className="gap-columns">
        <PeerList
          peers={row.officialPeers}
          total={row.officialPeerTotal}
          allHref={`/spbe/indicators/${row.number}`}
          label={t("gap.officialPeers")}
          action={action}
        />
        {selfAssessedPeersShown ? (
          <PeerList
            peers={row.selfAssessedPeers}
            total={row.selfAssessedPeerTotal}
            allHref={`/spbe/indicators/${row.number}`}
            label={t("gap.selfAssessedPeers")}
            action={action}
          />
        ) : null}
        <div>
          <h4>{t("gap.replicate", { count: row.practices.length + row.software.length })}</h4>
          {row.practices.length + row.software.length === 0 ? (
            <p className="muted">{t("gap.nothingToReplicate")}</p>
          ) : (
            <ul className="plain-list">
              {row.practices.map((practice) => (
                <li key={practice.slug}>
                  <Link to={`/practices/${practice.slug}`}>{practice.title}</Link>{" "}
                  <span className="muted">({practice.region.name})</span>
                  {practice.isDemo ? (
                    <>
                      {" "}
                      <DemoBadge />
                    </>
                  ) : null}{" "}
                  <Link to={`/practices/${practice.slug}#tiru`} className="button button-small">
                    {t("gap.replicateAction")}
                  </Link>
                </li>
              ))}
              {row.software.map((entry) => (
                <li key={entry.slug}>
                  <Link to={`/software/${entry.slug}`}>{entry.name}</Link>{" "}
                  <span className="muted">
                    ({t("gap.codeEntry")}, {entry.region.name})
                  </span>
                  {entry.isDemo ? (
                    <>
                      {" "}
                      <DemoBadge />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </li>
  );
}
