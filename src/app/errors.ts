// Expected failures are values with stable codes; the codes double as i18n keys.
export type ErrorCode =
  | "REPORT.NOT_FOUND"
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
  | "AUTH.NOT_REVIEWER"
  | "AUTH.UNVERIFIED"
  | "CHAT.GROUP_NOT_BOUND";

export interface Failure<C extends ErrorCode = ErrorCode> {
  ok: false;
  code: C;
  /** Values for the message template (numbers, names); no wording here. */
  params?: Record<string, string | number>;
  /** Extra data the chat layer may render (e.g. candidate residents). */
  detail?: unknown;
}

export type Result<T> = ({ ok: true } & T) | Failure;

export const fail = <C extends ErrorCode>(code: C, params?: Failure["params"], detail?: unknown): Failure<C> => ({
  ok: false,
  code,
  ...(params ? { params } : {}),
  ...(detail !== undefined ? { detail } : {}),
});
