// Reads a published draw file (`deedbank draw show N --json`), checking its shape first: a
// malformed file gets a sentence naming the field, never a TypeError.
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { PublishedDraw } from "../../app/verify-draw.ts";
import { CliError } from "./catalog.ts";

const hex = z.string().regex(/^[0-9a-fA-F]+$/, "hexadecimal");
const id = z.number().int().min(0);
const entry = z.object({ residentId: id, name: z.string(), tickets: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });
const prize = z.object({ id, name: z.string(), quantity: z.number().int().min(1).max(1000) });
const winner = z.object({ position: z.number().int().min(1), prizeId: id, residentId: id, name: z.string() });
const common = {
  id, title: z.string(), commitment: hex.length(64), seed: hex, allowRepeatWinners: z.boolean(),
  prizes: z.array(prize).max(1000), entries: z.array(entry), winners: z.array(winner).max(1000),
};
const v2 = z.object({ ...common, scheme: z.literal(2), mode: z.enum(["all", "choose"]), entriesDigest: hex.length(64), resultCode: hex.length(16) });
const v1 = z.object({ ...common, scheme: z.literal(1).optional() });

export function readDrawFile(file: string): PublishedDraw {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const why = (e as { code?: string }).code === "ENOENT" ? "no such file" : (e as { code?: string }).code === "EISDIR" ? "it is a folder" : "it is not JSON";
    throw new CliError(`cannot read ${file}: ${why}; give the file written by \`deedbank draw show N --json\``);
  }
  const parsed = ((raw as { scheme?: unknown } | null)?.scheme === 2 ? v2 : v1).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "the file";
    throw new CliError(`${file} is not a published draw: ${where}: ${issue?.message ?? "unexpected content"}`);
  }
  return parsed.data as PublishedDraw;
}
