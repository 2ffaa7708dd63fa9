// Message catalogs and the translator. zh-CN is the default and defines the keys.
import { IntlMessageFormat } from "intl-messageformat";
import { en } from "./en.ts";
import { zhCN, type MessageKey } from "./zh-CN.ts";

export type { MessageKey } from "./zh-CN.ts";
export type Locale = "zh-CN" | "en";
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

export function normalizeLocale(tag: string | null | undefined, fallback: Locale = "zh-CN"): Locale {
  if (!tag) return fallback;
  if (/^zh/i.test(tag)) return "zh-CN";
  if (/^en/i.test(tag)) return "en";
  return fallback;
}

const compiled = new Map<string, IntlMessageFormat>();

export function translator(locale: Locale): Translate {
  return (key, params = {}) => {
    const id = `${locale}\u0000${key}`;
    let f = compiled.get(id);
    if (!f) {
      f = new IntlMessageFormat(CATALOGS[locale][key], locale);
      compiled.set(id, f);
    }
    return String(f.format(params));
  };
}

export function hasKey(key: string): key is MessageKey {
  return key in zhCN;
}
