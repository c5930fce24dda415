/** A JSON error body with its status: `{ "error": { "status", "issues" } }`. */
export function jsonError(
  status: number,
  issues: Array<{ field?: string; message: string }>,
): Response {
  return Response.json({ error: { status, issues } }, { status });
}
