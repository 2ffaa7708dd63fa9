// The honour list in words: deed counts ("清理小广告12张、义务交通疏导1次"), names (masked
// when asked), the week's dates. Shared by the text post and the poster.
import { DateTime } from "luxon";
import type { HonourList } from "../app/build-honour-list.ts";
import type { Catalog } from "../domain/catalog.ts";
import type { DeedCount, HonourEntry } from "../domain/honour-list.ts";
import { publicName } from "../domain/mask-name.ts";
import { lastDay } from "../domain/ranking-period.ts";
import type { Locale, Translate } from "../i18n/index.ts";

const HAN = /\p{Script=Han}/u;

/** The counter word of a per-item deed: the catalog's first Chinese unit (张, 份 ...). */
function unitWord(catalog: Catalog, code: string, locale: Locale, t: Translate): string {
  const c = catalog.find((x) => x.code === code);
  if (!c) return t("honour.unit.occasion");
  if (c.unit === "item") return (locale === "zh-CN" ? c.match.units?.find((u) => HAN.test(u)) : undefined) ?? t("honour.unit.item");
  return t(c.unit === "hour" ? "honour.unit.hour" : "honour.unit.occasion");
}

/**
 * A category's name as a poster line can hold it: "清理垃圾、打扫公共区域" becomes "清理垃圾",
 * since 、 also separates the deeds on that line and the long form would read as two deeds.
 */
export function shortDeedName(name: string): string {
  const [first = name] = name.split("、");
  return first.trim() || name;
}

export function deedWords(deeds: readonly DeedCount[], catalog: Catalog, locale: Locale, t: Translate, opts: { short?: boolean } = {}): string {
  if (deeds.length === 0) return t("honour.deedOther");
  return deeds
    .map((d) => {
      const c = catalog.find((x) => x.code === d.category);
      const full = c ? (locale === "en" ? c.names.en : c.names.zh) : d.category;
      const name = opts.short ? shortDeedName(full) : full;
      return t("honour.deed", { name, quantity: d.quantity, unit: unitWord(catalog, d.category, locale, t) });
    })
    .join(locale === "en" ? ", " : "、");
}

export function displayName(list: HonourList, entry: HonourEntry): string {
  const r = list.residents.get(entry.residentId);
  if (!r) return "?";
  return publicName(r);
}

/** Which week a list is, seen from `now`: the week before (上周), the current one (本周), or another. */
export type WeekWhen = "last" | "this" | "other";

export function weekWhen(list: HonourList, now: Date | undefined): WeekWhen {
  if (!now) return "other";
  if (now >= list.period.start && now < list.period.end) return "this";
  const week = 7 * 24 * 3600_000;
  return now >= list.period.end && now.getTime() < list.period.end.getTime() + week ? "last" : "other";
}

export function weekTitle(list: HonourList, t: Translate): string {
  const zone = list.community.timezone;
  const start = DateTime.fromJSDate(list.period.start, { zone });
  const end = DateTime.fromJSDate(lastDay(list.period, zone), { zone });
  const date = (d: DateTime) => t("honour.date", { month: d.month, day: d.day });
  return t("honour.week", { year: start.weekYear, week: start.weekNumber, from: date(start), to: date(end) });
}
