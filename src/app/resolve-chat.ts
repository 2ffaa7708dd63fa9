// Where a message was said: the chat group, its grid and community (null if not bound yet).
import type { AppDeps } from "./deps.ts";
import type { ChatPlace } from "./ports.ts";

export type { ChatPlace } from "./ports.ts";

/** Once per message: checks the change counter (one statement), then the place, from memory when it can. */
export async function resolveChat(deps: AppDeps, platform: string, chatId: string): Promise<ChatPlace | null> {
  await deps.parsers.refresh();
  return deps.parsers.place(platform, chatId, () => deps.store.read((r) => r.groups.placeOf(platform, chatId)));
}
