// What the use cases need from the outside world, in domain words. storage/ implements
// these with Prisma; nothing here knows about Prisma or a chat platform. Each method is used
// by a use case (a method no use case calls is removed); one question has one method (a
// community's groups: groups.list({ communityId }), its grids: grids.list).
//
// No in-memory fake: these ports have one implementation, and the guarantees the use cases
// rely on are the database's own (unique keys that make credits idempotent, insert-or-ignore,
// conditional updates such as takeOne and transition, append-only triggers, one write lane).
// A fake would have to re-implement each of them, and tests passing against it would prove the
// fake, not the product. Use cases are therefore tested against a real SQLite file (a fresh
// one per test, tests/helpers/test-app.ts), which is fast enough on this scale; the ports stay
// as the boundary that keeps Prisma types out of app/, not as a promise of a second store.
import type { Catalog } from "../domain/catalog.ts";
import type { ParsedDeed } from "../domain/parser/index.ts";
import type { ReportStatus } from "../domain/report-rules.ts";
import type { RoleGrant } from "../domain/permissions.ts";
import type { PlatformRepos } from "./platform-ports.ts";
import type { RewardRepos } from "./reward-ports.ts";
import type { PossibleReportRepos } from "./possible-report-ports.ts";
import type { RegisterRepos } from "./register-ports.ts";
import type { EventRepos } from "./event-ports.ts";

/** Domain values the chat layer renders: chat/ imports app/ only (see .dependency-cruiser.cjs). */
export type { Catalog, DeedCategory } from "../domain/catalog.ts";
// The per-report cap, for the chat text that states it (chat/ may not import domain/).
export { MAX_REPORT_POINTS } from "../domain/catalog.ts";
export type { ParsedDeed } from "../domain/parser/index.ts";

/** A message to send, in platform-neutral terms (the chat layer's OutgoingMessage fits). */
export interface OutboxDraft {
  platform: string;
  chatId: string;
  text: string;
  replyToMessageId?: string | null;
  /** Set on a report card, so adapters can attach buttons and remember which card is which. */
  card?: { reportNumber: number; status: string };
  /** A file to send as a picture (e.g. the honour poster): a PNG file on this machine. */
  photoPath?: string | null;
  /** Set on a receipt (app/receipt.ts): the outbox row holding it, to be marked sent when an
   * adapter sends it directly. */
  outboxId?: number | null;
}
export interface OutboxItem extends OutboxDraft { id: number; attempts: number; dedupeKey: string | null }

export interface CommunityRec { id: number; slug: string; name: string; locale: string; timezone: string }
/** Where a message was said: the chat group, its grid and community. */
export interface ChatPlace { group: ChatGroupRec; grid: GridRec; community: CommunityRec }
export interface GridRec { id: number; communityId: number; name: string }
export interface ChatGroupRec { id: number; platform: string; externalId: string; gridId: number; communityId: number; title: string | null }
export interface ResidentRec {
  id: number; communityId: number; gridId: number | null; name: string; status: string; masked: boolean;
  building: string | null; unit: string | null; room: string | null;
}
export interface IdentityRec {
  id: number; platform: string; externalUserId: string; displayName: string;
  locale: string | null; residentId: number | null; verified: boolean;
}
export interface ReportRec {
  id: number; communityId: number; number: number; gridId: number | null; chatGroupId: number | null;
  platform: string; externalChatId: string; externalMessageId: string | null;
  senderIdentityId: number; senderResidentId: number | null; senderName: string;
  /** The reporter's language, when known (zh-CN, en). */
  senderLocale: string | null; rawText: string;
  deeds: ParsedDeed[]; suggestedPoints: number; doerName: string | null; doerResidentId: number | null;
  status: ReportStatus; awardedPoints: number | null; reviewerId: number | null; reason: string | null;
  createdAt: Date; decidedAt: Date | null;
  /** Whether an open 公示 notice holds it (issue 11), when the store read it with the report
   * (issue 14: one statement fewer per approval); undefined means "not known, ask notices". */
  inNotice?: boolean;
  /** Every doer, in order, when the report names several (empty: the one doer is doerName). */
  doers: ReportDoerRec[];
  /** A proxy entry (代报): the staff member who entered it for the doer. */
  enteredById: number | null;
  /** The number of an earlier report of the same deed by the same doer that day. */
  duplicateOf: number | null;
  /** Closed by merging it into this report (its number). */
  mergedInto: number | null;
}
/** One doer of a report naming several: as the text names them (null: the sender), and the
 * resident credited, once approved. */
