// Builds the search projection after migrations, seed and demo content, when it is missing or was
// built by an older version. Uses the app's own search module, so DATABASE_URL must point at the
// database already.
export async function ensureSearchIndex(
  databaseUrl: string,
): Promise<{ rebuilt: boolean; documents: number }> {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = databaseUrl;
  try {
    const { ensureSearchProjection } = await import("../../../app/modules/search/search.server");
    return await ensureSearchProjection();
  } finally {
    if (previous !== undefined) process.env.DATABASE_URL = previous;
  }
}
