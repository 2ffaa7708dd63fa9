// Edits a community's fixed-points categories (from `deedbank fixed import FILE`), like the deed
// catalog: the file's categories are added or updated; those left out are kept unless
// retireMissing is asked for, and then retired, never deleted: awards keep pointing at their code.
import { planCatalogImport, type CatalogChanges } from "../domain/catalog-diff.ts";
import type { FixedCatalog } from "../domain/fixed-catalog.ts";
import type { AppDeps } from "./deps.ts";
import { fixedCatalogOf } from "./fixed-catalog-of.ts";

export async function setFixedCatalog(
  deps: AppDeps, communityId: number, catalog: FixedCatalog, opts: { retireMissing?: boolean } = {},
): Promise<CatalogChanges> {
  return deps.store.write(async (r) => {
    // A community that never imported its own uses the default categories: they are what a
    // partial file is compared with, and what is kept.
    const plan = planCatalogImport(await fixedCatalogOf(r, communityId), catalog, opts.retireMissing ?? false);
    await r.fixed.saveCategories(communityId, plan.save);
    const { added, changed, retired, kept } = plan.changes;
    await r.audit.record({
      communityId, actorId: null, action: "fixed.catalog_replaced", subjectType: "community", subjectId: communityId,
      data: { categories: catalog.map((c) => c.code), added, changed, retired, kept: kept.length },
    });
    return plan.changes;
  });
}