export interface ReportDoerRec { position: number; name: string | null; residentId: number | null }
export interface NewReport {
  communityId: number; gridId: number | null; chatGroupId: number | null; platform: string;
  externalChatId: string; externalMessageId: string | null; senderIdentityId: number;
  senderResidentId: number | null; rawText: string; deeds: ParsedDeed[]; suggestedPoints: number;
  doerName: string | null;
  /** All doers when the text names several (null: the sender); omitted or one: doerName alone. */
  doers?: (string | null)[];
  enteredById?: number | null;
  duplicateOf?: number | null;
  /** Known at entry (a proxy entry names a registered resident). */
  doerResidentId?: number | null;
  /** When it was reported, by the app's clock. */
  at: Date;
  /** The sender's identity as the caller holds it: the new report is then built from what was
   * written, not read back (issue 14: one statement fewer per report). */
  sender?: { displayName: string; locale: string | null };
}
export interface SentMessage { chatId: string; text: string; externalMessageId: string | null }
export interface StaffRec { residentId: number; name: string; role: RoleGrant["role"]; gridId: number | null }
export interface NewResident {
  communityId: number; gridId: number | null; name: string; status?: string;
  building?: string | null; unit?: string | null; room?: string | null; household?: string | null;
  phoneHash?: string | null;
}
export interface LedgerLine {
  communityId: number; residentId: number; points: number; kind: "deed" | "reversal" | "adjustment" | "fixed" | "fixed_reversal" | "exchange";
  reportId: number | null; idempotencyKey: string; actorId: number | null; note?: string | null;
  /** When it happened, by the app's clock (weeks and rankings are computed from it). */
  at: Date;
}
export interface PointsTally { residentId: number; points: number; lastAt: Date }
export interface AuditLine {
  communityId: number | null; actorId: number | null; action: string; subjectType: string;
  subjectId: number | null; data?: Record<string, unknown>;
}

