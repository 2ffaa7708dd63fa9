// Every resident of a community with their points, tickets and last approved deed: what the
// office's monthly spreadsheet lists. Merged records count as the record they were merged into.
import type { AppDeps } from "./deps.ts";
import type { RegisterExportRow } from "./register-ports.ts";

export async function listRegister(deps: AppDeps, communityId: number): Promise<RegisterExportRow[]> {
  return deps.store.read((r) => r.register.exportRows(communityId));
}
