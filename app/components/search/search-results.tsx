import { Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { DemoBadge } from "~/components/demo-badge";
import { useTranslate } from "~/i18n/use-translate";
import type { SearchHit } from "~/modules/search/search.types";
import { SnippetText } from "./snippet-text";

/** Moves focus between result links with the arrow keys; Esc goes back to the search box. */
function moveFocus(event: KeyboardEvent, list: HTMLElement, inputId: string) {
  const links = Array.from(list.querySelectorAll<HTMLAnchorElement>("a.search-hit-link"));
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    const next = event.key === "ArrowDown" ? index + 1 : index - 1;
    if (next < 0) document.getElementById(inputId)?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  } else if (event.key === "Escape") {
    document.getElementById(inputId)?.focus();
  }
}

export function SearchResults({ hits, inputId }: { hits: SearchHit[]; inputId: string }) {
  const t = useTranslate();
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => moveFocus(event, element, inputId);
    element.addEventListener("keydown", onKeyDown);
    return () => element.removeEventListener("keydown", onKeyDown);
  }, [inputId]);
  return (
    <ol
      id="search-results"
      className="search-results"
      aria-label={t("search.resultsLabel")}
      ref={list}
    >
      {hits.map((hit) => (
        <li key={`${hit.type}:${hit.id}`} className="search-hit">
          <p className="search-hit-meta">
            <span className={`badge badge-type-${hit.type}`}>{t(`search.type.${hit.type}`)}</span>
            {hit.isDemo ? <DemoBadge /> : null}
            {hit.region ? <span>{hit.region.name}</span> : null}
            {hit.year ? <span>{hit.year}</span> : null}
          </p>
          <h2 className="search-hit-title">
            <Link className="search-hit-link" to={hit.url} prefetch="intent">
              {hit.title}
            </Link>
          </h2>
          {hit.snippet ? (
            <p className="search-hit-snippet">
              <SnippetText snippet={hit.snippet} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