export interface Repos extends RewardRepos, PossibleReportRepos, RegisterRepos, EventRepos {
  communities: {
    byId(id: number): Promise<CommunityRec | null>;
    bySlug(slug: string): Promise<CommunityRec | null>;
    count(): Promise<number>;
    list(): Promise<CommunityRec[]>;
    create(c: { slug: string; name: string; locale?: string; timezone?: string }): Promise<CommunityRec>;
  };
  grids: {
    byId(id: number): Promise<GridRec | null>;
    byName(communityId: number, name: string): Promise<GridRec | null>;
    create(communityId: number, name: string): Promise<GridRec>;
    list(communityId: number): Promise<GridRec[]>;
  };
  groups: {
    byExternal(platform: string, externalId: string): Promise<ChatGroupRec | null>;
    /** The group with its grid and community, in one statement (a chat's first message after start-up or a change). */
    placeOf(platform: string, externalId: string): Promise<ChatPlace | null>;
    create(g: { platform: string; externalId: string; gridId: number; title?: string }): Promise<ChatGroupRec>;
    /** The groups of a platform, or every group of a community on every platform; oldest first. */
    list(where: { platform: string } | { communityId: number }): Promise<ChatGroupRec[]>;
  };
  residents: {
    byId(id: number): Promise<ResidentRec | null>;
    byIds(ids: number[]): Promise<ResidentRec[]>;
    findByName(communityId: number, gridId: number | null, name: string): Promise<ResidentRec[]>;
    /** Residents of a community (not inactive) with any of these names, oldest first: one statement for many names. */
    findByNames(communityId: number, names: readonly string[]): Promise<ResidentRec[]>;
    create(r: NewResident): Promise<ResidentRec>;
    /** Shows a resident as 张*英 on public lists, or by name again. */
    setMasked(residentId: number, masked: boolean): Promise<void>;
    /** Residents of a grid still in use (not inactive, not merged into another), oldest first. */
    inGrid(gridId: number): Promise<ResidentRec[]>;
    /** Residents of a community still in use, oldest first (the simulator's people). */
    inCommunity(communityId: number): Promise<ResidentRec[]>;
  };
  identities: {
    byExternal(platform: string, externalUserId: string): Promise<IdentityRec | null>;
    /** The identity with its resident and the resident's roles, in one read (every message's sender). */
    withResident(platform: string, externalUserId: string): Promise<{ identity: IdentityRec; resident: ResidentRec | null; roles: RoleGrant[] } | null>;
    byId(id: number): Promise<IdentityRec | null>;
    create(i: { platform: string; externalUserId: string; displayName: string; locale?: string | null; residentId?: number | null; verified?: boolean }): Promise<IdentityRec>;
    link(id: number, residentId: number, verified: boolean): Promise<void>;
    /** Records the language of an identity that had none (from the platform, or learned). */
    setLocale(id: number, locale: string): Promise<void>;
    forResident(residentId: number): Promise<IdentityRec[]>;
    list(platform: string): Promise<(IdentityRec & { gridId: number | null })[]>;
  };
  roles: {
    forResident(residentId: number): Promise<RoleGrant[]>;
    grant(residentId: number, communityId: number, role: RoleGrant["role"], gridId: number | null): Promise<void>;
    /** Everyone holding a role in a community, with their name (grid workers with their grid). */
    staff(communityId: number): Promise<StaffRec[]>;
  };
  catalog: {
    list(communityId: number): Promise<Catalog>;
    /** Writes each category (added or updated) in this order; categories not in the list are left as they are. */
    save(communityId: number, catalog: Catalog): Promise<void>;
  };
  reports: {
    create(r: NewReport): Promise<ReportRec>;
    byNumber(communityId: number, number: number): Promise<ReportRec | null>;
    byMessage(platform: string, externalChatId: string, externalMessageId: string): Promise<ReportRec | null>;
    /** Moves a report from one status to another; false when it was no longer in `from`. */
    transition(id: number, from: ReportStatus, patch: {
      status: ReportStatus; reviewerId?: number | null; reason?: string | null; awardedPoints?: number | null;
      doerResidentId?: number | null; decidedAt?: Date; deeds?: ParsedDeed[]; mergedInto?: number | null;
    }): Promise<boolean>;
    /** Replaces the doers of a report (as approved: each with the resident credited). */
    setDoers(reportId: number, doers: ReportDoerRec[]): Promise<void>;
    /** Pending reports waiting for a reviewer, oldest first: not those held in 公示 (issue 11). */
    pending(communityId: number, gridIds: number[] | null, limit: number): Promise<ReportRec[]>;
    countBySenderSince(senderIdentityId: number, since: Date): Promise<number>;
    /** Every report of a sender since a time, any status (at most `limit`): the
     * daily limit counts them, the duplicate check compares the pending and approved ones. */
    bySenderSince(senderIdentityId: number, since: Date, limit: number): Promise<ReportRec[]>;
    /** Pending and approved reports of a sender since a time. */
    recentBySender(senderIdentityId: number, since: Date): Promise<ReportRec[]>;
    /** Pending and approved reports of a grid since a time that may share one of these deeds
     * (category and count; the caller still checks): the only grid reports the duplicate check
     * compares, so a busy grid's whole day is not read and parsed per report (issue 14). */
    recentInGrid(gridId: number, since: Date, deeds: readonly Pick<ParsedDeed, "category" | "quantity">[]): Promise<ReportRec[]>;
  };
  ledger: {
    /** Appends one entry; "duplicate" when its idempotency key was already used. */
    append(line: LedgerLine): Promise<"created" | "duplicate">;
    balance(residentId: number): Promise<number>;
    /** Dynamic points (deeds and their reversals) per resident in [from, to). */
    tally(communityId: number, from: Date, to: Date): Promise<PointsTally[]>;
    /** One resident's dynamic points in [from, to), their place (as `rank` orders) and how many took part, in one read. */
    standing(communityId: number, residentId: number, from: Date, to: Date): Promise<{ points: number; rank: number | null; participants: number }>;
  };
  audit: { record(line: AuditLine): Promise<void> };
  /** The change counter of what the bot caches (catalog, groups, grids, communities, settings). */
  caches: { version(): Promise<number> };
  /** Group upgrades and re-logins, one-time binding codes (platform-ports.ts). */
  platform: PlatformRepos["platform"];
  /** Honour lists and scheduled posts (HonourRepo below). */
  honour: HonourRepo;
  outbox: {
    /** Queues a message (insert-or-ignore): its id, or null when its dedupe key was already queued. */
    enqueue(draft: OutboxDraft, opts?: { dedupeKey?: string; notBefore?: Date }): Promise<number | null>;
    /** Deletes messages sent before `sentBefore` (those with a dedupe key: emptied, deleted once sent before `keysBefore`). */
    pruneSent(sentBefore: Date, keysBefore: Date): Promise<{ deleted: number; emptied: number }>;
    /** Pending messages due at `now`, oldest first. */
    due(now: Date, limit: number, platform?: string): Promise<OutboxItem[]>;
    /**
     * Takes the due messages for one sender (call it in a write): each is leased until
     * `leaseUntil` (its notBefore moves there), so another process does not take it too. A
     * sender that dies mid-way leaves its messages to be sent again after the lease.
     */
    claim(now: Date, limit: number, leaseUntil: Date, platform?: string): Promise<OutboxItem[]>;
    /**
     * The lease of `claim` for messages read as due before the write (call it in a write): those
     * still pending and due at `now` are leased until `leaseUntil` and returned; any another
     * sender took or marked meanwhile are left out.
     */
    lease(items: readonly OutboxItem[], now: Date, leaseUntil: Date): Promise<OutboxItem[]>;
    /** Marks a message sent; a null id keeps one already recorded (see `recordSentId`). */
    markSent(id: number, externalMessageId: string | null, at: Date): Promise<void>;
    /** The platform's id of a message the bot sent, learnt after the send (WeChat hands it back as
     * the bot's own message): set on the newest row of that chat with that text and no id yet. */
    recordSentId(platform: string, chatId: string, text: string, externalMessageId: string): Promise<boolean>;
    /**
     * The report number of a card the bot sent in this chat: by the platform's id of the sent
     * message, or, where quotes carry no id (WeChat web), by the quoted text matching exactly
     * one card sent there. Null when the quoted message is not a card the bot sent.
     */
    sentCard(platform: string, chatId: string, quoted: { messageId?: string | null; text?: string | null }): Promise<number | null>;
    /** The last card for this report the bot sent in this chat, as sent (its platform id and text), to edit it. */
    cardMessage(platform: string, chatId: string, reportNumber: number): Promise<{ messageId: string; text: string } | null>;
    /** Records a failed attempt; retried at `retryAt`, or given up when it is null. */
    markFailed(id: number, error: string, retryAt: Date | null): Promise<void>;
    /** A message the bot sent, by the platform's id of it (the simulator's earlier runs). */
    sentMessage(platform: string, externalMessageId: string): Promise<SentMessage | null>;
    /** The platform ids of the messages sent last (newest first). */
    recentSentIds(platform: string, limit: number): Promise<string[]>;
    /** The last card sent for a report number in one of these chats. */
    cardInChats(platform: string, chatIds: string[], reportNumber: number): Promise<SentMessage | null>;
  };
}

