// Finds the one resident a staff command names ("@张秀英"); several of that name → a choice.
import { fail, type Failure } from "./errors.ts";
import type { Repos, ResidentRec } from "./ports.ts";

export async function findResident(r: Repos, communityId: number, name: string, pick?: number): Promise<ResidentRec | Failure> {
  const found = (await r.residents.findByName(communityId, null, name.replace(/^[@＠]/, "").trim())).filter((p) => p.status !== "inactive");
  if (found.length === 0) return fail("RESIDENT.NOT_FOUND", { name });
  if (found.length === 1) return found[0] as ResidentRec;
  const chosen = pick !== undefined ? found[pick - 1] : undefined;
  return chosen ?? fail("RESIDENT.AMBIGUOUS", { name, count: found.length }, found);
}

export const isFailure = (x: object): x is Failure => "ok" in x && x.ok === false;
