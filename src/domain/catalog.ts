// The deed catalog of a community: what earns dynamic points, and how many.
// It is data (stored per community, editable); the words that recognise each deed live in
// `match`, so a community can add synonyms without touching code.

export type DeedUnit = "item" | "hour" | "occasion";

/**
 * Parser data for one category: the words that recognise it. Plain JSON, edited per community.
 * Latin-script entries match at a word start and as stems ("patrol" matches "patrolled").
 */
export interface CategoryMatch {
  /** Phrases that alone name the deed: "献血", "让座", "见义勇为". */
  keywords: string[];
  /** Verbs that name the deed together with one of `objects` nearby in the same sentence: 撕 + 小广告. */
  actions?: string[];
  objects?: string[];
  /** Counter words for per-item deeds: the number before one is the quantity (5张, six stickers). */
  units?: string[];
  /** Phrases that hide the words inside them (垃圾分类 hides 垃圾, 献血车 hides 献血). */
  excludes?: string[];
  /** The deed needs one of these cues somewhere in the message (elder care: 独居, lives alone)... */
  requires?: string[];
  /** ...and without them counts as this category instead (helping_others). */
  otherwise?: string;
  /**
   * With `requires` holding, a deed of the `otherwise` category done for one of this category's
   * objects is this category's: 一个人住的贺婆婆 … 我帮她把被子烘干了 is elder care, not helping others.
   */
  claimsOtherwise?: boolean;
  /** Verbs that name the deed when hours follow them closely (帮忙搬了两个小时, helped out for 2 hours): serving hours. */
  timedActions?: string[];
  /** Categories that win when found in the same sentence; "*": every other category in the same clause. */
  yieldTo?: string[];
  /**
   * For a catch-all ("*"): it gives way to any other deed told anywhere in the message (the help
   * was part of the patrol, the volunteering, the rescue), except deeds of these categories, beside
   * which it is a deed of its own (gave up a seat, then walked a lost woman to the hospital).
   */
  standsBeside?: string[];
  /**
   * Phrases anywhere in the message that undo the deed: property whose owner is not found yet
   * (还没找到失主, still looking for the owner), a call the sender complains went unanswered
   * (到现在都没人来, nobody picks up).
   */
  cancelledBy?: string[];
  /**
   * A deed done between other people (settling their quarrel): a message where the teller is one of
   * the parties (我跟老公吵了一架, had a row with my neighbour) does not tell it.
   */
  betweenOthers?: boolean;
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
