import { useEffect, useId, useState } from "react";
import type { MessageKey } from "~/i18n/translate";
import { useLanguage, useTranslate } from "~/i18n/use-translate";

export interface IndicatorGroup {
  number: number;
  title: string;
  titleEn: string;
  aspects: Array<{
    number: number;
    title: string;
    titleEn: string;
    indicators: Array<{ number: number; title: string; titleEn: string }>;
  }>;
}

/** Lower-case, without diacritics, so "kebijakan" finds "Kebijakan" and "e-goverment" finds "é". */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}

/** Whether an indicator matches the filter text: its number, or every word found in its title. */
export function indicatorMatches(
  indicator: { number: number; title: string; titleEn: string },
  query: string,
): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${indicator.number}. ${indicator.title} ${indicator.titleEn}`);
  return words.every((word) =>
    /^\d+$/.test(word) ? String(indicator.number) === word : haystack.includes(word),
  );
}

/**
 * The SPBE indicators as compact checkboxes grouped by domain and aspect, with a filter box that
 * hides the indicators that do not match. The filter needs JavaScript and appears only then;
 * without it every indicator is shown. Hidden indicators that are checked stay checked and are sent.
 */
export function IndicatorPicker({
  groups,
  selected,
  legend,
  error,
  name = "indicators",
}: {
  groups: IndicatorGroup[];
  selected: number[];
  legend: MessageKey;
  error?: MessageKey;
  name?: string;
}) {
  const t = useTranslate();
  const en = useLanguage() === "en";
  const uid = useId();
  const [hydrated, setHydrated] = useState(false);
  const [query, setQuery] = useState("");
  useEffect(() => setHydrated(true), []);
  const label = (item: { title: string; titleEn: string }) => (en ? item.titleEn : item.title);
  const total = groups.reduce(
    (sum, d) => sum + d.aspects.reduce((n, a) => n + a.indicators.length, 0),
    0,
  );
  const matching = groups.reduce(
    (sum, d) =>
      sum +
      d.aspects.reduce(
        (n, a) => n + a.indicators.filter((i) => indicatorMatches(i, query)).length,
        0,
      ),
    0,
  );
  const errorId = `field-${name}-error`;
  const first = groups[0]?.aspects[0]?.indicators[0]?.number;
  return (
    <fieldset className="field indicator-picker" aria-describedby={error ? errorId : undefined}>
      <legend>{t(legend)}</legend>
      {error ? (
        <p id={errorId} className="field-error">
          {t(error)}
        </p>
      ) : null}
      {hydrated ? (
        <div className="indicator-filter">
          <label htmlFor={`${uid}-filter`}>{t("authoring.picker.filter")}</label>
          <input
            id={`${uid}-filter`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            onKeyDown={(event) => {
              // Enter in the filter must not submit the whole form.
              if (event.key === "Enter") event.preventDefault();
            }}
            aria-describedby={`${uid}-count`}
            autoComplete="off"
          />
          <p id={`${uid}-count`} className="field-hint" aria-live="polite">
            {query.trim()
              ? t("authoring.picker.matching", { count: matching, total })
              : t("authoring.picker.all", { total })}
          </p>
        </div>
      ) : null}
      <div className="indicator-picker-list">
        {groups.map((domain) => {
          const domainVisible = domain.aspects.some((a) =>
            a.indicators.some((i) => indicatorMatches(i, query)),
          );
          return (
            <div
              key={domain.number}
              className="indicator-domain"
              role="group"
              aria-labelledby={`${uid}-d${domain.number}`}
              hidden={!domainVisible}
            >
              <p id={`${uid}-d${domain.number}`} className="indicator-domain-title">
                {t("authoring.picker.domain", { number: domain.number, title: label(domain) })}
              </p>
              {domain.aspects.map((aspect) => {
                const visible = aspect.indicators.filter((i) => indicatorMatches(i, query));
                const aspectId = `${uid}-d${domain.number}a${aspect.number}`;
                return (
                  <div
                    key={aspect.number}
                    className="indicator-aspect"
                    role="group"
                    aria-labelledby={aspectId}
                    hidden={visible.length === 0}
                  >
                    <p id={aspectId} className="indicator-aspect-title">
                      {t("authoring.picker.aspect", {
                        number: aspect.number,
                        title: label(aspect),
                      })}
                    </p>
                    <ul className="indicator-options">
                      {aspect.indicators.map((indicator) => (
                        <li key={indicator.number} hidden={!visible.includes(indicator)}>
                          <label className="indicator-option">
                            <input
                              type="checkbox"
                              name={name}
                              value={indicator.number}
                              id={indicator.number === first ? `field-${name}` : undefined}
                              defaultChecked={selected.includes(indicator.number)}
                            />
                            <span>
                              {indicator.number}. {label(indicator)}
                            </span>
                          </label>
                        </li>
                      ))}
                    </ul>
                  </div>
                );
              })}
            </div>
          );
        })}
        {query.trim() && matching === 0 ? (
          <p className="muted">{t("authoring.picker.none")}</p>
        ) : null}
      </div>
    </fieldset>
  );
}
