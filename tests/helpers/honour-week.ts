// A week of deeds in the demo community (week 47 of 2026, Asia/Shanghai), and a look at
// what the scheduled posts left in the database.
import { rawAll } from "./raw-sql.ts";
import type { TestApp } from "./test-app.ts";

/** Wednesday of 2026-W47, 10:00 in Shanghai. */
export const IN_W47 = "2026-11-18T02:00:00Z";
/** Monday 23 Nov 2026, 09:00 in Shanghai: when W47's list is due. */
export const DUE_W47 = "2026-11-23T01:00:00Z";

/** 张秀英 8 flyers (16), 刘建国 traffic (3), 陈志强 (masked) 3 flyers (6), 李光喜 in 二网格 a seat (2). */
export async function playWeek47(app: TestApp): Promise<string> {
  app.setNow(IN_W47);
  return app.chat([
    "张秀英: 早上撕了3张小广告",
    "王敏: 通过 1",
    "刘建国: 今天在小区门口义务交通疏导",
    "王敏: 通过 2",
    "李光喜: 给老人让座",
    "赵磊: 通过 3",
    "陈志强: 匿名上榜",
    "陈志强: 撕了3张小广告",
    "王敏: 通过 4",
    "张秀英: 下午又清理了5张小广告",
    "王敏: 通过 5",
  ]);
}

export interface OutboxRow { chatId: string; text: string; payload: string; dedupeKey: string | null }

/** Every outbox row and scheduled-post record, straight from the file (whatever was sent since). */
export async function postsIn(app: TestApp): Promise<{ outbox: OutboxRow[]; records: { job: string; period: string; chatGroupId: number }[] }> {
  return {
    outbox: await rawAll<OutboxRow>(app, `SELECT "chatId", text, payload, "dedupeKey" FROM "OutboxMessage" WHERE "dedupeKey" LIKE 'job:%' ORDER BY id`),
    records: await rawAll(app, `SELECT job, period, "chatGroupId" FROM "ScheduledPost" ORDER BY id`),
  };
}
