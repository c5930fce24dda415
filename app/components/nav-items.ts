import type { MessageKey } from "~/i18n/translate";

export interface NavItem {
  to: string;
  label: MessageKey;
  /** Shown only to those who may read monitoring figures (coordinators, province coordinators). */
  monitoringOnly?: boolean;
  /**
   * On wide screens the header's search box stands in for this item, so the stylesheet hides it
   * there (one row of navigation at 1366 px, coordinators' monitoring link included); the phone
   * menu keeps it.
   */
  headerSearchOnWide?: boolean;
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
  { to: "/monitoring", label: "nav.monitoring", monitoringOnly: true },
  { to: "/search", label: "nav.search", headerSearchOnWide: true },
];

/** The items a visitor sees: the monitoring link only with a monitoring scope. */
export function navItemsFor(mayMonitor: boolean): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.monitoringOnly || mayMonitor);
}

export function isCurrent(item: NavItem, currentPath: string): boolean {
  const path = currentPath.split("?")[0] ?? "/";
  return item.to === "/" ? path === "/" : path === item.to || path.startsWith(`${item.to}/`);
}
