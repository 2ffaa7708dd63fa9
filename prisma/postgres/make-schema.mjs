// Writes prisma/postgres/schema.prisma from prisma/schema.prisma, the one source of the data
// model: the same models with the PostgreSQL provider and its own generated client. Run by
// `npm install` (postinstall) and `npm test` before `prisma generate`.
//   node prisma/postgres/make-schema.mjs          write the file
//   node prisma/postgres/make-schema.mjs --check  exit 1 if the committed file is stale
import { readFileSync, writeFileSync } from "node:fs";
import process from "node:process";

const SOURCE = new URL("../schema.prisma", import.meta.url);
const TARGET = new URL("./schema.prisma", import.meta.url);

const HEADER = `// GENERATED from prisma/schema.prisma by prisma/postgres/make-schema.mjs: do not edit.
// Change prisma/schema.prisma, then \`npm run db:pg-migration -- <name>\` (see README).
`;

export function postgresSchema(sqlite) {
  let out = sqlite;
  const swap = (from, to, what) => {
    if (!from.test(out)) throw new Error(`make-schema: cannot find the ${what} in prisma/schema.prisma`);
    out = out.replace(from, to);
  };
  swap(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"', "sqlite provider");
  swap(/(datasource db \{[^}]*url\s*=\s*)"[^"]*"[^\n]*/, '$1"postgresql://localhost/deedbank" // the app passes its own URL', "datasource url");
  swap(/output\s*=\s*"\.\.\/src\/storage\/generated"/, 'output     = "../../src/storage/generated-pg"', "generator output");
  // Type mapping: none is needed today. SQLite keeps JSON as text and money as integers, and
  // PostgreSQL's text / integer / timestamp(3) hold the same values. A native type written
  // for SQLite (@db.…) would have to be mapped here.
  if (/@db\./.test(out)) throw new Error("make-schema: map the @db.* native types for PostgreSQL");
  return HEADER + out;
}

const wanted = postgresSchema(readFileSync(SOURCE, "utf8"));
if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(TARGET, "utf8");
  } catch {
    /* missing counts as stale */
  }
  if (current !== wanted) {
    console.error("prisma/postgres/schema.prisma is stale: run `node prisma/postgres/make-schema.mjs` and commit it.");
    process.exit(1);
  }
} else {
  writeFileSync(TARGET, wanted);
}
