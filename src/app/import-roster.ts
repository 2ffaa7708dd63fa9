// `deedbank residents import`: brings the office's roster into the register. Rows are read and
// checked, the same person twice is merged, and the changes are planned in memory; then whole
// households are written in batches, one transaction each. A kill between batches leaves
// complete households only, and a re-run (which plans from what is there) completes the rest.
import { readRoster, type RosterRows, type RowIssue } from "../domain/roster/read-roster.ts";
import type { AppDeps } from "./deps.ts";
import { fixedKey } from "./record-fixed-points.ts";
import { fixedCatalogOf } from "./fixed-catalog-of.ts";
import {
  addressKey, mergeDuplicates, planRosterImport, type PlacedPerson, type PlannedHousehold, type PlannedPerson, type RosterPlan,
} from "./plan-roster-import.ts";
import type { GridRec, Repos } from "./ports.ts";
import type { RegisterLedgerLine } from "./register-ports.ts";

export interface ImportRosterInput {
  communityId: number;
  file: RosterRows;
  dryRun: boolean;
  createGrids: boolean;
  /** HMAC of a normalised phone number with the installation's secret. */
  hashPhone: (phone: string) => string;
  /** The reason written on awards a later roster no longer gives. */
  removalReason: string;
  /** Households per transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ImportRosterSummary {
  created: number; updated: number; unchanged: number;
  rejected: RowIssue[]; warnings: RowIssue[];
  /** Households named by the accepted rows. */
  households: number;
  /** Fixed awards given and taken back. */
  awardsAdded: number; awardsRemoved: number;
  gridsCreated: string[];
  /** 身份证号 values in the file: read past, never kept. */
  idValuesIgnored: number;
  fatal: RowIssue | null;
}

const sameGrid = (a: string, b: string) => a.replace(/\s/g, "").toLowerCase() === b.replace(/\s/g, "").toLowerCase();

export async function importRoster(deps: AppDeps, input: ImportRosterInput): Promise<ImportRosterSummary> {
  const read = readRoster(input.file);
  const summary: ImportRosterSummary = {
    created: 0, updated: 0, unchanged: 0, rejected: read.rejected, warnings: read.warnings, households: 0,
    awardsAdded: 0, awardsRemoved: 0, gridsCreated: [], idValuesIgnored: read.idValues, fatal: read.fatal,
  };
  if (read.fatal) return summary;
  const grids = await deps.store.read((r) => r.grids.list(input.communityId));
  const placed = placeInGrids(read.people, grids, input.createGrids, summary);
  const people = mergeDuplicates(placed.map((p) => ({ ...p, phoneHash: p.phone ? input.hashPhone(p.phone) : null })), summary.warnings);
  if (!input.dryRun && summary.gridsCreated.length > 0) {
    const made = await deps.store.write(async (r) => Promise.all(summary.gridsCreated.map(async (n) => (await r.grids.byName(input.communityId, n)) ?? r.grids.create(input.communityId, n))));
    const ids = new Map(made.map((g) => [`new:${g.name}`, String(g.id)]));
    for (const p of people) p.gridKey = ids.get(p.gridKey) ?? p.gridKey;
  }
  const { snapshot, catalog } = await deps.store.read(async (r) => ({ snapshot: await r.register.snapshot(input.communityId), catalog: await fixedCatalogOf(r, input.communityId) }));
  const plan = planRosterImport(people, snapshot, catalog, summary.warnings);
  for (const p of plan.people) summary[p.status]++;
  summary.households = new Set(plan.people.map((p) => p.householdKey)).size;
  for (const c of plan.awards.values()) {
    summary.awardsAdded += c.add.length;
    summary.awardsRemoved += c.remove.length;
  }
  summary.rejected.sort((a, b) => a.row - b.row);
  summary.warnings.sort((a, b) => a.row - b.row);
  if (input.dryRun) return summary;
  await writePlan(deps, input, plan);
  return summary;
}

function placeInGrids(people: ReturnType<typeof readRoster>["people"], grids: GridRec[], createGrids: boolean, summary: ImportRosterSummary): Omit<PlacedPerson, "phoneHash">[] {
  const out: Omit<PlacedPerson, "phoneHash">[] = [];
  for (const p of people) {
    if (!p.grid) {
      if (grids.length === 1) out.push({ ...p, gridKey: String((grids[0] as GridRec).id) });
      else summary.rejected.push({ row: p.row, code: "noGrid", params: { name: p.name } });
      continue;
    }
    const grid = grids.find((g) => sameGrid(g.name, p.grid));
    if (grid) out.push({ ...p, gridKey: String(grid.id) });
    else if (createGrids) {
      if (!summary.gridsCreated.includes(p.grid)) summary.gridsCreated.push(p.grid);
      out.push({ ...p, gridKey: `new:${p.grid}` });
    } else summary.rejected.push({ row: p.row, code: "unknownGrid", params: { name: p.name, grid: p.grid } });
  }
  return out;
}

