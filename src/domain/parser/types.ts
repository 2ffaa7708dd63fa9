// What the report parser returns; the chat core and the `deedbank parse` CLI depend on
// this shape only.

export interface ParseInput {
  text: string;
  /** Display name of the sender, used to tell "I did it" from "my neighbour did it". */
  sender?: string;
  /** Reference time for resolving "yesterday", "上周六"; omit to leave `whenDate` null. */
  now?: Date;
}

export interface ParsedDeed {
  category: string;
  quantity: number;
  /** catalog points × quantity (before the per-report cap). */
  points: number;
}

/**
 * How sure the parser is that a message reports a deed: "sure" gets a public card, "doubtful"
 * goes quietly to the grid worker as a possible report, "no" is chatter (silence).
 */
export type ParseLane = "sure" | "doubtful" | "no";

export interface ParseResult {
  /** The sure lane: the bot answers with a card. */
  isReport: boolean;
  lane: ParseLane;
  /** The message carried an explicit report tag (#好人好事, 申报, /report). */
  tagged: boolean;
  deeds: ParsedDeed[];
  /** null when the sender did it; otherwise the doer's name as the text gives it. */
  doer: string | null;
  /** Everyone who did it, in the text's order (`null`: the sender); `doers[0]` is `doer`. Empty when not a report. */
  doers: (string | null)[];
  /** The time phrase as stated ("昨天", "上周六", "this morning"), or null. */
  when: string | null;
  /** `when` resolved to a YYYY-MM-DD date when `now` was given and the phrase allows it. */
  whenDate: string | null;
  /** A place phrase as stated ("闸北街", "锦绣苑"), or null. */
  where: string | null;
  /** 0..1, calibrated on held-out lines: roughly the chance that the reading is a real report. */
  confidence: number;
  /** Sum of deed points, capped at MAX_REPORT_POINTS. */
  totalPoints: number;
}

export type ReportParser = (input: ParseInput) => ParseResult;
