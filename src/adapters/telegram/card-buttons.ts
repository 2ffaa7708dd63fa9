// The 通过 / 驳回 buttons under a pending card, and what a press means in chat words.
export interface InlineKeyboard { inline_keyboard: { text: string; callback_data: string }[][] }

export const cardButtons = (reportNumber: number, locale: "zh-CN" | "en" = "zh-CN"): InlineKeyboard => ({
  inline_keyboard: [[
    { text: locale === "en" ? "✅ Approve" : "✅ 通过", callback_data: `ap:${reportNumber}` },
    { text: locale === "en" ? "❌ Reject" : "❌ 驳回", callback_data: `rj:${reportNumber}` },
  ]],
});

/** A button press as the command the presser would have typed; null for unknown data. */
export function buttonCommand(data: string | undefined): string | null {
  const m = /^(ap|rj):(\d{1,9})$/.exec(data ?? "");
  if (!m) return null;
  // "/reject #N" without a reason: a reviewer is asked for the reason, anyone else refused.
  // "#N", not "N": the press replies to the card, where a bare number would be points.
  return m[1] === "ap" ? `/approve #${m[2]}` : `/reject #${m[2]}`;
}
