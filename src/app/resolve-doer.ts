// Links the doer of a report to a resident at approval time: the sender, or the neighbour
// the text names, found by name in the report's grid, or created there.
import { fail, type Failure } from "./errors.ts";
import type { Repos, ReportRec, ResidentRec } from "./ports.ts";

export interface DoerChoice {
  /** A name that replaces the parsed doer (`通过 12 @名字`). */
  name?: string;
  /** 1-based choice among same-named residents (`通过 12 选2`). */
  pick?: number;
}

export async function resolveDoer(r: Repos, report: ReportRec, choice: DoerChoice): Promise<ResidentRec | Failure> {
  const name = choice.name ?? report.doerName;
  if (name === null) return resolveSender(r, report, choice.pick);
  return findOrCreate(r, report, name, choice.pick);
}

async function resolveSender(r: Repos, report: ReportRec, pick: number | undefined): Promise<ResidentRec | Failure> {
  const identity = await r.identities.byId(report.senderIdentityId);
  if (identity?.residentId) {
    const resident = await r.residents.byId(identity.residentId);
    if (resident) return resident;
  }
  const found = await findOrCreate(r, report, report.senderName, pick);
  // A name match is not proof of who typed it: the link stays unverified until re-checked.
  if (identity && !("ok" in found)) await r.identities.link(identity.id, found.id, found.status === "unregistered");
  return found;
}

async function findOrCreate(r: Repos, report: ReportRec, name: string, pick: number | undefined): Promise<ResidentRec | Failure> {
  const matches = await r.residents.findByName(report.communityId, report.gridId, name);
  if (pick !== undefined) {
    const chosen = matches[pick - 1];
    if (chosen) return chosen;
    if (pick !== matches.length + 1) return ambiguous(report, name, matches);
  } else if (matches.length === 1) {
    return matches[0] as ResidentRec;
  } else if (matches.length > 1) {
    return ambiguous(report, name, matches);
  }
  return r.residents.create({ communityId: report.communityId, gridId: report.gridId, name, status: "unregistered" });
}

const ambiguous = (report: ReportRec, name: string, matches: ResidentRec[]) =>
  fail("REPORT.DOER_AMBIGUOUS", { number: report.number, name, count: matches.length }, matches);
