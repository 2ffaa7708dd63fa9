// The store of possible reports (the parser's doubtful lane), in domain words. Part of Repos
// (ports.ts); storage/repos/possible-report-repo.ts implements it.
import type { ParsedDeed } from "../domain/parser/index.ts";

export interface PossibleReportRec {
  id: number; communityId: number; gridId: number | null; chatGroupId: number | null;
  platform: string; externalChatId: string; externalMessageId: string | null;
  senderIdentityId: number; senderResidentId: number | null; senderName: string; rawText: string;
  deeds: ParsedDeed[]; suggestedPoints: number; doerName: string | null; confidence: number;
  status: "open" | "promoted"; reportId: number | null; createdAt: Date;
}

export type NewPossibleReport = Omit<PossibleReportRec, "id" | "senderName" | "status" | "reportId" | "createdAt"> & { at: Date };

export interface PossibleReportRepos {
  possibleReports: {
    /** Stores it; the existing one when the same chat message was delivered again. */
    create(p: NewPossibleReport): Promise<PossibleReportRec>;
    byId(id: number): Promise<PossibleReportRec | null>;
    byMessage(platform: string, externalChatId: string, externalMessageId: string): Promise<PossibleReportRec | null>;
    /** Open ones of a community (of these grids; all when null), oldest first. */
    open(communityId: number, gridIds: number[] | null, limit: number): Promise<PossibleReportRec[]>;
    /** open → promoted, once: false when it was no longer open. */
    markPromoted(id: number, reportId: number, at: Date): Promise<boolean>;
  };
}
