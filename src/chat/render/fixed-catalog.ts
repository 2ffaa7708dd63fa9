// The fixed-points categories of the community, one line each.
import { getFixedCatalog } from "../../app/get-fixed-catalog.ts";
import type { ChatContext } from "../context.ts";

export async function renderFixedCatalog(ctx: ChatContext): Promise<string> {
  const catalog = await getFixedCatalog(ctx.deps, ctx.place?.community.id ?? 0);
  const lang = ctx.locale === "en" ? "en" : "zh";
  const rows = catalog.filter((c) => c.active).map((c) =>
    ctx.t("fixed.row", {
      name: c.names[lang], code: c.code,
      points: c.levels.length > 0 ? c.levels.map((l) => `${l.names[lang]} ${l.points}`).join(" / ") : String(c.points),
    }),
  );
  return ctx.t("fixed.list", { rows: rows.join("\n") });
}
