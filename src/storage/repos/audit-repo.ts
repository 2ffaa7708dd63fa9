import type { Repos } from "../../app/ports.ts";
import type { Db } from "./db.ts";

export const auditRepo = (db: Db): Repos["audit"] => ({
  record: async ({ data, ...line }) => {
    await db.auditEvent.create({ data: { ...line, data: JSON.stringify(data ?? {}) } });
  },
});
