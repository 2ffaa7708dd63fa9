// A bar chart as a PNG (the monthly report's points by week), drawn with the poster's canvas
// and font (loaded on first use, like the poster's), so the office's spreadsheet shows it without Excel's own charts.
import { FAMILY, loadCanvas } from "./render-honour-poster.ts";

export interface BarChart { title: string; bars: { label: string; value: number }[]; width?: number; height?: number }

export async function renderBarChartPng(c: BarChart): Promise<Buffer> {
  const { createCanvas } = await loadCanvas();
  const width = c.width ?? 900;
  const height = c.height ?? 420;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#FFFFFF";
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = "#2B1B12";
  ctx.font = `700 22px "${FAMILY}"`;
  ctx.fillText(c.title, 24, 38);
  const left = 60, right = width - 24, top = 64, bottom = height - 56;
  const max = Math.max(1, ...c.bars.map((b) => b.value));
  ctx.strokeStyle = "#BBBBBB";
  ctx.beginPath();
  ctx.moveTo(left, top);
  ctx.lineTo(left, bottom);
  ctx.lineTo(right, bottom);
  ctx.stroke();
  ctx.font = `400 14px "${FAMILY}"`;
  ctx.fillStyle = "#7A6A5E";
  ctx.fillText(String(max), 8, top + 5);
  ctx.fillText("0", 40, bottom + 5);
  const slot = (right - left) / Math.max(1, c.bars.length);
  c.bars.forEach((b, i) => {
    const h = (Math.max(0, b.value) / max) * (bottom - top);
    const x = left + i * slot + slot * 0.15;
    ctx.fillStyle = "#C8161D";
    ctx.fillRect(x, bottom - h, slot * 0.7, h);
    ctx.fillStyle = "#2B1B12";
    ctx.font = `700 15px "${FAMILY}"`;
    ctx.fillText(String(b.value), x, bottom - h - 6);
    ctx.font = `400 14px "${FAMILY}"`;
    ctx.fillText(b.label, x, bottom + 22);
  });
  return canvas.toBuffer("image/png");
}
