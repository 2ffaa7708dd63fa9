// Reports waiting for review too long: after a day the grid's workers are reminded, after
// three days the admins are told. Pure: the time is a parameter.

export const REMIND_AFTER_HOURS = 24;
export const ESCALATE_AFTER_HOURS = 72;

export interface Waiting { number: number; gridId: number | null; name: string; createdAt: Date }
export interface Overdue extends Waiting { hours: number }

/** Whole hours between two times, rounded down. */
const hoursBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / 3_600_000);

/** The reports pending longer than the reminder threshold, oldest first, and those past the escalation one. */
export function overdueReports(pending: readonly Waiting[], now: Date): { remind: Overdue[]; escalate: Overdue[] } {
  const remind = pending
    .map((p) => ({ ...p, hours: hoursBetween(p.createdAt, now) }))
    .filter((p) => p.hours >= REMIND_AFTER_HOURS)
    .sort((a, b) => b.hours - a.hours || a.number - b.number);
  return { remind, escalate: remind.filter((p) => p.hours >= ESCALATE_AFTER_HOURS) };
}
