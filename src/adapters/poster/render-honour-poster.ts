// The honour-list poster: a red and gold banner, the ranking as cards, totals and an
// invitation, 1080 px wide: what a phone shows full width in a chat. Saved as JPEG (a .jpg
// file, about a tenth of the PNG's bytes and encoding time) or PNG (.png). The font (Noto Sans SC) comes from an npm package, so nothing
// is fetched at run time and the poster looks the same on every machine.
import type { SKRSContext2D } from "@napi-rs/canvas";
import { createRequire } from "node:module";
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Words to lay out, all in the reader's language (the scheduler's PosterData fits). */
export interface PosterInput {
  title: string;
  community: string;
  subtitle: string;
  /** `more`: a line under the rows; a row with empty `deeds` is a short one-line card. */
  sections: { heading: string; empty: string | null; more?: string | null; rows: { rank: number; name: string; points: string; deeds: string; tie: boolean }[] }[];
  totals: string;
  note: string;
  footer: string;
  tieLabel: string;
}

export const POSTER_WIDTH = 1080;
export const POSTER_SCALE = 1;
/** JPEG quality: text stays crisp on a phone, and the file stays far below 300 kB. */
const JPEG_QUALITY = 68;
export const FAMILY = "DeedBank Noto Sans SC";
const RED = "#C8161D";
const DARK_RED = "#8E0F14";
const GOLD = "#F6C453";
const CREAM = "#FFF6E5";
const INK = "#2B1B12";
const GREY = "#7A6A5E";
const MEDALS = ["#E2A925", "#A7AFB8", "#C27A45"];
const PAD = 56;

// The native canvas and its fonts are loaded the first time a poster is drawn, not when the
// bot starts: a bot that draws posters once a week does not carry them all week.
type Canvas = typeof import("@napi-rs/canvas");
let canvasModule: Canvas | null = null;
export async function loadCanvas(): Promise<Canvas> {
  if (canvasModule) return canvasModule;
  const canvas = await import("@napi-rs/canvas");
  const { GlobalFonts } = canvas;
  const dir = dirname(createRequire(import.meta.url).resolve("@expo-google-fonts/noto-sans-sc/package.json"));
  for (const face of ["400Regular/NotoSansSC_400Regular.ttf", "700Bold/NotoSansSC_700Bold.ttf", "900Black/NotoSansSC_900Black.ttf"]) {
    if (!GlobalFonts.registerFromPath(join(dir, face), FAMILY)) throw new Error(`cannot load the poster font ${face}`);
  }
  canvasModule = canvas;
  return canvas;
}

const font = (weight: 400 | 700 | 900, size: number) => `${weight} ${size}px "${FAMILY}"`;

/** Breaks text into at most `maxLines` lines of `width`, ending with … when cut. */
function wrap(ctx: SKRSContext2D, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of [...text]) {
    if (ctx.measureText(line + ch).width > width && line) {
      lines.push(line);
      line = "";
      if (lines.length === maxLines) break;
    }
    line += ch;
  }
  if (lines.length < maxLines && line) lines.push(line);
  else if (line && lines.length === maxLines) {
    let last = lines[maxLines - 1] ?? "";
    while (last && ctx.measureText(`${last}…`).width > width) last = [...last].slice(0, -1).join("");
    lines[maxLines - 1] = `${last}…`;
  }
  return lines;
}

