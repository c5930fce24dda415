import type { FetcherWithComponents } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslate } from "~/i18n/use-translate";
import type { BoardCard, BoardMove } from "~/modules/tracker/board.server";

/** After a drop that needs a text (a cancellation's reason, a return's comment): a small form. */
export function MoveTextDialog({
  card,
  move,
  fetcher,
  onClose,
}: {
  card: BoardCard;
  move: BoardMove;
  fetcher: FetcherWithComponents<unknown>;
  onClose: () => void;
}) {
  const t = useTranslate();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) node.showModal();
    return () => node?.close();
  }, []);
  // Closes once its own submission has been answered (a refusal shows above the board).
  const sent = useRef(false);
  useEffect(() => {
    if (fetcher.state !== "idle") sent.current = true;
    else if (sent.current) onClose();
  }, [fetcher.state, onClose]);
  const label = t(`trackerViews.move.${move.transition}`);
  return (
    <dialog
      ref={dialog}
      className="move-dialog"
      aria-labelledby="move-dialog-title"
      onClose={onClose}
    >
      <fetcher.Form method="post">
        <h2 id="move-dialog-title">
          {t("trackerViews.moveDialog.title", { action: label, title: card.title })}
        </h2>
        <input type="hidden" name="intent" value="move" />
        <input type="hidden" name="id" value={card.id} />
        <input type="hidden" name="transition" value={move.transition} />
        <div className="field">
          <label htmlFor="move-dialog-text">
            {t(`trackerViews.moveText.${move.needsText ?? "reason"}`)}
          </label>
          <textarea id="move-dialog-text" name="text" required maxLength={2000} rows={4} />
        </div>
        <p className="actions">
          <button type="submit" className="button">
            {label}
          </button>
          <button type="button" className="button secondary" onClick={onClose}>
            {t("trackerViews.moveDialog.close")}
          </button>
        </p>
      </fetcher.Form>
    </dialog>
  );
}
