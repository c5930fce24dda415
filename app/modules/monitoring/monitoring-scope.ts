// Whose members-level figures an actor reads on the monitoring pages and exports: every region
// (coordinators, admins), the regions of some provinces (province coordinators), or none (403).
import { monitoringScopeOf, provinceOfRegion, type Actor } from "~/auth/policy";
import { forbidden } from "~/utils/app-error";

export type MonitoringScope = "all" | { provinceCodes: string[] };

/** The actor's scope; anyone without one (a region's people, a token) is refused with a 403. */
export function requireMonitoringScope(actor: Actor | null): MonitoringScope {
  const scope = monitoringScopeOf(actor);
  if (!scope) throw forbidden("monitoring.error.forbidden");
  return scope;
}

export function regionInScope(scope: MonitoringScope, regionCode: string): boolean {
  return scope === "all" || scope.provinceCodes.includes(provinceOfRegion(regionCode));
}

export function provinceInScope(scope: MonitoringScope, provinceCode: string): boolean {
  return scope === "all" || scope.provinceCodes.includes(provinceCode);
}
