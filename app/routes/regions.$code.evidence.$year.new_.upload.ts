// POST /regions/:code/evidence/:year/new/upload — the new-evidence form as the upload script sends
// it (JSON answer). A resource route: the page's own URL would answer a document POST with HTML.
export { action } from "./regions.$code.evidence.$year.new";
