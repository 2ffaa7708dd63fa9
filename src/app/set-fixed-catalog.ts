// Edits a community's fixed-points categories (from `deedbank fixed import FILE`). Categories
// left out are retired, never deleted: awards keep pointing at their code.
import type { FixedCatalog } from "../domain/fixed-catalog.ts";
import type { AppDeps } from "./deps.ts";

export async function setFixedCatalog(deps: AppDeps, communityId: number, catalog: FixedCatalog): Promise<void> {
  await deps.store.write(async (r) => {
    await r.fixed.replaceCategories(communityId, catalog);
    await r.audit.record({
      communityId, actorId: null, action: "fixed.catalog_replaced", subjectType: "community", subjectId: communityId,
      data: { categories: catalog.map((c) => c.code) },
    });
  });
}
