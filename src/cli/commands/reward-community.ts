// The community a reward command acts on, with its zone and language.
import type { CommunityRec } from "../../app/ports.ts";
import type { App } from "../../create-app.ts";
import { normalizeLocale, translator, type Translate } from "../../i18n/index.ts";
import { CliError, pickCommunity } from "./catalog.ts";

export async function rewardCommunity(app: App, slug?: string): Promise<{ community: CommunityRec; t: Translate }> {
  const { id } = await pickCommunity(app, slug);
  const community = await app.deps.store.read((r) => r.communities.byId(id));
  if (!community) throw new CliError(`community ${id} vanished`);
  return { community, t: translator(normalizeLocale(community.locale)) };
}

/** An expected failure of a use case, in the community's words, as a CLI error. */
export const failed = (t: Translate, code: string, params?: Record<string, string | number>): CliError =>
  // The code is an ErrorCode, whose i18n key always exists.
  new CliError(`${t(`error.${code}` as Parameters<Translate>[0], params)} (${code})`);
