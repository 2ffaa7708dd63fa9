// Admins edit a community's deed catalog as a file: export it, change it, import it back.
// The file is checked whole before anything is written. Categories left out of the file are
// kept as they are, unless retireMissing is asked for: then they are retired (kept for old
// reports), never deleted.
import { z } from "zod";
import { MAX_REPORT_POINTS, type Catalog } from "../domain/catalog.ts";
import { planCatalogImport, type CatalogChanges } from "../domain/catalog-diff.ts";
import type { AppDeps } from "./deps.ts";

const words = z.array(z.string().min(1)).optional();
const categorySchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, "lower-case letters, digits and _"),
  names: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  points: z.number().int().min(1).max(MAX_REPORT_POINTS),
  unit: z.enum(["item", "hour", "occasion"]),
  active: z.boolean().default(true),
  match: z.object({
    keywords: z.array(z.string().min(1)),
    actions: words, objects: words, units: words, excludes: words, requires: words,
    otherwise: z.string().optional(), claimsOtherwise: z.boolean().optional(), yieldTo: words, standsBeside: words,
    cancelledBy: words, timedActions: words, betweenOthers: z.boolean().optional(),
  }),
});
const catalogSchema = z.array(categorySchema).min(1).superRefine((cats, ctx) => {
  const seen = new Set<string>();
  for (const [i, c] of cats.entries()) {
    if (seen.has(c.code)) ctx.addIssue({ code: "custom", path: [i, "code"], message: `"${c.code}" appears twice` });
    seen.add(c.code);
  }
});

export type CatalogCheck = { ok: true; catalog: Catalog } | { ok: false; problems: string[] };

/** Checks parsed file data; each problem names where it is ("3.points: ..."). */
export function checkCatalog(data: unknown): CatalogCheck {
  const parsed = catalogSchema.safeParse(data);
  if (parsed.success) return { ok: true, catalog: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`) };
}

export async function exportCatalog(deps: AppDeps, communityId: number): Promise<Catalog> {
  return deps.store.read((r) => r.catalog.list(communityId));
}

export type { CatalogChanges } from "../domain/catalog-diff.ts";

/** Saves a checked catalog; returns what changed, as written. */
export async function importCatalog(
  deps: AppDeps,
  communityId: number,
  catalog: Catalog,
  opts: { retireMissing?: boolean; actorId?: number | null } = {},
): Promise<CatalogChanges> {
  const changes = await deps.store.write(async (r) => {
    const plan = planCatalogImport(await r.catalog.list(communityId), catalog, opts.retireMissing ?? false);
    await r.catalog.save(communityId, plan.save);
    const { added, changed, retired, kept } = plan.changes;
    await r.audit.record({
      communityId, actorId: opts.actorId ?? null, action: "catalog.imported", subjectType: "community", subjectId: communityId,
      data: { categories: catalog.length, added, changed, retired, kept: kept.length },
    });
    return plan.changes;
  });
  deps.parsers.invalidate(communityId);
  return changes;
}
