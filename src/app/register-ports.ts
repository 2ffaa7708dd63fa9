// Repositories of the community register (households, roster entries, merged records), in
// domain words. Part of Repos (ports.ts); storage/repos/register-repo.ts implements them.
// Bulk methods take and return lists in the same order, so a roster of tens of thousands of
// rows is written in a few statements per batch.

/** A ledger row of fixed points given or taken back by the register (ports.ts LedgerLine, narrowed). */
export interface RegisterLedgerLine {
  communityId: number; residentId: number; points: number; kind: "fixed" | "fixed_reversal"; reportId: null;
  idempotencyKey: string; actorId: number | null; note: string | null; at: Date;
}

export interface HouseholdRec {
  id: number; communityId: number; gridId: number; building: string; unit: string; room: string; headResidentId: number | null;
}
export interface NewHousehold { communityId: number; gridId: number; building: string; unit: string; room: string }

/** The roster columns kept beside a resident (never an ID number; the phone only as a hash). */
export interface RegisterFields {
  gender: string | null; politics: string | null; education: string | null; skills: string | null;
  fiveGood: boolean; excellent: boolean; title: string | null; note: string | null;
}

export interface RegisteredResident {
  id: number; name: string; gridId: number | null; status: string; phoneHash: string | null;
  householdId: number | null; digest: string | null;
}
/** An active fixed award; `byImport` when a roster import gave it (only those does a roster take back). */
export interface HeldAward { id: number; residentId: number; code: string; level: string | null; detail: string | null; points: number; byImport: boolean }

export interface RegisterSnapshot {
  households: HouseholdRec[];
  /** Residents of the community still in use (not inactive, not merged into another). */
  residents: RegisteredResident[];
  awards: HeldAward[];
}

export interface RosterResidentWrite extends RegisterFields {
  communityId: number; gridId: number; householdId: number; name: string;
  building: string; unit: string; room: string; phoneHash: string | null; digest: string; source: "roster" | "chat";
}

export interface NewAward { communityId: number; residentId: number; code: string; level: string | null; detail: string | null; points: number }

export interface ResidentCard {
  id: number; name: string; masked: boolean; status: string; gridId: number | null; gridName: string | null;
  household: HouseholdRec | null; points: number;
}

/** One resident of the register's export (merged records folded into the one they count as). */
export interface RegisterExportRow {
  id: number; name: string; gridName: string | null; building: string | null; unit: string | null; room: string | null;
  dynamic: number; fixed: number; spent: number; tickets: number; lastDeedAt: Date | null;
}

/** What happened in a period, for the office's exports and monthly report (issue 12). */
export interface PeriodLedgerRow {
  id: number; at: Date; residentId: number; residentName: string; gridName: string | null; points: number; kind: string;
  reportNumber: number | null; deeds: { category: string; quantity: number; points: number }[] | null;
  reviewerName: string | null; note: string | null;
}
export interface PeriodReportRow {
  gridId: number | null; status: string; createdAt: Date; decidedAt: Date | null; awardedPoints: number | null;
  doerResidentId: number | null; deeds: { category: string; quantity: number; points: number }[];
}
export interface PeriodData {
  ledger: PeriodLedgerRow[];
  /** Reports made in the period. */
  reports: PeriodReportRow[];
  /** Resident id → grid id, for every resident of the community. */
  gridOf: Map<number, number | null>;
  exchanges: { item: string; price: number }[];
  draws: { title: string; drawnAt: Date; tickets: number; winners: number }[];
}

export interface RegisterRepos {
  register: {
    snapshot(communityId: number): Promise<RegisterSnapshot>;
    addHouseholds(rows: NewHousehold[]): Promise<number[]>;
    addResidents(rows: RosterResidentWrite[]): Promise<number[]>;
    updateResidents(rows: (RosterResidentWrite & { id: number })[]): Promise<void>;
    setHeads(heads: { householdId: number; residentId: number | null }[]): Promise<void>;
    /** Fixed awards given by the register (actor: the roster import); their ledger rows are the caller's. */
    addAwards(rows: NewAward[]): Promise<number[]>;
    removeAwards(ids: number[], reason: string, at: Date): Promise<void>;
    /** Ledger rows of fresh causes (their keys are new award ids), in one statement. */
    appendLedger(lines: RegisterLedgerLine[]): Promise<void>;
    householdAt(communityId: number, gridId: number, building: string, unit: string, room: string): Promise<HouseholdRec | null>;
    householdOf(residentId: number): Promise<HouseholdRec | null>;
    /** Member ids of a household, oldest first (merged and inactive residents left out). */
    members(householdId: number): Promise<number[]>;
    /** Residents whose name is or contains `name`, with household and balance (merges followed). */
    search(communityId: number, name: string, limit: number): Promise<ResidentCard[]>;
    card(residentId: number): Promise<ResidentCard | null>;
    exportRows(communityId: number): Promise<RegisterExportRow[]>;
    /** Ledger rows, reports, exchanges and draws of [from, to). */
    periodData(communityId: number, from: Date, to: Date): Promise<PeriodData>;
    /** Every household of a community, and which household each registered resident is in. */
    householdIndex(communityId: number): Promise<{ households: HouseholdRec[]; memberOf: Map<number, number> }>;
  };
  merges: {
    /** Records that `from` is the same person as `into`; "duplicate" when `from` was already merged. */
    link(communityId: number, from: number, into: number, actorId: number | null): Promise<"created" | "duplicate">;
    /** The record a resident finally counts as (itself when never merged). */
    survivor(residentId: number): Promise<number>;
    /** Every merged record of a community → the record it counts as. */
    map(communityId: number): Promise<Map<number, number>>;
  };
}
