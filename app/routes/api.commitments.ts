import type { LoaderFunctionArgs } from "@remix-run/node";
import { commitmentsApiList } from "~/modules/tracker/commitments-api.server";

/** GET /api/commitments?province=&region=&mentor=&status=&indicator=&stalled=&overdue=&page=&limit= */
export function loader({ request, context }: LoaderFunctionArgs) {
  return commitmentsApiList(request, context);
}
