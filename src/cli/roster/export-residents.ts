// `deedbank residents export FILE`: one row per resident, as the office reports. Never an
// ID number (none is stored) and never a phone (only its hash is stored, and not exported).
import { DateTime } from "luxon";
import { listRegister } from "../../app/list-register.ts";
import type { App } from "../../create-app.ts";
import type { TableFormat } from "./table-format.ts";
import { writeTable } from "./write-table.ts";

export const RESIDENT_EXPORT_HEADER = ["编号", "姓名", "网格", "户", "累计积分", "动态积分", "固定积分", "可用积分", "奖票", "最近通过的好事"];

const address = (r: { building: string | null; unit: string | null; room: string | null }) =>
  [r.building ? `${r.building}栋` : "", r.unit ? `${r.unit}单元` : "", r.room ?? ""].join("");

export async function exportResidents(app: App, communityId: number, file: string, format: TableFormat): Promise<number> {
  const zone = (await app.deps.store.read((r) => r.communities.byId(communityId)))?.timezone ?? app.config.timezone;
  const rows = await listRegister(app.deps, communityId);
  await writeTable(file, format, {
    name: "居民", header: RESIDENT_EXPORT_HEADER, widths: [8, 10, 10, 16, 10, 10, 10, 10, 8, 14],
    rows: rows.map((r) => [
      r.id, r.name, r.gridName ?? "", address(r), r.dynamic + r.fixed, r.dynamic, r.fixed, r.dynamic + r.fixed + r.spent, r.tickets,
      r.lastDeedAt ? DateTime.fromJSDate(r.lastDeedAt, { zone }).toISODate() : "",
    ]),
  });
  return rows.length;
}
