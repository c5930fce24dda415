// POST /evidence/:id/upload — the record's forms as the upload script sends them (JSON answer). A
// resource route: the page's own URL would answer a document POST with HTML.
export { action } from "./evidence.$id";
