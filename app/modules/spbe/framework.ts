// What code needs to know about the SPBE framework synchronously, on the server and in the browser
// (form schemas, filters, texts). The framework itself is data: content/reference/spbe/
// permenpanrb-59-2020.json, seeded into the database (scripts/lib/seed/frameworks.ts).
//
// The count is written here rather than imported from that file: the file is 170 KB, and the form
// schemas that use the count are also loaded by pages in the browser, which would then download it.
// tests/unit/spbe-framework.test.ts derives the count from the file (indicators numbered 1 to N
// without gaps) and fails, naming the number to write here, when they disagree.

/** Indicators of the default framework (PermenPANRB 59/2020), numbered 1 to SPBE_INDICATOR_COUNT. */
export const SPBE_INDICATOR_COUNT = 47;
