import type { Repos } from "../../app/ports.ts";
import type { Sql } from "./sql.ts";

export const auditRepo = (sql: Sql): Repos["audit"] => ({
  record: async ({ data, ...line }) => {
    await sql.run(
      `INSERT INTO "AuditEvent" ("communityId", "actorId", "action", "subjectType", "subjectId", "data", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [line.communityId, line.actorId, line.action, line.subjectType, line.subjectId, JSON.stringify(data ?? {}), new Date()],
    );
  },
});