function roundRect(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

type Draw = (ctx: SKRSContext2D) => void;

/** Lays the poster out top to bottom; returns its height and the drawing steps. */
function layout(measure: SKRSContext2D, p: PosterInput): { height: number; steps: Draw[] } {
  const W = POSTER_WIDTH;
  const steps: Draw[] = [];
  let y = 0;

  // Banner: community, big gold title, the week.
  const bannerH = 360;
  steps.push((ctx) => {
    const g = ctx.createLinearGradient(0, 0, 0, bannerH);
    g.addColorStop(0, "#E0312B");
    g.addColorStop(1, DARK_RED);
    ctx.fillStyle = g;
    ctx.fillRect(0, 0, W, bannerH);
    ctx.strokeStyle = GOLD;
    ctx.lineWidth = 3;
    ctx.strokeRect(24, 24, W - 48, bannerH - 48);
    ctx.lineWidth = 1;
    ctx.strokeRect(34, 34, W - 68, bannerH - 68);
    ctx.textAlign = "center";
    ctx.fillStyle = "#FFFFFF";
    ctx.font = font(700, 42);
    ctx.fillText(p.community, W / 2, 106);
    ctx.fillStyle = GOLD;
    ctx.font = font(900, 124);
    ctx.letterSpacing = "16px";
    ctx.fillText(p.title, W / 2 + 8, 244);
    ctx.letterSpacing = "0px";
    ctx.fillStyle = "#FFE9C2";
    ctx.font = font(400, 34);
    ctx.fillText(p.subtitle, W / 2, 306);
  });
  y = bannerH + 24;

  for (const section of p.sections) {
    const top = y;
    steps.push((ctx) => {
      ctx.font = font(700, 40);
      ctx.textAlign = "center";
      ctx.fillStyle = RED;
      ctx.fillText(section.heading, W / 2, top + 62);
      const half = ctx.measureText(section.heading).width / 2;
      ctx.strokeStyle = GOLD;
      ctx.lineWidth = 4;
      for (const [a, b] of [[PAD + 40, W / 2 - half - 28], [W / 2 + half + 28, W - PAD - 40]] as const) {
        ctx.beginPath();
        ctx.moveTo(a, top + 48);
        ctx.lineTo(b, top + 48);
        ctx.stroke();
      }
    });
    y += 96;
    /** A grey centred line (an empty list, or where the rest of the list is). */
    const greyLine = (text: string, size: number, baseline: number, height: number) => {
      const at = y;
      steps.push((ctx) => {
        ctx.font = font(400, size);
        ctx.textAlign = "center";
        ctx.fillStyle = GREY;
        ctx.fillText(text, W / 2, at + baseline);
      });
      y += height;
    };
    if (section.empty) {
      greyLine(section.empty, 32, 40, 80);
      continue;
    }
    for (const row of section.rows) {
      measure.font = font(700, 44);
      const pointsW = Math.max(150, measure.measureText(row.points).width + 20);
      measure.font = font(400, 30);
      const textX = PAD + 128;
      const deeds = row.deeds ? wrap(measure, row.deeds, W - PAD - 24 - pointsW - textX, 2) : [];
      // A row without deeds (the community's top 3 under a grid's list) is a short card; a tie
      // label still needs the room below the points.
      const h = deeds.length === 0 && !row.tie ? 40 + 52 + 28 : 40 + 52 + Math.max(1, deeds.length) * 42 + 30;
      const at = y;
      const nameY = deeds.length === 0 && !row.tie ? at + 70 : at + 80;
      steps.push((ctx) => {
        const cardX = PAD;
        const cardW = W - 2 * PAD;
        // The card's shadow: two soft offset layers instead of a blurred shadow (a Gaussian blur
        // over every card was most of a poster's drawing time, issue 14).
        ctx.fillStyle = "rgba(120, 60, 20, 0.05)";
        roundRect(ctx, cardX - 2, at + 2, cardW + 4, h - 16 + 6, 24);
        ctx.fill();
        ctx.fillStyle = "rgba(120, 60, 20, 0.06)";
        roundRect(ctx, cardX, at + 3, cardW, h - 16 + 2, 22);
        ctx.fill();
        ctx.fillStyle = "#FFFFFF";
        roundRect(ctx, cardX, at, cardW, h - 16, 22);
        ctx.fill();
        if (row.rank <= 3) {
          // An accent on the card's left edge, inside its rounded corners.
          ctx.save();
          roundRect(ctx, cardX, at, cardW, h - 16, 22);
          ctx.clip();
          ctx.fillStyle = MEDALS[row.rank - 1] ?? GOLD;
          ctx.fillRect(cardX, at, 10, h - 16);
          ctx.restore();
        }
        // Rank badge: gold, silver and bronze for the first three.
        const cx = cardX + 62;
        const cy = at + (h - 16) / 2;
        ctx.beginPath();
        ctx.arc(cx, cy, 34, 0, Math.PI * 2);
        if (row.rank <= 3) {
          ctx.fillStyle = MEDALS[row.rank - 1] ?? GOLD;
          ctx.fill();
        } else {
          ctx.strokeStyle = RED;
          ctx.lineWidth = 3;
          ctx.stroke();
        }
        ctx.fillStyle = row.rank <= 3 ? "#FFFFFF" : RED;
        ctx.font = font(900, row.rank >= 10 ? 30 : 36);
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.fillText(String(row.rank), cx, cy + 2);
        ctx.textBaseline = "alphabetic";
        // Name, deeds, points.
        ctx.textAlign = "left";
        ctx.fillStyle = INK;
        ctx.font = font(700, 44);
        ctx.fillText(row.name, textX, nameY);
        ctx.fillStyle = GREY;
        ctx.font = font(400, 30);
        deeds.forEach((line, i) => ctx.fillText(line, textX, at + 126 + i * 42));
        ctx.textAlign = "right";
        ctx.fillStyle = RED;
        ctx.font = font(700, 44);
        ctx.fillText(row.points, W - PAD - 28, nameY);
        if (row.tie) {
          ctx.font = font(400, 26);
          ctx.fillStyle = GREY;
          ctx.fillText(p.tieLabel, W - PAD - 28, at + 122);
        }
      });
      y += h;
    }
    if (section.more) greyLine(section.more, 28, 30, 52);
    y += 12;
  }

  // Totals, the tie rule, and the invitation at the foot.
  const totalsAt = y;
  steps.push((ctx) => {
    ctx.textAlign = "center";
    ctx.fillStyle = INK;
    ctx.font = font(700, 32);
    ctx.fillText(p.totals, W / 2, totalsAt + 44);
    ctx.fillStyle = GREY;
    ctx.font = font(400, 26);
    ctx.fillText(p.note, W / 2, totalsAt + 90);
  });
  y += 130;
  const footerAt = y;
  const footerH = 130;
  steps.push((ctx) => {
    ctx.fillStyle = RED;
    ctx.fillRect(0, footerAt, W, footerH);
    ctx.fillStyle = GOLD;
    ctx.fillRect(0, footerAt, W, 6);
    ctx.textAlign = "center";
    ctx.fillStyle = "#FFFFFF";
    ctx.font = font(700, 34);
    ctx.fillText(p.footer, W / 2, footerAt + 78);
  });
  return { height: y + footerH, steps };
}

/** Renders the poster to PNG bytes; `width` and `height` are in pixels. */
export async function renderPosterPng(p: PosterInput): Promise<{ png: Buffer; width: number; height: number }> {
  const { data, width, height } = await renderPoster(p, "png");
  return { png: data, width, height };
}

/** Renders the poster to PNG or JPEG bytes; `width` and `height` are in pixels. */
export async function renderPoster(p: PosterInput, format: "png" | "jpeg"): Promise<{ data: Buffer; width: number; height: number }> {
  const { createCanvas } = await loadCanvas();
  const measure = createCanvas(10, 10).getContext("2d");
  const { height, steps } = layout(measure, p);
  const canvas = createCanvas(POSTER_WIDTH * POSTER_SCALE, Math.ceil(height) * POSTER_SCALE);
  const ctx = canvas.getContext("2d");
  ctx.scale(POSTER_SCALE, POSTER_SCALE);
  ctx.fillStyle = CREAM;
  ctx.fillRect(0, 0, POSTER_WIDTH, height);
  for (const step of steps) {
    ctx.save();
    step(ctx);
    ctx.restore();
  }
  const data = format === "jpeg" ? await canvas.encode("jpeg", JPEG_QUALITY) : await canvas.encode("png");
  return { data, width: canvas.width, height: canvas.height };
}

/**
 * Renders the poster to `file`, JPEG for .jpg/.jpeg and PNG otherwise (written whole, then
 * moved into place: readers never see half a file).
 */
export async function renderHonourPoster(p: PosterInput, file: string): Promise<void> {
  const { data: png } = await renderPoster(p, /\.jpe?g$/i.test(file) ? "jpeg" : "png");
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** A3 portrait in PDF points (297 × 420 mm). */
const A3 = { width: 842, height: 1191 } as const;

/**
 * The printable honour roll for the notice board: one A3 page per poster (the community's
 * list first, then each grid's), each scaled to fill the page, as vector PDF with the font
 * embedded, so it prints sharp at any size.
 */
export async function renderHonourPdf(pages: readonly PosterInput[], file: string, title: string): Promise<void> {
  const { createCanvas, PDFDocument } = await loadCanvas();
  const measure = createCanvas(10, 10).getContext("2d");
  const doc = new PDFDocument({ title, creator: "DeedBank" });
  for (const p of pages) {
    const { height, steps } = layout(measure, p);
    const ctx = doc.beginPage(A3.width, A3.height);
    ctx.fillStyle = CREAM;
    ctx.fillRect(0, 0, A3.width, A3.height);
    const scale = Math.min(A3.width / POSTER_WIDTH, A3.height / height);
    ctx.translate((A3.width - POSTER_WIDTH * scale) / 2, (A3.height - height * scale) / 2);
    ctx.scale(scale, scale);
    for (const step of steps) {
      ctx.save();
      step(ctx as unknown as SKRSContext2D);
      ctx.restore();
    }
    doc.endPage();
  }
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, doc.close());
  renameSync(tmp, file);
}
