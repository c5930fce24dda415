import type { MessageKey } from "~/i18n/translate";

export interface NavItem {
  to: string;
  label: MessageKey;
}

export const NAV_ITEMS: NavItem[] = [
  { to: "/", label: "nav.home" },
  { to: "/practices", label: "nav.practices" },
  { to: "/software", label: "nav.software" },
  { to: "/evidence", label: "nav.evidence" },
  { to: "/regions", label: "nav.regions" },
  { to: "/spbe", label: "nav.spbe" },
  { to: "/tracker", label: "nav.tracker" },
  { to: "/dashboard", label: "nav.dashboard" },
  { to: "/search", label: "nav.search" },
];

export function isCurrent(item: NavItem, currentPath: string): boolean {
  const path = currentPath.split("?")[0] ?? "/";
  return item.to === "/" ? path === "/" : path === item.to || path.startsWith(`${item.to}/`);
}
