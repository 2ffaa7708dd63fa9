// A draw's seed is kept sealed (AES-256-GCM) in the database until the draw: whoever reads the
// database file or a backup of it cannot learn the seed, and so cannot foresee the winners.
// The key comes from the configuration (DEEDBANK_DRAW_KEY) or from a key file beside the
// database that backups do not copy. Seeds stored before sealing existed are read as they are.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

const PREFIX = "sealed:v1:";
const keyOf = (secret: string) => createHash("sha256").update(`deedbank-draw-seed:${secret}`).digest();

export function sealSeed(seed: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(seed, "utf8"), cipher.final()]);
  return `${PREFIX}${iv.toString("hex")}:${cipher.getAuthTag().toString("hex")}:${body.toString("hex")}`;
}

/** The seed, or null when it is sealed with another key. */
export function openSeed(stored: string, secret: string): string | null {
  if (!stored.startsWith(PREFIX)) return stored;
  const [iv, tag, body] = stored.slice(PREFIX.length).split(":");
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyOf(secret), Buffer.from(iv ?? "", "hex"));
    decipher.setAuthTag(Buffer.from(tag ?? "", "hex"));
    return Buffer.concat([decipher.update(Buffer.from(body ?? "", "hex")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
