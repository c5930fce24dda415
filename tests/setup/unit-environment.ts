// Set-up for the `unit` project (vitest.config.ts): no database is started. app/env.server.ts
// requires DATABASE_URL, so it points at a host that does not resolve (".invalid", RFC 6761): a
// unit test that reached for the database would fail at once instead of passing by accident.
process.env.DATABASE_URL ??= "postgresql://unit-tests@no-database.invalid:5432/none";
// Links in mail, feeds and the API come from PUBLIC_URL only (app/utils/url.server.ts).
process.env.PUBLIC_URL ??= "http://localhost";
