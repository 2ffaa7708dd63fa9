// What a roster import would change, computed in memory from the file and a snapshot of the
// register: which households and residents to add, which to update, and which fixed awards
// to give or take back. Nothing is written here; a re-import of the same file plans nothing.
import type { FixedCatalog } from "../domain/fixed-catalog.ts";
import { mergePeople, type RosterPerson, type RowIssue } from "../domain/roster/read-roster.ts";
import { awardKey, householdAward, personalAwards, type WantedAward } from "../domain/roster/roster-awards.ts";
import type { HeldAward, RegisterFields, RegisterSnapshot, RegisteredResident } from "./register-ports.ts";

/** A person of the file, with the grid resolved (an id, or the name of a grid to create). */
export interface PlacedPerson extends RosterPerson { gridKey: string; phoneHash: string | null }

export interface PlannedPerson {
  person: PlacedPerson;
  fields: RegisterFields;
  digest: string;
  householdKey: string;
  /** The resident this row is, when already registered. */
  existing: RegisteredResident | null;
  status: "created" | "updated" | "unchanged";
}
export interface PlannedHousehold { key: string; gridKey: string; building: string; unit: string; room: string; id: number | null; headId: number | null }
export interface AwardChange { add: (WantedAward & { who: PlannedPerson | number })[]; remove: HeldAward[] }

export interface RosterPlan {
  people: PlannedPerson[];
  households: Map<string, PlannedHousehold>;
  /** Award changes per household key (a household is written whole, in one batch). */
  awards: Map<string, AwardChange>;
  warnings: RowIssue[];
}

export const addressKey = (gridKey: string, building: string, unit: string, room: string) => [gridKey, building, unit, room].join("\u0001");

function digestOf(p: PlacedPerson): string {
  return JSON.stringify([p.name, p.gridKey, p.building, p.unit, p.room, p.phoneHash, p.gender, p.politics, p.education, p.skills, p.fiveGood, p.excellent, p.title, p.note]);
}

function fieldsOf(p: RosterPerson): RegisterFields {
  return {
    gender: p.gender, politics: p.politics, education: p.education, skills: p.skills.length ? p.skills.join("、") : null,
    fiveGood: p.fiveGood, excellent: p.excellent, title: p.title, note: p.note,
  };
}

/** The same person twice in the file (same phone, or same name at the same address): merged, with a warning. */
export function mergeDuplicates(people: PlacedPerson[], warnings: RowIssue[]): PlacedPerson[] {
  const byKey = new Map<string, number>();
  const out: PlacedPerson[] = [];
  for (const p of people) {
    const keys = [`n:${addressKey(p.gridKey, p.building, p.unit, p.room)}\u0001${p.name}`, ...(p.phoneHash ? [`p:${p.phoneHash}`] : [])];
    const seen = keys.map((k) => byKey.get(k)).find((i) => i !== undefined);
    if (seen === undefined) {
      keys.forEach((k) => byKey.set(k, out.length));
      out.push(p);
      continue;
    }
    const first = out[seen] as PlacedPerson;
    warnings.push({ row: p.row, code: "duplicate", params: { name: p.name, first: first.row } });
    const merged = { ...mergePeople(first, p), gridKey: first.gridKey, phoneHash: first.phoneHash ?? p.phoneHash };
    out[seen] = merged;
    if (merged.phoneHash) byKey.set(`p:${merged.phoneHash}`, seen);
  }
  return out;
}

