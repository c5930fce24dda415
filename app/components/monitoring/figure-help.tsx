import { useTranslate } from "~/i18n/use-translate";
import { figure, type FigureDefinitionParams, type FigureId } from "~/modules/monitoring/figures";

/**
 * "Apa artinya?": a figure's definition one click away, from the figure catalogue
 * (app/modules/monitoring/figures.ts). A native <details>: opens with a click, Enter or Space,
 * works without JavaScript, and is small enough for a table header (`compact`: a "?" whose
 * accessible name says which figure it explains). `params`: figureDefinitionParams() of the loader.
 */
export function FigureHelp({
  id,
  params,
  compact = false,
}: {
  id: FigureId;
  params: FigureDefinitionParams;
  compact?: boolean;
}) {
  const t = useTranslate();
  const entry = figure(id);
  return (
    <HelpDisclosure
      label={t(entry.label, params)}
      definition={t(entry.definition, params)}
      compact={compact}
    />
  );
}

/**
 * The disclosure itself, for a label and definition already in the reader's language (a table
 * column whose definition is not a catalogue figure, such as the cohort table's).
 */
export function HelpDisclosure({
  label,
  definition,
  compact = false,
}: {
  label: string;
  definition: string;
  compact?: boolean;
}) {
  const t = useTranslate();
  return (
    <details className={compact ? "figure-help figure-help-compact" : "figure-help"}>
      <summary>
        {compact ? (
          <>
            <span aria-hidden="true" className="figure-help-mark">
              ?
            </span>
            <span className="visually-hidden">{t("figure.helpFor", { label })}</span>
          </>
        ) : (
          <>
            {t("figure.help")}
            <span className="visually-hidden"> {label}</span>
          </>
        )}
      </summary>
      <p className="figure-help-body">{definition}</p>
    </details>
  );
}

/** A column header: the figure's label and its FigureHelp. */
export function FigureHeader({ id, params }: { id: FigureId; params: FigureDefinitionParams }) {
  const t = useTranslate();
  return (
    <th scope="col" className="figure-col">
      <span className="figure-col-label">{t(figure(id).label, params)}</span>{" "}
      <FigureHelp id={id} params={params} compact />
    </th>
  );
}
