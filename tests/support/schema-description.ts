// A plain-text description of a database schema (tables, columns, constraints, indexes, enums),
// so that two databases can be compared for drift. A partitioned table is described by its parent
// alone: partitions are physical layout (hand-written in a migration), not schema Prisma knows.
import type pg from "pg";

export async function describeSchema(client: pg.Client): Promise<string[]> {
  const lines: string[] = [];
  const columns = await client.query(`
    SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default,
           character_maximum_length, numeric_precision, numeric_scale
      FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
       AND NOT EXISTS (SELECT 1 FROM pg_class p
                        WHERE p.relname = table_name AND p.relispartition
                          AND p.relnamespace = 'public'::regnamespace)
     ORDER BY table_name, column_name`);
  for (const c of columns.rows) lines.push(`column ${Object.values(c).join(" | ")}`);
  const constraints = await client.query(`
    SELECT rel.relname AS table_name, con.conname, pg_get_constraintdef(con.oid) AS definition
      FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
      JOIN pg_namespace ns ON ns.oid = rel.relnamespace
     WHERE ns.nspname = 'public' AND rel.relname <> '_prisma_migrations' AND NOT rel.relispartition
     ORDER BY 1, 2`);
  for (const c of constraints.rows)
    lines.push(`constraint ${c.table_name} ${c.conname} ${c.definition}`);
  const indexes = await client.query(`
    SELECT i.indexname, i.indexdef FROM pg_indexes i
      JOIN pg_class t ON t.relname = i.tablename AND t.relnamespace = 'public'::regnamespace
     WHERE i.schemaname = 'public' AND i.tablename <> '_prisma_migrations' AND NOT t.relispartition
     ORDER BY 1`);
  // A partitioned table's index reads "ON ONLY table"; it is the same index Prisma would create.
  for (const i of indexes.rows)
    lines.push(`index ${i.indexname} ${String(i.indexdef).replace(" ON ONLY ", " ON ")}`);
  const enums = await client.query(`
    SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS labels
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY 1 ORDER BY 1`);
  for (const e of enums.rows) lines.push(`enum ${e.typname} ${e.labels}`);
  const extensions = await client.query(`SELECT extname FROM pg_extension ORDER BY 1`);
  for (const e of extensions.rows) lines.push(`extension ${e.extname}`);
  return lines;
}
