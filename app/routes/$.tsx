import { notFound } from "~/utils/app-error";

/** Every unknown path: the root ErrorBoundary shows the friendly 404 page. */
export async function loader() {
  throw notFound();
}

export default function NotFound() {
  return null;
}