/** Households in file order, cut into batches; each batch is one transaction. */
async function writePlan(deps: AppDeps, input: ImportRosterInput, plan: RosterPlan): Promise<void> {
  const byHousehold = new Map<string, PlannedPerson[]>();
  for (const p of plan.people) byHousehold.set(p.householdKey, [...(byHousehold.get(p.householdKey) ?? []), p]);
  const dirty = [...new Set([...byHousehold.keys(), ...plan.awards.keys()])]
    .filter((k) => plan.awards.has(k) || (byHousehold.get(k) ?? []).some((p) => p.status !== "unchanged"));
  const size = input.batchSize ?? 1500;
  const total = dirty.length;
  input.onProgress?.(0, total);
  for (let i = 0; i < dirty.length; i += size) {
    const keys = dirty.slice(i, i + size);
    await deps.store.write((r) => writeBatch(r, deps.clock(), input, plan, keys, byHousehold));
    input.onProgress?.(Math.min(i + size, total), total);
  }
}

async function writeBatch(r: Repos, at: Date, input: ImportRosterInput, plan: RosterPlan, keys: string[], byHousehold: Map<string, PlannedPerson[]>): Promise<void> {
  const { communityId } = input;
  const households = keys.map((k) => plan.households.get(k) as PlannedHousehold);
  const fresh = households.filter((h) => h.id === null);
  const ids = await r.register.addHouseholds(fresh.map((h) => ({ communityId, gridId: Number(h.gridKey), building: h.building, unit: h.unit, room: h.room })));
  fresh.forEach((h, i) => (h.id = ids[i] as number));
  const people = keys.flatMap((k) => byHousehold.get(k) ?? []);
  const write = (p: PlannedPerson) => {
    const hh = plan.households.get(p.householdKey) as PlannedHousehold;
    return {
      ...p.fields, communityId, gridId: Number(p.person.gridKey), householdId: hh.id as number, name: p.person.name,
      building: p.person.building, unit: p.person.unit, room: p.person.room, phoneHash: p.person.phoneHash, digest: p.digest, source: "roster" as const,
    };
  };
  const added = people.filter((p) => p.status === "created");
  const newIds = await r.register.addResidents(added.map(write));
  const idOf = new Map<PlannedPerson, number>(added.map((p, i) => [p, newIds[i] as number]));
  for (const p of people) if (p.existing) idOf.set(p, p.existing.id);
  const changed = people.filter((p) => p.existing && (p.existing.digest !== p.digest || p.existing.householdId !== plan.households.get(p.householdKey)?.id));
  await r.register.updateResidents(changed.map((p) => ({ ...write(p), id: p.existing?.id as number })));
  // The head: whoever the roster's 备注 calls 户主, else the first member listed.
  const heads = households.filter((h) => h.headId === null).flatMap((h) => {
    const members = byHousehold.get(h.key) ?? [];
    const head = members.find((m) => /户主|head/i.test(m.person.note ?? "")) ?? members[0];
    return head ? [{ householdId: h.id as number, residentId: idOf.get(head) ?? null }] : [];
  });
  await r.register.setHeads(heads);
  const ledger: RegisterLedgerLine[] = [];
  const removals = keys.flatMap((k) => plan.awards.get(k)?.remove ?? []);
  await r.register.removeAwards(removals.map((a) => a.id), input.removalReason, at);
  for (const a of removals) {
    ledger.push({ communityId, residentId: a.residentId, points: -a.points, kind: "fixed_reversal", reportId: null, idempotencyKey: fixedKey.removal(a.id), actorId: null, note: input.removalReason, at });
  }
  const adds = keys.flatMap((k) => plan.awards.get(k)?.add ?? []);
  const awardRows = adds.map((a) => ({ communityId, residentId: typeof a.who === "number" ? a.who : (idOf.get(a.who) as number), code: a.code, level: a.level, detail: a.detail, points: a.points }));
  const awardIds = await r.register.addAwards(awardRows);
  awardRows.forEach((a, i) => ledger.push({ communityId, residentId: a.residentId, points: a.points, kind: "fixed", reportId: null, idempotencyKey: fixedKey.award(awardIds[i] as number), actorId: null, note: a.code, at }));
  await r.register.appendLedger(ledger);
  await r.audit.record({
    communityId, actorId: null, action: "register.imported", subjectType: "community", subjectId: communityId,
    data: { households: keys.length, created: added.length, updated: changed.length, awardsAdded: adds.length, awardsRemoved: removals.length },
  });
}

export { addressKey };
