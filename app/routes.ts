import { flatRoutes } from "@remix-run/fs-routes";
import { route, type RouteConfig } from "@remix-run/route-config";

const UPCOMING = ["practices", "software", "evidence", "tracker", "dashboard", "search"];

export default [
  ...(await flatRoutes({ ignoredRouteFiles: ["**/*.test.*"] })),
  ...UPCOMING.map((section) => route(section, "pages/upcoming.tsx", { id: `upcoming-${section}` })),
] satisfies RouteConfig;
