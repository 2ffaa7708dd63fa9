// A one-line progress bar for a person watching a terminal; nothing at all otherwise
// (a pipe, a file, or --json), so that scripts read clean output.
import type { Writable } from "node:stream";

export function progressBar(out: Writable, label: string, enabled: boolean): { update(done: number, total: number): void; end(): void } {
  if (!enabled) return { update: () => undefined, end: () => undefined };
  let shown = false;
  return {
    update: (done, total) => {
      const width = 30;
      const share = total === 0 ? 1 : done / total;
      const full = Math.round(share * width);
      out.write(`\r${label} [${"█".repeat(full)}${"░".repeat(width - full)}] ${Math.round(share * 100)}% ${done}/${total}`);
      shown = true;
    },
    end: () => {
      if (shown) out.write("\n");
    },
  };
}
