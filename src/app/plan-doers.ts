// Who an approval credits: the doers on the card, with those the reviewer took out
// (`通过 12 去掉 王桂兰`) or corrected (`通过 12 改 王桂兰=王桂英`), each linked to a resident.
// Nobody is credited twice for one report, however often the text names them.
import { fail, ok, type Result } from "./errors.ts";
import type { ReportRec, Repos, ResidentRec } from "./ports.ts";
import { resolveDoer, type DoerChoice } from "./resolve-doer.ts";

export interface DoerEdits extends DoerChoice {
  /** Doers left out, by the name the card shows. */
  remove?: string[];
  /** Doers corrected: the name on the card, and the right one. */
  fix?: { from: string; to: string }[];
}

/** The doers as the card lists them (null: the sender). */
export const cardDoers = (report: ReportRec): (string | null)[] =>
  report.doers.length > 0 ? report.doers.map((d) => d.name) : [report.doerName];

const bare = (name: string) => name.replace(/^[@＠]/, "").trim();

/** The names after the reviewer's edits; a name that is not on the card is refused. */
export function editDoers(report: ReportRec, edits: DoerEdits): Result<{ names: (string | null)[] }> {
  if (edits.name !== undefined) return ok({ names: [edits.name] });
  const names = cardDoers(report);
  const at = (name: string) => names.findIndex((n) => (n ?? report.senderName) === bare(name));
  for (const { from, to } of edits.fix ?? []) {
    const i = at(from);
    if (i < 0) return fail("REPORT.DOER_NOT_LISTED", { number: report.number, name: bare(from) });
    names[i] = bare(to);
  }
  for (const name of edits.remove ?? []) {
    const i = at(name);
    if (i < 0) return fail("REPORT.DOER_NOT_LISTED", { number: report.number, name: bare(name) });
    names.splice(i, 1);
  }
  if (names.length === 0) return fail("REPORT.NO_DOERS", { number: report.number });
  return ok({ names });
}

/** Each doer linked to a resident (found, or created in the report's grid), once each. */
export async function planDoers(r: Repos, report: ReportRec, edits: DoerEdits, actorId: number): Promise<Result<{ residents: ResidentRec[] }>> {
  const edited = editDoers(report, edits);
  if (!edited.ok) return edited;
  const residents: ResidentRec[] = [];
  for (const name of edited.names) {
    // A proxy entry's resident was found at entry: kept unless the reviewer names someone else.
    const preset = name === report.doerName ? report.doerResidentId : null;
    const found = await resolveDoer(r, { ...report, doerName: name, doerResidentId: preset }, { pick: edits.pick }, actorId);
    if (!found.ok) return found;
    if (!residents.some((x) => x.id === found.resident.id)) residents.push(found.resident);
  }
  return ok({ residents });
}
