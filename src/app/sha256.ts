// SHA-256 as lowercase hex, and fresh draw seeds: node:crypto lives here, not in the domain.
import { createHash, randomBytes } from "node:crypto";

export const sha256Hex = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

/** A secret seed for a draw: 32 random bytes from the operating system, as hex. */
export const newSeed = (): string => randomBytes(32).toString("hex");
