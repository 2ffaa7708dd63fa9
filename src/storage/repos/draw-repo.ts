import type { DrawRec, RewardRepos, WinnerRec } from "../../app/reward-ports.ts";
import type { Prisma } from "../generated/client.ts";
import type { Db } from "./db.ts";

const DRAW = {
  id: true, communityId: true, title: true, status: true, mode: true, allowRepeatWinners: true, closesAt: true,
  commitment: true, seed: true, entries: true, drawnAt: true, createdAt: true,
  prizes: { select: { id: true, name: true, quantity: true }, orderBy: [{ sortOrder: "asc" as const }, { id: "asc" as const }] },
} satisfies Prisma.DrawSelect;

type DrawRow = Omit<DrawRec, "status" | "mode" | "entries"> & { status: string; mode: string; entries: string | null };
const toDraw = (d: DrawRow): DrawRec => ({
  ...d, status: d.status as DrawRec["status"], mode: d.mode as DrawRec["mode"],
  entries: d.entries === null ? null : (JSON.parse(d.entries) as DrawRec["entries"]),
});

const WINNER = {
  id: true, drawId: true, position: true, prizeId: true, residentId: true, status: true, collectedAt: true, prize: { select: { name: true } },
} as const;

export const drawRepo = (db: Db): RewardRepos["draws"] => ({
  create: async ({ prizes, ...d }) =>
    toDraw(await db.draw.create({ data: { ...d, prizes: { create: prizes.map((p, i) => ({ ...p, sortOrder: i })) } }, select: DRAW })),
  byId: async (communityId, id) => {
    const d = await db.draw.findFirst({ where: { id, communityId }, select: DRAW });
    return d ? toDraw(d) : null;
  },
  list: async (communityId) => (await db.draw.findMany({ where: { communityId }, select: DRAW, orderBy: { id: "desc" } })).map(toDraw),
  addPledge: async (drawId, residentId, tickets) => (await db.drawPledge.create({ data: { drawId, residentId, tickets }, select: { id: true } })).id,
  pledges: async (drawId) =>
    (await db.drawPledge.groupBy({ by: ["residentId"], where: { drawId }, _sum: { tickets: true }, orderBy: { residentId: "asc" } }))
      .map((g) => ({ residentId: g.residentId, tickets: g._sum.tickets ?? 0 })),
  markDrawn: async (id, entries, at) =>
    (await db.draw.updateMany({ where: { id, status: "open" }, data: { status: "drawn", entries: JSON.stringify(entries), drawnAt: at } })).count === 1,
  addWinner: async (w) => {
    await db.drawWinner.create({ data: w });
  },
  winners: async (drawId) =>
    (await db.drawWinner.findMany({ where: { drawId }, select: WINNER, orderBy: { position: "asc" } })).map(
      ({ prize, ...w }): WinnerRec => ({ ...w, prizeName: prize.name, status: w.status as WinnerRec["status"] }),
    ),
  collect: async (winnerId, by, at) =>
    (await db.drawWinner.updateMany({ where: { id: winnerId, status: "pending" }, data: { status: "collected", collectedById: by, collectedAt: at } })).count === 1,
});
