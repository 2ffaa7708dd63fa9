// Two records of one person (`合并 15 16`), e.g. one from the roster and one the chat created
// from a report: one is kept and the other is linked to it. Ledger rows are never rewritten;
// balances and rankings count the linked record's rows as the kept one's, and its chat
// accounts now act as the kept record. The record with a household is kept (the registered
// one); between equals, the older.
import type { AppDeps } from "./deps.ts";
import { fail, type Result } from "./errors.ts";
import type { Repos, ResidentRec } from "./ports.ts";
import { authorize, type Actor } from "./actor.ts";

const earned = async (r: Repos, id: number) => {
  const b = await r.points.breakdown(id);
  return b.dynamic + b.fixed;
};

export async function mergeResidents(
  deps: AppDeps, input: { communityId: number; actor: Actor; ids: [number, number] },
): Promise<Result<{ kept: ResidentRec; merged: ResidentRec; points: number }>> {
  const [a, b] = input.ids;
  if (a === b) return fail("MERGE.SAME");
  return deps.store.write(async (r) => {
    const people = await r.residents.byIds([a, b]);
    for (const id of [a, b]) {
      const p = people.find((x) => x.id === id);
      if (!p || p.communityId !== input.communityId) return fail("MERGE.NOT_FOUND", { id });
      if ((await r.merges.survivor(id)) !== id) return fail("MERGE.ALREADY", { id });
    }
    let actorId: number | null = null;
    for (const p of people) {
      const staff = authorize(input.actor, { kind: "serve", communityId: input.communityId, resident: p });
      if (!staff.ok) return staff;
      actorId = staff.actorId;
    }
    const registered = await Promise.all(people.map(async (p) => (await r.register.householdOf(p.id)) !== null));
    const order = people.map((p, i) => ({ p, registered: registered[i] })).sort((x, y) => Number(y.registered) - Number(x.registered) || x.p.id - y.p.id);
    const kept = (order[0] as { p: ResidentRec }).p;
    const merged = (order[1] as { p: ResidentRec }).p;
    if ((await r.merges.link(input.communityId, merged.id, kept.id, actorId)) === "duplicate") return fail("MERGE.ALREADY", { id: merged.id });
    for (const identity of await r.identities.forResident(merged.id)) await r.identities.link(identity.id, kept.id, identity.verified);
    await r.audit.record({
      communityId: input.communityId, actorId, action: "resident.merged", subjectType: "resident", subjectId: kept.id, data: { from: merged.id, into: kept.id },
    });
    return { ok: true as const, kept, merged, points: await earned(r, kept.id) };
  });
}
