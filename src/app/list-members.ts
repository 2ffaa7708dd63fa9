// Who is in which group on a platform: used by the terminal simulator to let a person
// speak in their own grid's group.
import type { AppDeps } from "./deps.ts";

export interface GroupInfo { chatId: string; title: string; gridId: number }
export interface MemberInfo { userId: string; name: string; locale: string | null; homeChatId: string | null }

export async function listMembers(deps: AppDeps, platform: string): Promise<{ groups: GroupInfo[]; members: MemberInfo[] }> {
  return deps.store.read(async (r) => {
    const groups = (await r.groups.list({ platform })).map((g) => ({ chatId: g.externalId, title: g.title ?? g.externalId, gridId: g.gridId }));
    const members = (await r.identities.list(platform)).map((i) => ({
      userId: i.externalUserId,
      name: i.displayName,
      locale: i.locale,
      homeChatId: groups.find((g) => g.gridId === i.gridId)?.chatId ?? null,
    }));
    return { groups, members };
  });
}
