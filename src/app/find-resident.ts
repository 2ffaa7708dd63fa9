// Finds the one resident a staff command names ("@张秀英"); several of that name → a choice.
import { fail, ok, type Result } from "./errors.ts";
import type { Repos, ResidentRec } from "./ports.ts";

export async function findResident(r: Repos, communityId: number, name: string, pick?: number): Promise<Result<{ resident: ResidentRec }>> {
  const found = (await r.residents.findByName(communityId, null, name.replace(/^[@＠]/, "").trim())).filter((p) => p.status !== "inactive");
  if (found.length === 0) return fail("RESIDENT.NOT_FOUND", { name });
  if (found.length === 1) return ok({ resident: found[0] as ResidentRec });
  const chosen = pick !== undefined ? found[pick - 1] : undefined;
  return chosen ? ok({ resident: chosen }) : fail("RESIDENT.AMBIGUOUS", { name, count: found.length }, found);
}
