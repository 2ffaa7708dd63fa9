// The binding codes `deedbank start` makes for WeChat admins (DEEDBANK_ADMINS=wechat:NAME).
// A code is as good as a password until used, and the log (stderr: journald, docker logs) is
// read by more people than the operator: a terminal shows the codes, anything else gets them
// in a file only the bot's user can read, and the log says where that file is.
import { closeSync, fchmodSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { App } from "../../create-app.ts";

export const ADMIN_CODES_FILE = "admin-codes.txt";

export interface AdminCode { name: string; code: string; expiresAt: Date }

const line = (c: AdminCode) =>
  `WeChat admin ${c.name}: send "绑定码 ${c.code}" to the bot from your WeChat (valid until ${c.expiresAt.toISOString()})\n`;

export function showAdminCodes(app: App, codes: AdminCode[], terminal = process.stderr.isTTY === true): void {
  if (codes.length === 0) return;
  if (terminal) {
    for (const c of codes) process.stderr.write(line(c));
    return;
  }
  const file = join(app.db.dataDir, ADMIN_CODES_FILE);
  const fd = openSync(file, "w", 0o600);
  try {
    fchmodSync(fd, 0o600); // an older file keeps its mode on open: made private again
    writeSync(fd, codes.map(line).join(""));
  } finally {
    closeSync(fd);
  }
  app.log.warn({ file, admins: codes.length }, "WeChat admin binding codes are in this file (never in the log): `cat` it on the server");
}
