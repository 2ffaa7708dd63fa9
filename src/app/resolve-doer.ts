// Links the doer of a report to a resident at approval time: the sender, or the neighbour
// the text names, found by name in the report's grid (else in the community), or created
// in the report's grid.
import { fail, ok, type Result } from "./errors.ts";
import type { Repos, ReportRec, ResidentRec } from "./ports.ts";

export interface DoerChoice {
  /** A name that replaces the parsed doer (`通过 12 @名字`). */
  name?: string;
  /** 1-based choice among same-named residents (`通过 12 选2`). */
  pick?: number;
}

export async function resolveDoer(r: Repos, report: ReportRec, choice: DoerChoice, actorId: number): Promise<Result<{ resident: ResidentRec }>> {
  // Known before approval (a proxy entry names a registered resident).
  if (choice.name === undefined && report.doerResidentId !== null && report.status === "pending") {
    const preset = await r.residents.byId(report.doerResidentId);
    if (preset) return ok({ resident: preset });
  }
  const name = choice.name ?? report.doerName;
  if (name === null) return resolveSender(r, report, choice.pick, actorId);
  const found = await findOrCreate(r, report, name, choice.pick, actorId);
  return found;
}

async function resolveSender(r: Repos, report: ReportRec, pick: number | undefined, actorId: number): Promise<Result<{ resident: ResidentRec }>> {
  const identity = await r.identities.byId(report.senderIdentityId);
  if (identity?.residentId) {
    const resident = await r.residents.byId(identity.residentId);
    if (resident) return ok({ resident });
  }
  const found = await findOrCreate(r, report, report.senderName, pick, actorId);
  if (!found.ok) return found;
  if (identity) {
    // A record made for this identity is theirs; a name match is not proof of who typed it,
    // so that link stays unverified until re-checked.
    await r.identities.link(identity.id, found.resident.id, found.created);
    await r.audit.record({
      communityId: report.communityId, actorId, action: "identity.linked", subjectType: "identity", subjectId: identity.id,
      data: { residentId: found.resident.id, verified: found.created, reportId: report.id },
    });
  }
  return ok({ resident: found.resident });
}

async function findOrCreate(
  r: Repos, report: ReportRec, name: string, pick: number | undefined, actorId: number,
): Promise<Result<{ resident: ResidentRec; created: boolean }>> {
  // The report's grid first; a neighbour from another grid of the community is found too.
  let matches = await r.residents.findByName(report.communityId, report.gridId, name);
  if (matches.length === 0 && report.gridId !== null) matches = await r.residents.findByName(report.communityId, null, name);
  if (pick !== undefined) {
    const chosen = matches[pick - 1];
    if (chosen) return ok({ resident: chosen, created: false });
    if (pick !== matches.length + 1) return ambiguous(report, name, matches);
  } else if (matches.length === 1) {
    return ok({ resident: matches[0] as ResidentRec, created: false });
  } else if (matches.length > 1) {
    return ambiguous(report, name, matches);
  }
  const resident = await r.residents.create({ communityId: report.communityId, gridId: report.gridId, name, status: "unregistered" });
  await r.audit.record({
    communityId: report.communityId, actorId, action: "resident.created", subjectType: "resident", subjectId: resident.id,
    data: { reportId: report.id, gridId: report.gridId },
  });
  return ok({ resident, created: true });
}

const ambiguous = (report: ReportRec, name: string, matches: ResidentRec[]) =>
  fail("REPORT.DOER_AMBIGUOUS", { number: report.number, name, count: matches.length }, matches);
