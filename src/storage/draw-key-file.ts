// The key that seals draw seeds, when DEEDBANK_DRAW_KEY is not set: a random key in a file
// beside the database (readable by its owner only). Backups copy the database, not this file:
// a stolen backup does not reveal the seeds of open draws. Keep the file with the server.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function drawKeyFile(dataDir: string): string {
  const file = join(dataDir, "draw.key");
  if (!existsSync(file)) {
    try {
      writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST") throw e; // another process made it first
    }
  }
  return readFileSync(file, "utf8").trim();
}
