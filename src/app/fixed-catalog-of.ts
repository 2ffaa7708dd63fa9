// A community's fixed-points categories: its own when it has edited them, else the defaults.
import { DEFAULT_FIXED_CATALOG } from "../domain/default-fixed-catalog.ts";
import type { FixedCatalog } from "../domain/fixed-catalog.ts";
import type { Repos } from "./ports.ts";

export async function fixedCatalogOf(r: Repos, communityId: number): Promise<FixedCatalog> {
  const own = await r.fixed.categories(communityId);
  return own.length > 0 ? own : DEFAULT_FIXED_CATALOG;
}
