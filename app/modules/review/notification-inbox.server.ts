// The signed-in user's notifications: the header's unread count (one indexed count on
// Notification(userId, readAt, createdAt)), the /notifications page and "mark all as read".
import { db } from "~/db.server";

export const NOTIFICATIONS_PER_PAGE = 25;

export function unreadNotificationCount(userId: string): Promise<number> {
  return db().notification.count({ where: { userId, readAt: null } });
}

export async function notificationsPage(userId: string, page: number) {
  const take = NOTIFICATIONS_PER_PAGE;
  const [total, unread, items] = await Promise.all([
    db().notification.count({ where: { userId } }),
    unreadNotificationCount(userId),
    db().notification.findMany({
      where: { userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * take,
      take,
      select: {
        id: true,
        kind: true,
        recordType: true,
        recordSlug: true,
        recordTitle: true,
        comment: true,
        readAt: true,
        createdAt: true,
      },
    }),
  ]);
  return { total, unread, items, perPage: take };
}

export async function markAllNotificationsRead(userId: string, now = new Date()): Promise<number> {
  const result = await db().notification.updateMany({
    where: { userId, readAt: null },
    data: { readAt: now },
  });
  return result.count;
}
