import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { DemoBadge } from "~/components/demo-badge";
import { useTranslate } from "~/i18n/use-translate";
import type { BoardCard as Card } from "~/modules/tracker/board.server";
import { AttentionBadges, ProgressMeter, useDayFormat } from "./commitment-badges";

/** One transition as a plain form: works without JavaScript. A text (reason, comment) is asked for. */
function MoveButtons({ card }: { card: Card }) {
  const t = useTranslate();
  if (card.moves.length === 0) return null;
  return (
    <div className="board-moves">
      {card.moves.map((move) => {
        const label = t(`trackerViews.move.${move.transition}`);
        const hidden = (
          <>
            <input type="hidden" name="intent" value="move" />
            <input type="hidden" name="id" value={card.id} />
            <input type="hidden" name="transition" value={move.transition} />
          </>
        );
        if (!move.needsText)
          return (
            <Form method="post" key={move.transition} className="inline-form">
              {hidden}
              <button type="submit" className="button button-small secondary">
                {label}
              </button>
            </Form>
          );
        const fieldId = `text-${card.id}-${move.transition}`;
        return (
          <details key={move.transition} className="board-move-text">
            <summary className="button button-small secondary">{label}</summary>
            <Form method="post">
              {hidden}
              <label htmlFor={fieldId}>{t(`trackerViews.moveText.${move.needsText}`)}</label>
              <textarea id={fieldId} name="text" required maxLength={2000} rows={3} />
              <button type="submit" className="button button-small">
                {label}
              </button>
            </Form>
          </details>
        );
      })}
    </div>
  );
}

export function BoardCardView({ card, handle }: { card: Card; handle?: ReactNode }) {
  const t = useTranslate();
  const day = useDayFormat();
  return (
    <>
      <div className="board-card-head">
        <h4 className="board-card-title">
          <Link to={`/commitments/${card.id}`}>{card.title}</Link>
        </h4>
        {handle}
      </div>
      <p className="muted">
        {t("trackerViews.parties", {
          adopter: card.adopterRegion.name,
          mentor: card.mentorRegion.name,
        })}
      </p>
      <p>
        <ProgressMeter percent={card.progress} />
      </p>
      {card.dueOn ? (
        <p className="muted">{t("trackerViews.due", { date: day(card.dueOn) })}</p>
      ) : null}
      <p>
        {card.isDemo ? <DemoBadge /> : null}{" "}
        <AttentionBadges stalled={card.stalled} overdue={card.overdue} />
      </p>
      <MoveButtons card={card} />
    </>
  );
}