export function planRosterImport(people: PlacedPerson[], snapshot: RegisterSnapshot, catalog: FixedCatalog, warnings: RowIssue[]): RosterPlan {
  const gridKeyOf = (gridId: number | null) => String(gridId);
  const households = new Map<string, PlannedHousehold>(snapshot.households.map((h) => {
    const key = addressKey(gridKeyOf(h.gridId), h.building, h.unit, h.room);
    return [key, { key, gridKey: gridKeyOf(h.gridId), building: h.building, unit: h.unit, room: h.room, id: h.id, headId: h.headResidentId }];
  }));
  const byPhone = new Map(snapshot.residents.filter((r) => r.phoneHash).map((r) => [r.phoneHash as string, r]));
  const byHouseholdName = new Map(snapshot.residents.filter((r) => r.householdId !== null).map((r) => [`${r.householdId}\u0001${r.name}`, r]));
  // Someone the chat met before the roster (no household yet) is adopted when the name is unique in the grid.
  const homeless = new Map<string, RegisteredResident[]>();
  for (const r of snapshot.residents.filter((x) => x.householdId === null)) {
    const k = `${gridKeyOf(r.gridId)}\u0001${r.name}`;
    homeless.set(k, [...(homeless.get(k) ?? []), r]);
  }
  const taken = new Set<number>();
  const planned: PlannedPerson[] = [];
  for (const person of people) {
    const householdKey = addressKey(person.gridKey, person.building, person.unit, person.room);
    if (!households.has(householdKey)) {
      households.set(householdKey, { key: householdKey, gridKey: person.gridKey, building: person.building, unit: person.unit, room: person.room, id: null, headId: null });
    }
    const hh = households.get(householdKey) as PlannedHousehold;
    const lonely = homeless.get(`${person.gridKey}\u0001${person.name}`);
    let existing = (person.phoneHash ? byPhone.get(person.phoneHash) : undefined)
      ?? (hh.id !== null ? byHouseholdName.get(`${hh.id}\u0001${person.name}`) : undefined)
      ?? (lonely?.length === 1 ? lonely[0] : undefined)
      ?? null;
    if (existing && taken.has(existing.id)) {
      warnings.push({ row: person.row, code: "duplicate", params: { name: person.name, first: planned.find((x) => x.existing?.id === existing?.id)?.person.row ?? 0 } });
      continue;
    }
    if (existing) taken.add(existing.id);
    const digest = digestOf(person);
    const status = !existing ? "created" : existing.digest === digest && existing.householdId === hh.id ? "unchanged" : "updated";
    planned.push({ person, fields: fieldsOf(person), digest, householdKey, existing: existing ?? null, status });
    existing = null;
  }
  return { people: planned, households, awards: planAwards(planned, snapshot, catalog, warnings), warnings };
}

function planAwards(planned: PlannedPerson[], snapshot: RegisterSnapshot, catalog: FixedCatalog, warnings: RowIssue[]): Map<string, AwardChange> {
  const held = new Map<number, HeldAward[]>();
  for (const a of snapshot.awards) held.set(a.residentId, [...(held.get(a.residentId) ?? []), a]);
  const maxOf = new Map(catalog.map((c) => [c.code, c.levels.length > 0 ? 1 : c.maxPerResident]));
  const family = householdAward(catalog);
  const byHousehold = new Map<string, PlannedPerson[]>();
  for (const p of planned) byHousehold.set(p.householdKey, [...(byHousehold.get(p.householdKey) ?? []), p]);
  // Members already registered in a household of the file but absent from it keep their own awards and follow its 五好家庭.
  const inFile = new Set(planned.flatMap((p) => (p.existing ? [p.existing.id] : [])));
  const others = new Map<number, number[]>();
  for (const r of snapshot.residents) if (r.householdId !== null && !inFile.has(r.id)) others.set(r.householdId, [...(others.get(r.householdId) ?? []), r.id]);
  const householdIdOf = new Map(snapshot.households.map((h) => [addressKey(String(h.gridId), h.building, h.unit, h.room), h.id]));

  const changes = new Map<string, AwardChange>();
  for (const [key, members] of byHousehold) {
    const change: AwardChange = { add: [], remove: [] };
    const fiveGood = family && members.some((m) => m.person.fiveGood) ? family : null;
    const diff = (who: PlannedPerson | number, wanted: WantedAward[], onlyCodes: Set<string> | null) => {
      const mine = typeof who === "number" ? (held.get(who) ?? []) : who.existing ? (held.get(who.existing.id) ?? []) : [];
      const wantedKeys = new Set(wanted.map(awardKey));
      const removed = mine.filter((a) => a.byImport && !wantedKeys.has(awardKey(a)) && (!onlyCodes || onlyCodes.has(a.code)));
      change.remove.push(...removed);
      const kept = mine.filter((a) => !removed.includes(a));
      for (const w of wanted) {
        const same = kept.filter((a) => a.code === w.code);
        if (same.some((a) => awardKey(a) === awardKey(w)) || same.length >= (maxOf.get(w.code) ?? 1)) continue;
        change.add.push({ ...w, who });
        kept.push({ id: 0, residentId: 0, byImport: true, ...w });
      }
    };
    for (const m of members) {
      const { awards, skillsDropped } = personalAwards(catalog, m.person);
      if (skillsDropped > 0) warnings.push({ row: m.person.row, code: "tooManySkills", params: { name: m.person.name, count: skillsDropped } });
      diff(m, fiveGood ? [...awards, fiveGood] : awards, null);
    }
    const hhId = householdIdOf.get(key);
    if (family && hhId !== undefined) for (const id of others.get(hhId) ?? []) diff(id, fiveGood ? [fiveGood] : [], new Set([family.code]));
    if (change.add.length || change.remove.length) {
      changes.set(key, change);
      for (const m of members) {
        const touched = change.add.some((a) => a.who === m) || change.remove.some((a) => a.residentId === m.existing?.id);
        if (touched && m.status === "unchanged") m.status = "updated";
      }
    }
  }
  return changes;
}
