// npm run prisma:generate (also run by npm install): generates the Prisma client when
// prisma/schema.prisma changed since the last generation. --force regenerates anyway.
import { ensurePrismaClient } from "./lib/build";

const generated = ensurePrismaClient({ force: process.argv.includes("--force") });
if (!generated) console.log("The Prisma client is up to date with prisma/schema.prisma.");
