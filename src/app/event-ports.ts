// The store of community events and 公示 notices (issue 11), in domain words. Part of Repos
// (ports.ts); storage/repos/event-repo.ts and notice-repo.ts implement it.
import type { ParsedDeed } from "../domain/parser/index.ts";

export interface EventRec {
  id: number; communityId: number; number: number; gridId: number; platform: string; externalChatId: string;
  title: string; category: string; quantity: number; points: number; status: "open" | "closed";
  openedById: number; closedById: number | null; createdAt: Date; closedAt: Date | null;
}
export type NewEvent = Omit<EventRec, "id" | "number" | "status" | "closedById" | "closedAt" | "createdAt"> & { at: Date };

export interface AttendeeRec { residentId: number; name: string; addedById: number | null; creditedPoints: number | null }

export interface NoticeRec {
  id: number; communityId: number; reportId: number; number: number; doerResidentId: number; points: number;
  deeds: ParsedDeed[]; approverId: number; confirmerId: number | null; confirmedAt: Date | null;
  windowEndsAt: Date; status: "open" | "credited" | "cancelled"; createdAt: Date; creditedAt: Date | null;
}
export type NewNotice = Pick<NoticeRec, "communityId" | "reportId" | "number" | "doerResidentId" | "points" | "deeds" | "approverId" | "windowEndsAt"> & { at: Date };

export interface EventRepos {
  events: {
    /** Numbered E1, E2 … per community (writes are serialized: the next number is free). */
    create(e: NewEvent): Promise<EventRec>;
    byNumber(communityId: number, number: number): Promise<EventRec | null>;
    /** open → closed, once: false when it was closed already (by a concurrent close, too). */
    close(id: number, closedById: number, at: Date): Promise<boolean>;
    /** Adds a resident once: "duplicate" when they are on the list already. */
    addAttendee(eventId: number, residentId: number, addedById: number | null, at: Date): Promise<"created" | "duplicate">;
    attendees(eventId: number): Promise<AttendeeRec[]>;
    /** Records what these attendees were credited at the close (one statement). */
    markCredited(eventId: number, residentIds: number[], points: number): Promise<void>;
  };
  notices: {
    create(n: NewNotice): Promise<NoticeRec>;
    byNumber(communityId: number, number: number): Promise<NoticeRec | null>;
    /** Records the second approval, once: false when it was confirmed already or is not open. */
    confirm(id: number, confirmerId: number, at: Date): Promise<boolean>;
    /** open → credited, once (a concurrent job or confirm gets false). */
    markCredited(id: number, at: Date): Promise<boolean>;
    /** open → cancelled (the report was rejected during the window). */
    cancel(reportId: number): Promise<void>;
    /** Open notices whose window is over and that are confirmed, oldest first. */
    due(now: Date, limit: number): Promise<NoticeRec[]>;
    /** Points of a resident's open notices (shown apart in 我的积分). */
    awaiting(residentId: number): Promise<number>;
  };
}
