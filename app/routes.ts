import { flatRoutes } from "@remix-run/fs-routes";
import { route, type RouteConfig } from "@remix-run/route-config";
import { UPCOMING_SECTIONS } from "./pages/upcoming-sections";

export default [
  ...(await flatRoutes({ ignoredRouteFiles: ["**/*.test.*"] })),
  ...UPCOMING_SECTIONS.map((section) =>
    route(section, "pages/upcoming.tsx", { id: `upcoming-${section}` }),
  ),
] satisfies RouteConfig;
