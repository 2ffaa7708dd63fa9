// Builds the repositories over a Prisma client or an open transaction.
import type { Repos } from "../../app/ports.ts";
import type { Db } from "./db.ts";
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
import type { Dialect } from "./bulk-insert.ts";
import { possibleReportRepo } from "./possible-report-repo.ts";

export type { Db } from "./db.ts";

/** `dialect` picks the SQL of the few raw statements (bulk register writes); SQLite unless told. */
export function createRepos(db: Db, dialect: Dialect = "sqlite"): Repos {
  return {
    communities: communityRepo(db),
    grids: gridRepo(db),
    groups: groupRepo(db),
    residents: residentRepo(db),
    identities: identityRepo(db),
    roles: roleRepo(db),
    catalog: catalogRepo(db),
    reports: reportRepo(db),
    ledger: ledgerRepo(db),
    honour: honourRepo(db),
    audit: auditRepo(db),
    caches: { version: async () => (await db.cacheVersion.findUnique({ where: { id: 1 }, select: { version: true } }))?.version ?? 0 },
    outbox: outboxRepo(db),
    platform: platformRepo(db),
    ...rewardRepos(db),
    ...registerRepos(db, dialect),
    possibleReports: possibleReportRepo(db),
  };
}
