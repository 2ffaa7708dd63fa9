// A grid worker looks a resident up by name (`查询 王桂兰`): the matches, each with household and points.
import { publicName } from "../domain/mask-name.ts";
import type { AppDeps } from "./deps.ts";
import type { Result } from "./errors.ts";
import type { ResidentCard } from "./register-ports.ts";
import { authorize, type Actor } from "./actor.ts";

export async function whoIs(
  deps: AppDeps, input: { communityId: number; actor: Actor; name: string; limit?: number },
): Promise<Result<{ found: ResidentCard[]; more: boolean }>> {
  return deps.store.read(async (r) => {
    const staff = authorize(input.actor, { kind: "staff", communityId: input.communityId });
    if (!staff.ok) return staff;
    const limit = input.limit ?? 8;
    const found = await r.register.search(input.communityId, input.name.replace(/^[@＠]/, "").trim(), limit + 1);
    // Answered in the group: residents who asked to be masked stay masked (张*英).
    return { ok: true as const, found: found.slice(0, limit).map((p) => ({ ...p, name: publicName(p) })), more: found.length > limit };
  });
}
