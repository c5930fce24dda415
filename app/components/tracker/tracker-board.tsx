// The region's board by status. Server-rendered as columns of cards with a button per allowed
// move (plain forms, no JavaScript needed). Once the page has loaded, @dnd-kit adds drag and drop
// with the pointer and the keyboard (a handle per card: Space or Enter picks it up, the arrows
// jump between columns, Space or Enter drops it, Escape cancels). A drop sends the same form as
// the button; a drop that needs a text (cancel: a reason) opens a small form for it first.
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from "@dnd-kit/core";
import { useFetcher } from "@remix-run/react";
import { useEffect, useState, type ReactNode } from "react";
import type { MessageKey, MessageParams } from "~/i18n/translate";
import { useTranslate } from "~/i18n/use-translate";
import type { BoardCard, BoardMove, RegionBoard } from "~/modules/tracker/board.server";
import type { CommitmentStatus } from "~/modules/tracker/commitment-status";
import { BoardCardView } from "./board-card";
import { columnId, columnKeyboardCoordinates, statusOfColumn } from "./board-keyboard";
import { StatusBadge } from "./commitment-badges";
import { MoveTextDialog } from "./move-text-dialog";

type Columns = RegionBoard["adopter"];

function DraggableCard({
  card,
  boardId,
  enhanced,
}: {
  card: BoardCard;
  boardId: string;
  enhanced: boolean;
}) {
  const t = useTranslate();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } =
    useDraggable({
      id: card.id,
      data: { boardId, status: card.status, card },
      disabled: !enhanced || card.moves.length === 0,
    });
  const style = transform
    ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` }
    : undefined;
  const handle =
    enhanced && card.moves.length > 0 ? (
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="board-handle"
        aria-label={t("trackerViews.board.handle", { title: card.title })}
        {...attributes}
        {...listeners}
      >
        <span aria-hidden="true">⠿</span>
      </button>
    ) : null;
  return (
    <li ref={setNodeRef} style={style} className={`board-card${isDragging ? " dragging" : ""}`}>
      <BoardCardView card={card} handle={handle} />
    </li>
  );
}

function Column({
  boardId,
  status,
  count,
  enhanced,
  children,
}: {
  boardId: string;
  status: CommitmentStatus;
  count: number;
  enhanced: boolean;
  children: ReactNode;
}) {
  const t = useTranslate();
  const { setNodeRef, isOver } = useDroppable({
    id: columnId(boardId, status),
    disabled: !enhanced,
  });
  const headingId = `${boardId}-${status}`;
  return (
    <section
      ref={setNodeRef}
      className={`board-column${isOver ? " over" : ""}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="board-column-title">
        <StatusBadge status={status} />{" "}
        <span className="muted">{t("trackerViews.board.columnCount", { count })}</span>
      </h3>
      {count === 0 ? (
        <p className="muted board-empty">{t("trackerViews.board.columnEmpty")}</p>
      ) : null}
      <ul className="board-cards">{children}</ul>
    </section>
  );
}

function useAnnouncements(columns: Columns): Announcements {
  const t = useTranslate();
  const title = (id: unknown) =>
    columns.flatMap((c) => c.cards).find((card) => card.id === id)?.title ?? "";
  const column = (id: unknown) => {
    const status = statusOfColumn(id as string);
    return status ? t(`tracker.status.${status as CommitmentStatus}`) : "";
  };
  return {
    onDragStart: ({ active }) => t("trackerViews.dnd.start", { title: title(active.id) }),
    onDragOver: ({ over }) => (over ? t("trackerViews.dnd.over", { column: column(over.id) }) : ""),
    onDragEnd: ({ over }) =>
      over ? t("trackerViews.dnd.end", { column: column(over.id) }) : t("trackerViews.dnd.cancel"),
    onDragCancel: () => t("trackerViews.dnd.cancel"),
  };
}

export function TrackerBoard({ boardId, columns }: { boardId: string; columns: Columns }) {
  const t = useTranslate();
  const fetcher = useFetcher<{ formError?: MessageKey; formErrorParams?: MessageParams }>();
  // Drag and drop only after hydration: the server's HTML is the plain board.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const [asking, setAsking] = useState<{ card: BoardCard; move: BoardMove } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const announcements = useAnnouncements(columns);

  function onDragEnd({ active, over }: DragEndEvent) {
    const card = (active.data.current as { card?: BoardCard } | undefined)?.card;
    const to = statusOfColumn(over?.id);
    if (!card || !to || to === card.status) return;
    const move = card.moves.find((m) => m.to === to);
    if (!move) {
      setRefusal(
        t("trackerViews.board.notAllowed", {
          title: card.title,
          column: t(`tracker.status.${to as CommitmentStatus}`),
        }),
      );
      return;
    }
    setRefusal(null);
    if (move.needsText) setAsking({ card, move });
    else
      fetcher.submit(
        { intent: "move", id: card.id, transition: move.transition },
        { method: "post" },
      );
  }

  const board = (
    <div className="board" id={boardId}>
      {columns.map((column) => (
        <Column
          key={column.status}
          boardId={boardId}
          status={column.status}
          count={column.cards.length}
          enhanced={enhanced}
        >
          {column.cards.map((card) => (
            <DraggableCard key={card.id} card={card} boardId={boardId} enhanced={enhanced} />
          ))}
        </Column>
      ))}
    </div>
  );
  const answer = fetcher.data?.formError
    ? t(fetcher.data.formError, fetcher.data.formErrorParams)
    : refusal;
  return (
    <>
      <div role="status" aria-live="polite" className="board-status">
        {answer ? <p className="notice notice-error">{answer}</p> : null}
      </div>
      {enhanced ? (
        <DndContext
          sensors={sensors}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements,
            screenReaderInstructions: { draggable: t("trackerViews.dnd.instructions") },
          }}
        >
          {board}
        </DndContext>
      ) : (
        board
      )}
      {asking ? (
        <MoveTextDialog
          card={asking.card}
          move={asking.move}
          fetcher={fetcher}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </>
  );
}
