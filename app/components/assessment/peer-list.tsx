import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { DemoBadge } from "~/components/demo-badge";
import { useTranslate } from "~/i18n/use-translate";
import type { Peer } from "~/modules/spbe/peers.server";

/** How many peers show before "and N more" opens the rest. */
const PEERS_SHOWN = 5;

/** Regions at level 4-5 on an indicator, the first few shown and the rest behind "and N more". */
export function PeerList({
  peers,
  label,
  heading: Heading = "h4",
  practicesOf,
  total,
  allHref,
  action,
}: {
  peers: Peer[];
  /** How many peers there are when `peers` holds only the first few; `allHref` lists them all. */
  total?: number;
  allHref?: string;
  label: string;
  heading?: "h3" | "h4";
  /** The region's published practices for the indicator, linked beside it when given. */
  practicesOf?: (regionCode: string) => Array<{ slug: string; title: string }>;
  /** Something to do with a peer (e.g. "Tiru dari daerah ini"), shown after it. */
  action?: (peer: Peer) => ReactNode;
}) {
  const t = useTranslate();
  const item = (peer: Peer) => (
    <li key={peer.region.code}>
      <Link to={`/regions/${peer.region.code}`}>{peer.region.name}</Link>{" "}
      <span className="muted">
        {t("gap.peerLevel", { level: peer.level, year: String(peer.year) })}
      </span>
      {peer.isDemo ? (
        <>
          {" "}
          <DemoBadge />
        </>
      ) : null}
      {action ? <> {action(peer)}</> : null}
      {practicesOf && practicesOf(peer.region.code).length > 0 ? (
        <ul className="plain-list peer-practices">
          {practicesOf(peer.region.code).map((p) => (
            <li key={p.slug}>
              <Link to={`/practices/${p.slug}`}>{p.title}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
  return (
    <div>
      <Heading>{label}</Heading>
      {peers.length === 0 ? (
        <p className="muted">{t("gap.noPeers")}</p>
      ) : (
        <>
          <ul className="plain-list">{peers.slice(0, PEERS_SHOWN).map(item)}</ul>
          {total !== undefined && allHref && total > peers.length ? (
            <p className="muted">
              {t("gap.peersShownOf", { shown: peers.length, total })} —{" "}
              <Link to={allHref}>{t("gap.allPeers")}</Link>
            </p>
          ) : null}
          {peers.length > PEERS_SHOWN ? (
            <details>
              <summary>{t("gap.morePeers", { count: peers.length - PEERS_SHOWN })}</summary>
              <ul className="plain-list">{peers.slice(PEERS_SHOWN).map(item)}</ul>
            </details>
          ) : null}
        </>
      )}
    </div>
  );
}
