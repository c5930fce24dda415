import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useSubmit } from "@remix-run/react";
import { useEffect, useRef, type KeyboardEvent } from "react";
import { getSessionUser } from "~/auth/session.server";
import { FilterDisclosure } from "~/components/filter-disclosure";
import { Pagination } from "~/components/pagination";
import { PAGE_SEARCH_INPUT_ID } from "~/components/search/header-search";
import { ActiveFilters, SearchFacets } from "~/components/search/search-facets";
import { searchHref } from "~/components/search/search-href";
import { SearchResults } from "~/components/search/search-results";
import { languageOf } from "~/i18n/language.server";
import { translator } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import { facetLabels } from "~/modules/search/search-labels.server";
import { lenientSearchParams } from "~/modules/search/search-query";
import { search } from "~/modules/search/search.server";
import { FACET_NAMES } from "~/modules/search/search.types";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? "" }];

const TYPING_DELAY_MS = 250;

export async function loader({ request }: LoaderFunctionArgs) {
  const t = translator(languageOf(request));
  const params = new URL(request.url).searchParams;
  const request_ = lenientSearchParams(params);
  const { q, filters } = request_;
  const title = q ? `${q} · ${t("search.title")}` : t("search.title");
  const base = { q, filters, title };
  const hasFilters = Object.values(filters).some((value) => value !== undefined);
  if (!q && !hasFilters) return { ...base, state: "start" as const, result: null, labels: null };
  try {
    const result = await search(request_, await getSessionUser(request));
    const labels = await facetLabels(result.facets, filters);
    return { ...base, state: "results" as const, result, labels };
  } catch (error) {
    console.error(`[search] ${error instanceof Error ? error.message : String(error)}`);
    return { ...base, state: "error" as const, result: null, labels: null };
  }
}

export default function SearchPage() {
  const data = useLoaderData<typeof loader>();
  const t = useTranslate();
  // The search as the loader understood it (a bad parameter in the URL is left out).
  const params = new URLSearchParams();
  if (data.q) params.set("q", data.q);
  for (const facet of FACET_NAMES) {
    const value = data.filters[facet];
    if (value !== undefined) params.set(facet, String(value));
  }
  const submit = useSubmit();
  const navigation = useNavigation();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const input = useRef<HTMLInputElement>(null);
  /** The text sent by the last search-as-you-type, so its own results do not overwrite the box. */
  const typed = useRef<string | null>(null);
  const searching = navigation.state === "loading" && navigation.location.pathname === "/search";

  useEffect(() => () => clearTimeout(timer.current), []);

  // The box shows the query of the results (after Back, or a "did you mean" link), except when
  // the results answer what the reader is typing: then it keeps their text, caret and focus.
  useEffect(() => {
    const box = input.current;
    if (box && data.q !== typed.current && box.value.trim() !== data.q) box.value = data.q;
    typed.current = null;
  }, [data.q]);

  function searchAsYouType() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!form.current) return;
      typed.current = input.current?.value.trim() ?? null;
      submit(form.current, { replace: true, preventScrollReset: true });
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
          data.filters[facet] !== undefined ? (
            <input key={facet} type="hidden" name={facet} value={String(data.filters[facet])} />
          ) : null,
        )}
        <label htmlFor={PAGE_SEARCH_INPUT_ID}>{t("search.label")}</label>
        <div className="search-input-row">
          <input
            id={PAGE_SEARCH_INPUT_ID}
            name="q"
            type="search"
            ref={input}
            defaultValue={data.q}
            placeholder={t("search.placeholder")}
            maxLength={200}
            autoComplete="off"
            aria-describedby="search-help"
            aria-controls={result && result.total > 0 ? "search-results" : undefined}
            aria-keyshortcuts="Control+K"
            onKeyDown={toResults}
          />
          <button type="submit" className="button">
            {t("search.submit")}
          </button>
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
              <FilterDisclosure>
                <SearchFacets facets={result.facets} labels={data.labels} params={params} />
              </FilterDisclosure>
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
