// Starts a worker thread on a module next to the caller: the compiled .js file when running
// from dist/, or, when running the TypeScript sources (development, tests), the .ts file
// compiled through tsx inside the worker.
import { Worker } from "node:worker_threads";

/** Throws where no worker can start (e.g. a module runner without import.meta.resolve): callers then work in their own thread. */
export function startModuleWorker(callerUrl: string, name: string, workerData?: unknown): Worker {
  const fromSource = callerUrl.endsWith(".ts");
  const script = new URL(`./${name}.${fromSource ? "ts" : "js"}`, callerUrl);
  if (!fromSource) return new Worker(script, { workerData });
  if (typeof import.meta.resolve !== "function") throw new Error("no worker here");
  const api = import.meta.resolve("tsx/esm/api");
  return new Worker(`import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(script.href)}, ${JSON.stringify(script.href)}))`, { eval: true, workerData });
}
