// Draws posters on worker threads, as many at once as the machine has cores: the weekly job
// renders every grid of a community together. Workers start when posters are asked for and
// stop when none are left, so the running bot does not hold a canvas between two weeks.
// Where a worker cannot start (e.g. under a test runner), posters are drawn in this thread.
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { startModuleWorker } from "../threads/start-worker.ts";
import { renderHonourPoster, type PosterInput } from "./render-honour-poster.ts";

const IDLE_MS = 5_000;

interface Task { id: number; data: PosterInput; file: string; resolve(): void; reject(e: Error): void }

export function createPosterPool(size = Math.max(1, availableParallelism())): (data: PosterInput, file: string) => Promise<void> {
  const queue: Task[] = [];
  const busy = new Map<Worker, Task>();
  let seq = 0;
  let inThread = false;

  const idle = new Map<Worker, NodeJS.Timeout>();
  const next = (worker: Worker) => {
    const task = queue.shift();
    if (!task) {
      // Kept a few seconds for the next community's posters, then stopped.
      busy.delete(worker);
      idle.set(worker, setTimeout(() => {
        idle.delete(worker);
        void worker.terminate();
      }, IDLE_MS).unref());
      return;
    }
    clearTimeout(idle.get(worker));
    idle.delete(worker);
    busy.set(worker, task);
    worker.postMessage({ id: task.id, data: task.data, file: task.file });
  };

  const spawn = () => {
    let worker: Worker;
    try {
      worker = startModuleWorker(import.meta.url, "render-worker");
    } catch {
      inThread = true;
      drainInThread();
      return;
    }
    worker.on("message", (m: { id: number; ok: boolean; error?: string }) => {
      const task = busy.get(worker);
      if (task && task.id === m.id) {
        if (m.ok) task.resolve();
        else task.reject(new Error(m.error ?? "poster failed"));
      }
      next(worker);
    });
    worker.on("error", () => {
      // The worker could not run: finish its task and the rest in this thread.
      const task = busy.get(worker);
      busy.delete(worker);
      if (task) queue.unshift(task);
      inThread = true;
      drainInThread();
    });
    next(worker);
  };

  const drainInThread = () => {
    for (let task = queue.shift(); task; task = queue.shift()) {
      const t = task;
      renderHonourPoster(t.data, t.file).then(t.resolve, t.reject);
    }
  };

  return (data, file) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ id: ++seq, data, file, resolve, reject });
      if (inThread) return drainInThread();
      const waiting = idle.keys().next();
      if (!waiting.done) next(waiting.value);
      else if (busy.size < size) spawn();
    });
}
