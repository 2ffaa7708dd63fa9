// What the daily reminder says, per grid: the reports pending more than a day, the grid's
// workers to remind, and the reports pending more than three days, for the admins.
import { overdueReports, type Overdue } from "../domain/overdue.ts";
import type { AppDeps } from "./deps.ts";
import type { ChatGroupRec, CommunityRec, GridRec } from "./ports.ts";

export interface GridOverdue { grid: GridRec | null; workers: string[]; groups: ChatGroupRec[]; remind: Overdue[]; escalate: Overdue[] }

/** The review queue is read whole (oldest first); this many is far more than a day's backlog. */
const QUEUE_LIMIT = 2000;

/** Where a community's admins can be written to privately: their verified chat accounts. */
export interface AdminAccount { platform: string; chatId: string }

export async function adminAccounts(deps: AppDeps, communityId: number): Promise<AdminAccount[]> {
  return deps.store.read(async (r) => {
    const admins = (await r.roles.staff(communityId)).filter((s) => s.role === "admin");
    const out: AdminAccount[] = [];
    for (const a of admins) {
      for (const i of await r.identities.forResident(a.residentId)) if (i.verified) out.push({ platform: i.platform, chatId: i.externalUserId });
    }
    return out;
  });
}

export async function listOverdueReports(deps: AppDeps, community: CommunityRec, now: Date): Promise<GridOverdue[]> {
  return deps.store.read(async (r) => {
    const pending = await r.reports.pending(community.id, null, QUEUE_LIMIT);
    const { remind, escalate } = overdueReports(
      pending.map((p) => ({ number: p.number, gridId: p.gridId, name: p.doerName ?? p.senderName, createdAt: p.createdAt })),
      now,
    );
    if (remind.length === 0) return [];
    const [grids, staff, groups] = await Promise.all([r.grids.list(community.id), r.roles.staff(community.id), r.groups.list({ communityId: community.id })]);
    const gridIds = [...new Set(remind.map((o) => o.gridId))];
    return gridIds.map((gridId) => ({
      grid: grids.find((g) => g.id === gridId) ?? null,
      workers: staff.filter((s) => s.role === "grid_worker" && s.gridId === gridId && gridId !== null).map((s) => s.name),
      groups: groups.filter((g) => g.gridId === gridId),
      remind: remind.filter((o) => o.gridId === gridId),
      escalate: escalate.filter((o) => o.gridId === gridId),
    }));
  });
}
