// A worker thread that draws posters (see poster-pool.ts): the canvas, its fonts and the
// encoding live here, off the bot's main thread and out of its memory once the work is done.
import { parentPort } from "node:worker_threads";
import { renderHonourPoster, type PosterInput } from "./render-honour-poster.ts";

parentPort?.on("message", (task: { id: number; data: PosterInput; file: string }) => {
  renderHonourPoster(task.data, task.file).then(
    () => parentPort?.postMessage({ id: task.id, ok: true }),
    (e: unknown) => parentPort?.postMessage({ id: task.id, ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
});
