import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  Link,
  useLoaderData,
  useNavigation,
  useSearchParams,
  useSubmit,
} from "@remix-run/react";
import { useEffect, useRef, type KeyboardEvent } from "react";
import { getSessionUser } from "~/auth/session.server";
import { Pagination } from "~/components/pagination";
import { PAGE_SEARCH_INPUT_ID } from "~/components/search/header-search";
import { ActiveFilters, SearchFacets } from "~/components/search/search-facets";
import { searchHref } from "~/components/search/search-href";
import { SearchResults } from "~/components/search/search-results";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { facetLabels } from "~/modules/search/search-labels.server";
import { parseSearchParams } from "~/modules/search/search-query";
import { search } from "~/modules/search/search.server";
import { FACET_NAMES } from "~/modules/search/search.types";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

const TYPING_DELAY_MS = 250;

export async function loader({ request }: LoaderFunctionArgs) {
  const t = translator(languageOf(request));
  const params = new URL(request.url).searchParams;
  const parsed = parseSearchParams(params);
  // Invalid parameters (a hand-edited URL) fall back to a blank search rather than an error.
  const request_ = parsed.ok ? parsed.request : { q: "", filters: {}, page: 1, limit: 10 };
  const q = request_.q;
  const title = q ? `${q} · ${t("search.title")}` : t("search.title");
  const hasFilters = FACET_NAMES.some((facet) => params.get(facet));
  if (!q && !hasFilters) return { state: "start" as const, q, title, result: null, labels: null };
  try {
    const result = await search(request_, await getSessionUser(request));
    const labels = await facetLabels(result.facets, request_.filters);
    return { state: "results" as const, q, title, result, labels };
  } catch (error) {
    console.error(`[search] ${error instanceof Error ? error.message : String(error)}`);
    return { state: "error" as const, q, title, result: null, labels: null };
  }
}

export default function SearchPage() {
  const data = useLoaderData<typeof loader>();
  const t = useTranslate();
  const [params] = useSearchParams();
  const submit = useSubmit();
  const navigation = useNavigation();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const searching = navigation.state === "loading" && navigation.location.pathname === "/search";

  useEffect(() => () => clearTimeout(timer.current), []);

  function searchAsYouType() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (form.current) submit(form.current, { replace: true, preventScrollReset: true });
    }, TYPING_DELAY_MS);
  }

  function toResults(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "ArrowDown") return;
    const first = document.querySelector<HTMLAnchorElement>("#search-results a.search-hit-link");
    if (first) {
      event.preventDefault();
      first.focus();
    }
  }

  const result = data.result;
  const pageCount = result
    ? Math.ceil(Math.min(result.total, 500 * result.limit) / result.limit)
    : 0;
  return (
    <div className="container section">
      <h1>{t("search.title")}</h1>
      <p className="lead">{t("search.lead")}</p>
      <Form
        ref={form}
        method="get"
        role="search"
        className="search-form"
        onChange={searchAsYouType}
      >
        {FACET_NAMES.map((facet) =>
          params.get(facet) ? (
            <input key={facet} type="hidden" name={facet} value={params.get(facet) ?? ""} />
          ) : null,
        )}
        <label htmlFor={PAGE_SEARCH_INPUT_ID}>{t("search.label")}</label>
        <div className="search-input-row">
          <input
            id={PAGE_SEARCH_INPUT_ID}
            name="q"
            type="search"
            defaultValue={data.q}
            key={data.q === params.get("q") ? "typed" : data.q}
            placeholder={t("search.placeholder")}
            maxLength={200}
            autoComplete="off"
            aria-describedby="search-help"
            aria-controls="search-results"
            aria-keyshortcuts="Control+K"
            onKeyDown={toResults}
          />
          <button type="submit">{t("search.submit")}</button>
        </div>
        <p id="search-help" className="field-hint">
          {t("search.syntaxHelp")} {t("search.keyboardHelp")}
        </p>
      </Form>
      <div aria-live="polite" className="search-status">
        {searching ? <p className="muted">{t("search.loading")}</p> : null}
        {result ? (
          <p>
            {data.q
              ? t("search.results", { count: result.total, q: data.q })
              : t("search.resultsFiltered", { count: result.total })}
          </p>
        ) : null}
      </div>
      {data.state === "start" ? (
        <div className="empty-state">
          <h2>{t("search.start.title")}</h2>
          <p>{t("search.start.body")}</p>
        </div>
      ) : null}
      {data.state === "error" ? (
        <div className="notice notice-error" role="alert">
          <h2>{t("search.error.title")}</h2>
          <p>{t("search.error.body")}</p>
        </div>
      ) : null}
      {result && data.labels ? (
        <>
          {result.corrected && result.suggestion ? (
            <p className="notice">
              {t("search.corrected", { q: data.q, suggestion: result.suggestion })}
            </p>
          ) : result.suggestion ? (
            <p className="notice">
              {t("search.didYouMean")}{" "}
              <Link to={searchHref(params, { q: result.suggestion })}>{result.suggestion}</Link>
            </p>
          ) : null}
          <ActiveFilters labels={data.labels} params={params} />
          {result.total === 0 ? (
            <div className="empty-state">
              <h2>{t("search.empty.title")}</h2>
              <p>{t("search.empty.body", { q: data.q })}</p>
            </div>
          ) : (
            <div className="search-layout">
              <SearchFacets facets={result.facets} labels={data.labels} params={params} />
              <div>
                <SearchResults hits={result.hits} inputId={PAGE_SEARCH_INPUT_ID} />
                <Pagination page={result.page} pageCount={pageCount} searchParams={params} />
              </div>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}
