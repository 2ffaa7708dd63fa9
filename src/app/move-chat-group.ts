// A chat got a new id (Telegram: a group upgraded to a supergroup): its grid binding follows.
import type { AppDeps } from "./deps.ts";

export async function moveChatGroup(deps: AppDeps, platform: string, from: string, to: string): Promise<boolean> {
  return deps.store.write(async (r) => {
    const moved = await r.platform.moveGroup(platform, from, to);
    if (moved) {
      await r.audit.record({ communityId: null, actorId: null, action: "group.moved", subjectType: "chat_group", subjectId: null, data: { platform } });
    }
    return moved;
  });
}
