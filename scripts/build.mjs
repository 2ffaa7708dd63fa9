// Compiles src/ to plain JavaScript in dist/ (same folder layout, so paths relative to a
// module stay right), run at install time: `deedbank` then starts without compiling
// TypeScript on every run. Each file is compiled alone; relative imports of .ts files are
// rewritten to .js, packages stay imports. tsx still runs the sources in development and tests.
import { build } from "esbuild";
import { readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import process from "node:process";
import { fileURLToPath, URL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = join(root, "src");
const out = join(root, "dist");

const entryPoints = readdirSync(src, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith(".ts") && !d.name.endsWith(".d.ts"))
  .map((d) => relative(root, join(d.parentPath ?? d.path, d.name)));

const keepRelative = {
  name: "keep-relative-imports",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === "entry-point" ? undefined : { path: args.path.replace(/\.ts$/, ".js"), external: true });
  },
};

rmSync(out, { recursive: true, force: true });
const started = Date.now();
await build({
  entryPoints,
  outdir: out,
  outbase: src,
  bundle: true,
  packages: "external",
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: false,
  logLevel: "warning",
  plugins: [keepRelative],
});
process.stderr.write(`deedbank: compiled ${entryPoints.length} files to dist/ in ${Date.now() - started} ms\n`);
