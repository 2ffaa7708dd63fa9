// Reward tickets (奖票): every `ratio` dynamic points earn one ticket. Tickets follow the
// running total of dynamic points, so odd points carry over to the next credit and a
// reversal takes back exactly what its points had earned.

export interface RewardSettingsValues {
  ticketRatio: number; shopLowersRanking: boolean; fixedTargetPercent: number;
  /** 公示 (issue 11): approvals of this many points or more wait in public first. */
  noticeThreshold: number;
  /** 公示: days the notice stays up before the award may be credited. */
  noticeDays: number;
}

export const DEFAULT_REWARD_SETTINGS: RewardSettingsValues = { ticketRatio: 2, shopLowersRanking: false, fixedTargetPercent: 10, noticeThreshold: 50, noticeDays: 3 };

/** Tickets earned in all by `dynamicPoints` (never negative). */
export const ticketsFor = (dynamicPoints: number, ratio: number): number => Math.floor(Math.max(0, dynamicPoints) / ratio);

/**
 * Tickets to issue (> 0) or take back (< 0) once the dynamic total has become `dynamicAfter`,
 * given the net tickets issued so far for points. A credit never takes tickets back and a
 * reversal never issues any, even after the ratio changed.
 */
export function ticketDelta(dynamicAfter: number, issuedSoFar: number, ratio: number, cause: "credit" | "reversal"): number {
  const delta = ticketsFor(dynamicAfter, ratio) - issuedSoFar;
  return cause === "credit" ? Math.max(0, delta) : Math.min(0, delta);
}

/** Points waiting to make up the next ticket. */
export const carriedPoints = (dynamicPoints: number, ratio: number): number => Math.max(0, dynamicPoints) % ratio;

export const ticketKey = {
  /** Per resident when a report credits several (as ledgerKey.deed). */
  earned: (reportId: number, residentId?: number) => residentId === undefined ? `tickets:${reportId}` : `tickets:${reportId}:${residentId}`,
  back: (reportId: number, residentId?: number) => residentId === undefined ? `tickets-back:${reportId}` : `tickets-back:${reportId}:${residentId}`,
  draw: (drawId: number, residentId: number) => `draw:${drawId}:${residentId}`,
  pledge: (pledgeId: number) => `pledge:${pledgeId}`,
};

/**
 * Rankings when the community decided that the shop lowers them: each resident's points
 * minus what they spent in the same period (spent ≤ 0). Without that setting rankings count
 * points earned and spending never touches them.
 */
export function lowerBySpending<T extends { residentId: number; points: number }>(
  tallies: readonly T[], spent: readonly { residentId: number; points: number }[],
): T[] {
  const by = new Map(spent.map((s) => [s.residentId, s.points]));
  return tallies.map((t) => ({ ...t, points: t.points + (by.get(t.residentId) ?? 0) }));
}
