// Draws of a community with their prizes and winners, newest first (never the secret seed of an open draw).
import type { AppDeps } from "./deps.ts";
import type { DrawRec, WinnerRec } from "./reward-ports.ts";

export interface DrawView { draw: Omit<DrawRec, "seed"> & { seed: string | null }; winners: (WinnerRec & { name: string })[] }

export async function listDraws(deps: AppDeps, communityId: number, drawId?: number): Promise<DrawView[]> {
  return deps.store.read(async (r) => {
    const draws = (await r.draws.list(communityId)).filter((d) => drawId === undefined || d.id === drawId);
    const out: DrawView[] = [];
    for (const d of draws) {
      const names = new Map((d.entries ?? []).map((e) => [e.residentId, e.name]));
      const winners = (await r.draws.winners(d.id)).map((w) => ({ ...w, name: names.get(w.residentId) ?? "" }));
      out.push({ draw: { ...d, seed: d.status === "drawn" ? d.seed : null }, winners });
    }
    return out;
  });
}
