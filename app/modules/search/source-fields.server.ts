// What several search document builders share: the reader they build with, a region's names and
// the joining of text parts into one capped body.
import type { Prisma, PrismaClient } from "@prisma/client";

export type Reader = Prisma.TransactionClient | PrismaClient;

/** Characters of text a document's body holds at most (the rest is not searched). */
export const BODY_MAX_CHARS = 200_000;

export function documentKey(ref: { type: string; id: string }): string {
  return `${ref.type}:${ref.id}`;
}

// Every read below is flat and awaited in turn: inside a transaction the queries share one
// connection, and nested selects would make Prisma send several at once.

export async function regionFields(tx: Reader, code: string) {
  const region = await tx.region.findUniqueOrThrow({
    where: { code },
    select: { code: true, name: true, provinceCode: true },
  });
  const province = await tx.province.findUniqueOrThrow({
    where: { code: region.provinceCode },
    select: { name: true },
  });
  return {
    regionCode: region.code,
    regionName: region.name,
    provinceCode: region.provinceCode,
    provinceName: province.name,
  };
}

export function joinText(parts: Array<string | null | undefined>): string {
  return parts
    .filter((part): part is string => Boolean(part && part.trim()))
    .join(" \n ")
    .slice(0, BODY_MAX_CHARS);
}
