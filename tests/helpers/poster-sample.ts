// A full poster's content: a grid's list and the community's top 10, with long deed lists,
// a masked name, a tie and a Latin name (for the poster test and the benchmark).
import type { PosterInput } from "../../src/adapters/poster/render-honour-poster.ts";

const NAMES = ["张秀英", "刘建国", "王*兰", "陈志强", "李光喜", "Anna", "赵淑芬", "孙德胜", "周桂香", "吴建华"];
const DEEDS = ["清理小广告12张、义务交通疏导1次", "关爱孤寡老人2次", "让座1次、助人为乐1次、清理垃圾、打扫公共区域3次、社区志愿服务2小时、无偿献血1次"];

export function samplePoster(rows = 10): PosterInput {
  const list = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      rank: i + 1, name: NAMES[i % NAMES.length] ?? "?", points: `${40 - 3 * i - (i === 2 ? 3 : 0)}分`,
      deeds: DEEDS[i % DEEDS.length] ?? "", tie: i === 2 || i === 3,
    }));
  return {
    title: "光荣榜",
    community: "白石坡社区",
    subtitle: "2026年第47周(11月16日—11月22日)",
    sections: [
      { heading: "一网格", empty: null, rows: list(Math.min(4, rows)) },
      { heading: "全社区前 10 名", empty: null, rows: list(rows) },
    ],
    totals: "这周 23 件好事获认可 · 12 位居民参与 · 共 187 分",
    note: "同分时,先达到该分数的在前",
    footer: "做了好事在群里说一声,下周光荣榜上就有您!",
    tieLabel: "并列",
  };
}