// ---- honour lists and scheduled posts ----
/** A report approved, and still approved, with the resident credited for it. */
export interface ApprovedDeedRec {
  /** Null for an event's credit (issue 11): it has no report. */
  reportId: number | null;
  residentId: number;
  /** The doer's grid, else the grid the report was made in. */
  gridId: number | null;
  points: number;
  approvedAt: Date;
  deeds: ParsedDeed[];
}

export interface PostKey { job: string; period: string; chatGroupId: number }

export interface HonourRepo {
  /** Reports approved in [from, to) that have not been revoked since, and event credits of events closed then. */
  approvedBetween(communityId: number, from: Date, to: Date): Promise<ApprovedDeedRec[]>;
  /** Points earned per resident over all time: every ledger row but spending in the shop. */
  earnedTotals(communityId: number): Promise<PointsTally[]>;
  /** Records a post; "duplicate" when (job, period, group) was already posted. */
  recordPost(key: PostKey, dedupeKey: string): Promise<"created" | "duplicate">;
  /** Groups a job has posted to for a period. */
  postedGroups(job: string, period: string): Promise<number[]>;
}
// ---- end honour ----

/** Every database call goes through here: reads alone, writes in one transaction each. */
/**
 * What a write touches, so that writes that cannot interfere run side by side on a shared
 * database (PostgreSQL; SQLite has one writer anyway and ignores it):
 * - `{ communityId }`: only that community's rows (and inserts of its own audit, outbox and
 *   identity rows); it waits for writes of the same community only;
 * - `"rows"`: only rows it updates conditionally itself (the outbox's claim, lease, mark);
 * - none: anything; it runs alone. The safe default for every rare or cross-community write.
 */
export type WriteScope = { communityId: number } | "rows";

export interface Store {
  read<T>(fn: (repos: Repos) => Promise<T>): Promise<T>;
  write<T>(fn: (repos: Repos) => Promise<T>, scope?: WriteScope): Promise<T>;
}

export type Clock = () => Date;
