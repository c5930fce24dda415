// The board's keyboard moves for @dnd-kit's KeyboardSensor: an arrow key jumps the picked-up card
// to the next or previous column (right/down: next, left/up: previous), whatever the layout (side
// by side on wide screens, stacked on phones), instead of 25 px at a time.
import type { KeyboardCoordinateGetter, UniqueIdentifier } from "@dnd-kit/core";
import { COMMITMENT_STATUSES } from "~/modules/tracker/commitment-status";

const NEXT = ["ArrowRight", "ArrowDown"];
const PREVIOUS = ["ArrowLeft", "ArrowUp"];

/** Droppable ids are `${boardId}:${status}`. */
export function columnId(boardId: string, status: string): string {
  return `${boardId}:${status}`;
}

export function statusOfColumn(id: UniqueIdentifier | undefined | null): string | null {
  if (typeof id !== "string") return null;
  return id.split(":")[1] ?? null;
}

export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { active, context }) => {
  const forward = NEXT.includes(event.code);
  if (!forward && !PREVIOUS.includes(event.code)) return undefined;
  event.preventDefault();
  const data = active ? context.draggableNodes.get(active)?.data.current : undefined;
  const boardId = (data as { boardId?: string } | undefined)?.boardId;
  const from =
    statusOfColumn(context.over?.id) ?? (data as { status?: string } | undefined)?.status ?? null;
  const collision = context.collisionRect;
  if (!boardId || !from || !collision) return undefined;
  const index = COMMITMENT_STATUSES.indexOf(from as (typeof COMMITMENT_STATUSES)[number]);
  const target = COMMITMENT_STATUSES[index + (forward ? 1 : -1)];
  if (!target) return undefined;
  const rect = context.droppableRects.get(columnId(boardId, target));
  if (!rect) return undefined;
  return {
    x: rect.left + Math.max(0, (rect.width - collision.width) / 2),
    y: rect.top + Math.min(48, Math.max(0, rect.height - collision.height)),
  };
};
