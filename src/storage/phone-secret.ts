// The installation's key for phone-number hashes: DEEDBANK_PHONE_SECRET when set, else a
// random secret written once next to the database (data/phone-secret.key, readable by its
// owner only). The same key must stay with the database, or phones no longer match.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export function phoneSecretFile(databaseFile: string): string {
  return join(dirname(databaseFile), "phone-secret.key");
}

export function loadPhoneSecret(configured: string | null, databaseFile: string): string {
  if (configured) return configured;
  const file = phoneSecretFile(databaseFile);
  if (!existsSync(file)) {
    try {
      writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
    } catch (e) {
      // Another process wrote it first: use theirs.
      if ((e as { code?: string }).code !== "EEXIST") throw e;
    }
  }
  return readFileSync(file, "utf8").trim();
}
