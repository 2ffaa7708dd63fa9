// Community events (issue 11): what one attendee earns, and the keys that make each credit
// land once per (event, resident), however often the event is closed.
import { MAX_REPORT_POINTS, type DeedCategory } from "./catalog.ts";

export const eventKey = {
  credit: (eventId: number, residentId: number) => `event:${eventId}:${residentId}`,
  tickets: (eventId: number, residentId: number) => `tickets-event:${eventId}:${residentId}`,
};

/** Hours count for per-hour categories only (1 otherwise); an attendee's points are capped like a report's. */
export function eventAward(category: DeedCategory, hours: number | undefined): { quantity: number; points: number } {
  const quantity = category.unit === "hour" ? Math.max(1, hours ?? 1) : 1;
  return { quantity, points: Math.min(MAX_REPORT_POINTS, category.points * quantity) };
}

/** "E3", "e3", "3" → 3. */
export function eventNumber(word: string): number | null {
  const m = /^[Ee]?(\d{1,9})$/.exec(word.trim());
  return m ? Number(m[1]) : null;
}
