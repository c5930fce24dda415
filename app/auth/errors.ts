// The typed refusals every loader and action throws; Remix turns them into 403/404 pages.

export function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

export function notFound(): Response {
  return new Response("Not found", { status: 404 });
}
