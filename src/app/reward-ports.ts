// Repositories of fixed points, reward tickets, prize draws and the points shop, in domain
// words. Part of Repos (ports.ts); storage/repos/reward-repos.ts implements them.
import type { DrawEntry, DrawPrizeSpec } from "../domain/draw.ts";
import type { FixedCatalog } from "../domain/fixed-catalog.ts";
import type { RewardSettingsValues } from "../domain/tickets.ts";

export interface TicketStanding { ticketPoints: number; ticketsEarnedNet: number; tickets: number; ticketRatio: number }

export interface FixedAwardRec {
  id: number; communityId: number; residentId: number; code: string; level: string | null; detail: string | null;
  points: number; status: "active" | "removed"; createdAt: Date;
}
export interface NewFixedAward {
  communityId: number; residentId: number; code: string; level: string | null; detail: string | null; points: number; actorId: number;
}
/** Points of one resident (or a community) by kind: dynamic (deeds), fixed, and spent in the shop (≤ 0). */
export interface PointsBreakdown { dynamic: number; fixed: number; spent: number }
export interface TicketLine {
  communityId: number; residentId: number; tickets: number; kind: "earned" | "reversal" | "draw";
  reportId?: number | null; drawId?: number | null; idempotencyKey: string;
  /** When it happened (the app clock); draws count tickets issued before their close. */
  createdAt: Date;
}
export interface DrawRec {
  id: number; communityId: number; title: string; status: "open" | "drawn"; mode: "all" | "choose";
  allowRepeatWinners: boolean; closesAt: Date; commitment: string; seed: string; entries: (DrawEntry & { name: string })[] | null;
  prizes: DrawPrizeSpec[]; drawnAt: Date | null; createdAt: Date;
}
export interface NewDraw {
  communityId: number; title: string; mode: "all" | "choose"; allowRepeatWinners: boolean; closesAt: Date;
  commitment: string; seed: string; createdById: number | null; prizes: { name: string; quantity: number }[];
}
export interface WinnerRec {
  id: number; drawId: number; position: number; prizeId: number; prizeName: string; residentId: number;
  status: "pending" | "collected"; collectedAt: Date | null;
}
export interface ShopItemRec { id: number; communityId: number; name: string; price: number; stock: number; active: boolean }

export interface RewardRepos {
  rewardSettings: {
    get(communityId: number): Promise<RewardSettingsValues>;
    set(communityId: number, patch: Partial<RewardSettingsValues>): Promise<void>;
  };
  fixed: {
    categories(communityId: number): Promise<FixedCatalog>;
    /** Writes each category (added or updated) in this order; categories not in the list are left as they are. */
    saveCategories(communityId: number, catalog: FixedCatalog): Promise<void>;
    /** Active awards of a resident (of one category when given). */
    held(residentId: number, code?: string): Promise<FixedAwardRec[]>;
    byId(id: number): Promise<FixedAwardRec | null>;
    create(a: NewFixedAward): Promise<FixedAwardRec>;
    /** Marks an active award removed; false when it was no longer active. */
    remove(id: number, by: number, reason: string, at: Date): Promise<boolean>;
    /** The resident and everyone registered in the same household. */
    household(residentId: number): Promise<number[]>;
  };
  points: {
    breakdown(residentId: number): Promise<PointsBreakdown>;
    /** The breakdown, the spendable balance and tickets held, from one read of the running totals. */
    account(residentId: number): Promise<PointsBreakdown & { balance: number; tickets: number }>;
    communityBreakdown(communityId: number): Promise<PointsBreakdown>;
    /** Deed points and their reversals of a resident, all time: what tickets are earned from. */
    dynamicForTickets(residentId: number): Promise<number>;
    /** In one read: the points tickets come from, tickets issued for them, tickets held, and the community's ticket ratio. */
    ticketStanding(communityId: number, residentId: number): Promise<TicketStanding>;
    /** Points spent in the shop per resident in [from, to) (negative sums). */
    spentBetween(communityId: number, from: Date, to: Date): Promise<{ residentId: number; points: number }[]>;
  };
  tickets: {
    append(line: TicketLine): Promise<"created" | "duplicate">;
    balance(residentId: number): Promise<number>;
    /** Net tickets issued for points (earned minus taken back). */
    earnedNet(residentId: number): Promise<number>;
    /** Each resident's ticket balance from entries made before `before` (positive ones only). */
    balancesBefore(communityId: number, before: Date): Promise<DrawEntry[]>;
    communityTotal(communityId: number): Promise<number>;
  };
  draws: {
    create(d: NewDraw): Promise<DrawRec>;
    byId(communityId: number, id: number): Promise<DrawRec | null>;
    list(communityId: number): Promise<DrawRec[]>;
    addPledge(drawId: number, residentId: number, tickets: number): Promise<number>;
    pledges(drawId: number): Promise<DrawEntry[]>;
    /** Moves an open draw to drawn with its published entries; false when it was drawn already. */
    markDrawn(id: number, entries: (DrawEntry & { name: string })[], at: Date): Promise<boolean>;
    addWinner(w: { drawId: number; position: number; prizeId: number; residentId: number }): Promise<void>;
    winners(drawId: number): Promise<WinnerRec[]>;
    /** Records a prize handed over; false when it was collected already. */
    collect(winnerId: number, by: number, at: Date): Promise<boolean>;
  };
  shop: {
    /** Adds goods, or restocks and re-prices goods of the same name. */
    put(communityId: number, name: string, price: number, stock: number): Promise<ShopItemRec>;
    list(communityId: number): Promise<ShopItemRec[]>;
    byName(communityId: number, name: string): Promise<ShopItemRec[]>;
    /** Takes one from stock only if some is left (a conditional UPDATE); false when none was. */
    takeOne(itemId: number): Promise<boolean>;
    recordExchange(e: { communityId: number; itemId: number; residentId: number; price: number; handedById: number }): Promise<number>;
  };
}
