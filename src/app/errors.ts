// Expected failures are values with stable codes; the codes double as i18n keys.
export type ErrorCode =
  | "REPORT.NOT_FOUND"
  // events and 公示 (issue 11)
  | "EVENT.NOT_FOUND"
  | "EVENT.CLOSED"
  | "EVENT.ALREADY_CLOSED"
  | "EVENT.NOT_RESIDENT"
  | "NOTICE.NOT_FOUND"
  | "NOTICE.SAME_APPROVER"
  | "NOTICE.ALREADY_CONFIRMED"
  | "NOTICE.CLOSED"
  | "NOTICE.REASON_REQUIRED"
  | "REPORT.IN_NOTICE"
  // the parser's doubtful lane (issue 13)
  | "POSSIBLE.NOT_FOUND"
  | "POSSIBLE.ALREADY_PROMOTED"
  | "REPORT.ALREADY_APPROVED"
  | "REPORT.NOT_PENDING"
  | "REPORT.NOT_APPROVED"
  | "REPORT.SELF_APPROVAL"
  | "REPORT.NOT_OWNER"
  | "REPORT.REASON_REQUIRED"
  | "REPORT.NO_DEEDS"
  | "REPORT.DAILY_LIMIT"
  | "REPORT.DUPLICATE"
  | "REPORT.POINTS_OUT_OF_RANGE"
  | "REPORT.DOER_AMBIGUOUS"
  | "REPORT.UNKNOWN_CATEGORY"
  | "REPORT.DOER_NOT_LISTED"
  | "REPORT.NO_DOERS"
  | "REPORT.SELF_AMONG_DOERS"
  | "REPORT.PROXY_OTHER_STAFF"
  | "REPORT.PROXY_SELF_LIMIT"
  | "REPORT.PROXY_NOT_REGISTERED"
  | "REPORT.PROXY_AMBIGUOUS"
  | "REPORT.MERGE_SAME"
  | "AUTH.NOT_REVIEWER"
  | "AUTH.UNVERIFIED"
  | "CHAT.GROUP_NOT_BOUND"
  // chat platforms: binding codes, groups, grids, appointments (issue 4)
  | "BIND.CODE_INVALID"
  | "BIND.NOT_VERIFIED"
  | "BIND.PRIVATE_ONLY"
  | "BIND.TOO_MANY"
  | "AUTH.OWN_HOUSEHOLD"
  | "GRID.NOT_FOUND"
  | "GRID.EXISTS"
  | "APPOINT.NO_TARGET"
  // fixed points, tickets, draws and the shop (issue 6)
  | "AUTH.NOT_ADMIN"
  | "AUTH.SELF_SERVICE"
  | "RESIDENT.NOT_FOUND"
  | "RESIDENT.AMBIGUOUS"
  | "FIXED.UNKNOWN_CATEGORY"
  | "FIXED.ALREADY_HELD"
  | "FIXED.LIMIT"
  | "FIXED.NOT_HELD"
  | "FIXED.REASON_REQUIRED"
  | "TICKETS.INSUFFICIENT"
  | "TICKETS.BAD_COUNT"
  | "DRAW.BAD_SPEC"
  | "DRAW.CLOSE_IN_PAST"
  | "DRAW.NOT_FOUND"
  | "DRAW.ALREADY_DRAWN"
  | "DRAW.NOT_CLOSED"
  | "DRAW.SEED_LOCKED"
  | "DRAW.NOT_DRAWN"
  | "DRAW.NOT_CHOOSE"
  | "DRAW.CLOSED"
  | "PRIZE.NONE"
  | "PRIZE.ALREADY_COLLECTED"
  | "SHOP.BAD_ITEM"
  | "SHOP.ITEM_NOT_FOUND"
  | "SHOP.ITEM_AMBIGUOUS"
  | "SHOP.OUT_OF_STOCK"
  | "POINTS.INSUFFICIENT"
  | "REWARDS.BAD_SETTING"
  // the community register (issue 12)
  | "REGISTER.BAD_ADDRESS"
  | "REGISTER.NEEDS_GRID"
  | "MERGE.SAME"
  | "MERGE.NOT_FOUND"
  | "MERGE.ALREADY"
  // a grid worker's day (issue 11)
  | "INACTIVE.BAD_DAYS";

export interface Failure<C extends ErrorCode = ErrorCode> {
  ok: false;
  code: C;
  /** Values for the message template (numbers, names); no wording here. */
  params?: Record<string, string | number>;
  /** Extra data the chat layer may render (e.g. candidate residents). */
  detail?: unknown;
}

/**
 * The one way to tell success from failure: `if (!res.ok) return res;` narrows to the
 * success. Expected failures are values (never thrown, never recognised by message text);
 * bugs throw and reach the command's error boundary.
 */
export type Result<T> = ({ ok: true } & T) | Failure;

export const ok = <T extends object>(value: T): { ok: true } & T => ({ ok: true as const, ...value });

export const fail = <C extends ErrorCode>(code: C, params?: Failure["params"], detail?: unknown): Failure<C> => ({
  ok: false,
  code,
  ...(params ? { params } : {}),
  ...(detail !== undefined ? { detail } : {}),
});
