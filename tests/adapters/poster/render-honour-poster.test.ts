// The poster: a PNG of the expected size, not blank, and Chinese drawn with real glyphs
// (a font without them draws the same empty box for every character).
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { POSTER_SCALE, POSTER_WIDTH, renderHonourPoster, renderPosterPng } from "../../../src/adapters/poster/render-honour-poster.ts";
import { samplePoster } from "../../helpers/poster-sample.ts";

/** Width and height from the PNG header (IHDR). */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

async function pixels(png: Buffer) {
  const img = await loadImage(png);
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext("2d");
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, img.width, img.height);
}

describe("honour poster", { timeout: 60_000 }, () => {
  it("is a PNG 1080 px wide (a phone's full width) whose height grows with the rows", async () => {
    const full = await renderPosterPng(samplePoster(10));
    const short = await renderPosterPng(samplePoster(2));
    expect(full.png.subarray(1, 4).toString()).toBe("PNG");
    expect(pngSize(full.png)).toEqual({ width: POSTER_WIDTH * POSTER_SCALE, height: full.height });
    expect(full.width).toBe(1080);
    expect(full.height).toBeGreaterThan(3000);
    expect(full.height).toBeLessThan(7000);
    expect(short.height).toBeLessThan(full.height);
  });

  it("is not blank: banner red, card white and text dark all appear in quantity", async () => {
    const { data } = await pixels((await renderPosterPng(samplePoster(10))).png);
    let red = 0, white = 0, dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      if (r > 150 && g < 80 && b < 80) red++;
      else if (r > 250 && g > 250 && b > 250) white++;
      else if (r < 90 && g < 90 && b < 90) dark++;
    }
    const total = data.length / 4;
    expect(red / total).toBeGreaterThan(0.05);
    expect(white / total).toBeGreaterThan(0.2);
    expect(dark / total).toBeGreaterThan(0.003);
  });

  it("draws Chinese names with real glyphs: different names give different pixels", async () => {
    const render = async (name: string) => {
      const p = samplePoster(1);
      p.sections = [{ heading: "一网格", empty: null, rows: [{ rank: 1, name, points: "6分", deeds: "清理小广告3张", tie: false }] }];
      return (await pixels((await renderPosterPng(p)).png)).data;
    };
    const [a, b, same] = await Promise.all([render("张秀英"), render("刘建国"), render("张秀英")]);
    const differing = (x: Uint8ClampedArray, y: Uint8ClampedArray) => x.reduce((n, v, i) => n + (v !== y[i] ? 1 : 0), 0);
    expect(differing(a, same)).toBe(0);
    expect(differing(a, b)).toBeGreaterThan(2000); // a tofu box per character would make these equal
  });

  it("writes the file whole into a new folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "poster-"));
    try {
      const file = join(dir, "posters", "honour.png");
      await renderHonourPoster(samplePoster(3), file);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file)).width).toBe(1080);
      // The chat poster is a JPEG (by its name), 1080 px wide and well under 300 kB.
      const jpg = join(dir, "posters", "honour.jpg");
      await renderHonourPoster(samplePoster(10), jpg);
      const bytes = readFileSync(jpg);
      expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
      expect(bytes.length).toBeLessThan(300 * 1024);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
