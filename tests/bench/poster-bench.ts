// Time to render one honour poster (a grid's list and the community's top 10) to PNG bytes.
//   npm run bench:poster
import { renderPosterPng } from "../../src/adapters/poster/render-honour-poster.ts";
import { samplePoster } from "../helpers/poster-sample.ts";

const ROUNDS = 20;
const poster = samplePoster(10);

let started = performance.now();
const first = await renderPosterPng(poster); // loads the fonts
const firstMs = performance.now() - started;

const times: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  started = performance.now();
  await renderPosterPng(poster);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
console.log(`poster ${first.width}×${first.height} px, ${(first.png.length / 1024).toFixed(0)} KiB`);
console.log(`first render (font loading included): ${firstMs.toFixed(0)} ms`);
console.log(`render + PNG encode over ${ROUNDS} rounds: median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, min ${at(0).toFixed(0)} ms`);
