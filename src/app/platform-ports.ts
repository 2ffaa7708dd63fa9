// What the platform features (group upgrades and re-logins, one-time binding codes) need
// from storage, in domain words.

export interface BindCodeRec { code: string; communityId: number; residentId: number; expiresAt: Date; usedAt: Date | null }

export interface PlatformRepos {
  platform: {
    /** Moves a group's grid binding, and its unsent outbox messages, to the group's new id;
     * false when `from` was not bound. */
    moveGroup(platform: string, from: string, to: string, title?: string | null): Promise<boolean>;
    /** Binds (or re-binds) a group to a grid. */
    bindGroup(g: { platform: string; externalId: string; gridId: number; title?: string | null }): Promise<"created" | "moved" | "same">;
    /** Every identity of a platform loses its verification (e.g. a WeChat re-login). */
    unverifyAll(platform: string): Promise<number>;
    /** "duplicate" when the code is already taken (draw another). */
    createBindCode(c: { code: string; communityId: number; residentId: number; expiresAt: Date }): Promise<"created" | "duplicate">;
    /** Uses a code once: the code's record, or null when unknown, used or expired. */
    takeBindCode(code: string, now: Date): Promise<BindCodeRec | null>;
    /** Makes every live, unused code of a resident unusable (a new one replaces them). */
    expireBindCodes(residentId: number, now: Date): Promise<number>;
    /** Records a failed code attempt under each scope. */
    recordBindFailure(scopes: string[], at: Date): Promise<void>;
    /** Failed attempts under a scope since `since`. */
    bindFailuresSince(scope: string, since: Date): Promise<number>;
    /** Platform account ids of verified admins (to alert them); of one community's admins when it is given. */
    adminAccounts(platform: string, communityId?: number): Promise<string[]>;
  };
}
