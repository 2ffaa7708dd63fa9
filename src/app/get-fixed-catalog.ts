// The fixed-points categories a community uses (its own, or the defaults).
import type { FixedCatalog } from "../domain/fixed-catalog.ts";
import type { AppDeps } from "./deps.ts";
import { fixedCatalogOf } from "./fixed-catalog-of.ts";

export const getFixedCatalog = (deps: AppDeps, communityId: number): Promise<FixedCatalog> =>
  deps.store.read((r) => fixedCatalogOf(r, communityId));
