// The deed catalog of a community: what earns dynamic points, and how many.
// It is data (stored per community, editable); the words that recognise each deed live in
// `match`, so a community can add synonyms without touching code.

export type DeedUnit = "item" | "hour" | "occasion";

/** Parser data for one category: the words and phrases that recognise it. */
export interface CategoryMatch {
  /** Phrases that, found in a message, point to this deed (Chinese and English). */
  keywords: string[];
}

export interface DeedCategory {
  /** Stable id, used in data and in the labelled corpus: `flyer_removal`. */
  code: string;
  names: { zh: string; en: string };
  /** Points per unit (per item, per hour or per occasion). */
  points: number;
  unit: DeedUnit;
  active: boolean;
  match: CategoryMatch;
}

export type Catalog = readonly DeedCategory[];

/** No single report is worth more than this, whatever its deeds or an override. */
export const MAX_REPORT_POINTS = 300;

export function findCategory(catalog: Catalog, code: string): DeedCategory | undefined {
  return catalog.find((c) => c.code === code);
}
