// "清理小广告 ×5、交通疏导" in the reader's language, from the community's catalog.
import type { Catalog, ParsedDeed } from "../../app/ports.ts";
import type { Locale, Translate } from "../../i18n/index.ts";

export function renderDeeds(deeds: readonly ParsedDeed[], catalog: Catalog, locale: Locale, t: Translate): string {
  return deeds
    .map((d) => {
      const c = catalog.find((x) => x.code === d.category);
      const name = c ? (locale === "en" ? c.names.en : c.names.zh) : d.category;
      return t("card.deed", { name, quantity: d.quantity });
    })
    .join(locale === "en" ? ", " : "、");
}
