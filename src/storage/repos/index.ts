// Builds the repositories over a Prisma client or an open transaction.
import type { Repos } from "../../app/ports.ts";
import type { Db } from "./db.ts";
import { prismaSql, type Sql } from "./sql.ts";
import { auditRepo } from "./audit-repo.ts";
import { catalogRepo } from "./catalog-repo.ts";
import { communityRepo, gridRepo, groupRepo } from "./community-repo.ts";
import { identityRepo } from "./identity-repo.ts";
import { honourRepo } from "./honour-repo.ts";
import { ledgerRepo } from "./ledger-repo.ts";
import { outboxRepo } from "./outbox-repo.ts";
import { platformRepo } from "./platform-repo.ts";
import { reportRepo } from "./report-repo.ts";
import { residentRepo, roleRepo } from "./resident-repo.ts";
import { rewardRepos } from "./reward-repos.ts";
import { registerRepos } from "./register-repo.ts";
import { possibleReportRepo } from "./possible-report-repo.ts";
import { eventRepo } from "./event-repo.ts";
import { noticeRepo } from "./notice-repo.ts";

export type { Db } from "./db.ts";
export { prismaSql, type Sql } from "./sql.ts";

/** `sql`: where the hot statements go (sql.ts); by default through `db` (SQLite). */
export function createRepos(db: Db, sql: Sql = prismaSql(db, "sqlite")): Repos {
  return {
    communities: communityRepo(db),
    grids: gridRepo(db),
    groups: groupRepo(db, sql),
    residents: residentRepo(db, sql),
    identities: identityRepo(db, sql),
    roles: roleRepo(db, sql),
    catalog: catalogRepo(db, sql),
    reports: reportRepo(sql),
    ledger: ledgerRepo(db, sql),
    honour: honourRepo(db),
    audit: auditRepo(sql),
    caches: { version: async () => Number((await sql.get<{ version: number }>(`SELECT "version" FROM "CacheVersion" WHERE "id" = 1`))?.version ?? 0) },
    outbox: outboxRepo(db, sql),
    platform: platformRepo(db),
    ...rewardRepos(db, sql),
    ...registerRepos(db, sql.dialect),
    possibleReports: possibleReportRepo(db),
    events: eventRepo(db),
    notices: noticeRepo(db),
  };
}
