// Quantities (issue s7, tuning batches 68-72): whole hours for per-hour deeds, items for per-item
// deeds, separate occasions for the rest. Each row is our own wording of a kind, not a corpus line.
import { describe } from "vitest";
import { reports } from "./table.ts";

describe("hours on several days or times add up", () => {
  reports([
    ["周一晚上巡逻了两个小时,周三又巡了一个小时", "patrol:3"],
    ["我这周在小区巡逻了 礼拜一两个钟头 礼拜五三个钟头", "patrol:5"],
    ["昨天晚上巡逻一个钟头 今天晚上两个钟头", "patrol:3"],
    ["Patrolled the estate for 2 hours on Monday and another 3 hours on Friday.", "patrol:5"],
    ["I volunteered at the library Monday 9 to 11 and Wednesday 9 to 11.", "volunteer_service:4"],
  ]);
});

describe("hours said again or corrected are not added", () => {
  reports([
    ["昨晚巡逻了三个小时 不对 是两个小时", "patrol:2"],
    ["今天在社区当了两个钟头志愿者 两个钟头啊 腰都酸了", "volunteer_service:2"],
  ]);
});

describe("hours per time times the days named", () => {
  reports([
    ["周二和周四在垃圾分类点当志愿者,每次两个小时", "volunteer_service:4"],
    ["礼拜一和礼拜三两天在社区图书室当志愿者,一次三个小时", "volunteer_service:6"],
    ["I volunteered at the food bank on Tuesday and Thursday, 3 hours each.", "volunteer_service:6"],
  ]);
});

describe("a total of hours told in a later sentence is the count", () => {
  reports([
    ["周五和周六晚上我都去小区巡逻了。两个晚上加起来五个小时。", "patrol:5"],
    ["周五和周六晚上我都去小区巡逻了,周五是8点到10点。两个晚上加起来五个小时。", "patrol:5"],
  ]);
});

describe("clock ranges in English, with a verb inside, with spaces", () => {
  reports([
    ["Last night I did the patrol from 7 o'clock to 10 o'clock.", "patrol:3"],
    ["Last night I walked the patrol from 8 o'clock to 11 o'clock.", "patrol:3"],
    ["Did the 2 to 5 shift as a volunteer at the community library.", "volunteer_service:3"],
    ["Volunteered at the community library today (9-12).", "volunteer_service:3"],
    ["I volunteered at the community library (10-1), sorting books.", "volunteer_service:3"],
    ["We patrolled blocks 2 to 6 from 8 to 10pm.", "patrol:2"],
    ["从七点搞到九点在小区里巡逻", "patrol:2"],
    ["昨晚在小区里巡逻 从八点搞到十点 车库也去看了", "patrol:2"],
    ["今天在社区帮忙 从两点弄到五点 当志愿者", "volunteer_service:3"],
    ["昨天晚上 7 点到 10 点在小区巡逻", "patrol:3"],
  ]);
});

describe("items: a total and its parts stay the total", () => {
  reports([
    ["今天撕了小广告共9张,其中3栋4张、5栋5张", "flyer_removal:9"],
    ["Removed the small ads: 4 on the gate and 3 on the wall, so 7 in total.", "flyer_removal:7"],
    ["Cleared the flyers today, 1 block 2 piece, 2 block 3 piece, total 5 piece.", "flyer_removal:5"],
    ["我数了一下 电梯里3张 楼道里4张 都撕干净了。撕小广告7张。", "flyer_removal:7"],
    ["今天撕小广告了 电梯里3张 楼道里4张。小广告撕了7张。", "flyer_removal:7"],
  ]);
});

describe("items: lots told with the counter left out add up", () => {
  reports([
    ["Took down flyers at block 2 (3 of them) and block 4 (2).", "flyer_removal:5"],
    ["Peeled 5 stickers off the lift and another 2 from around the stairwell.", "flyer_removal:7"],
    ["Took 4 of those flyers off the lift and another 2 from around the mailboxes.", "flyer_removal:6"],
    ["今天把单元门口的小广告撕了,一单元四张,二单元三张,三单元没有", "flyer_removal:7"],
    ["I removed stickers today: gate A had 3 stickers, gate B had 2, gate C had 4 but one of them would not come off.", "flyer_removal:8"],
  ]);
});

describe("items: one that would not come off is not counted, a denied count neither", () => {
  reports([
    ["铲了六张小广告 还有两张胶太厚了 怎么都铲不下来", "flyer_removal:6"],
    ["刚才说错了 不是五张 是八张 今天在车棚撕的小广告", "flyer_removal:8"],
  ]);
});

describe("occasions told one after another", () => {
  reports([
    ["给独居的刘奶奶送了早饭又送了晚饭", "elder_care:2"],
    ["早上给独居的李爹爹送了一回菜 晚上又送了一回饭", "elder_care:2"],
    ["上午帮忙指挥了一回交通 中午路口又堵了 我又去指挥了一回", "traffic_help:2"],
    ["礼拜二楼下两家吵架 我去劝开了;礼拜四楼上又吵 也是我去说和的。这个礼拜我劝了两回架。", "dispute_mediation:2"],
    ["Gave my seat to an old lady on the bus this morning, and on the way back did the same for a pregnant woman.", "seat_giving:2"],
    ["I gave my seat to an old man on bus 5 this morning. In the afternoon a pregnant lady got on and I stood up again.", "seat_giving:2"],
  ]);
});

describe("occasions counted past a remark, or as days in a row", () => {
  reports([
    ["This week I visited Granny Wu (she lives alone in block 3) twice, on Monday and Thursday.", "elder_care:2"],
    ["I visited Grandpa Li, who lives alone, three times this week.", "elder_care:3"],
    ["连着两天给独居的陈婆婆送饭", "elder_care:2"],
  ]);
});

describe("occasions counted and then told part by part stay the count", () => {
  reports([
    ["这个月我帮忙调解了两起纠纷 一起是漏水 一起是占车位", "dispute_mediation:2"],
    ["这个月我遇到两起吵架 一起是漏水 一起是占车位 都是我去劝和的", "dispute_mediation:2"],
    ["上个月我捡到过两回东西:一回是在车棚捡的钱包,当天还给了失主;另一回是在公交站捡到一部手机,也还给了失主", "lost_and_found:2"],
    ["这个月捡了两回东西:一回是一串钥匙,还给了失主;另一回是一个钱包,也还给了失主", "lost_and_found:2"],
    ["发现两处隐患:一处是楼道灭火器过期了,一处是井盖松了,都报给了物业", "hazard_report:2"],
    ["今天在学校门口疏导交通 两回 早上一回 下午又一回", "traffic_help:2"],
    ["今天在路口疏导交通 早上一回 下午又一回", "traffic_help:2"],
  ]);
});

describe("one visit told in steps is one occasion", () => {
  reports([
    ["陪独居的王奶奶去医院看病,挂号拿药,又送她回家", "elder_care:1"],
    ["给独居的赵爹爹洗了被子,擦了窗户,又陪他聊了一下午", "elder_care:1"],
  ]);
});

describe("stays one: amounts, bags, sums, durations of a per-occasion deed", () => {
  reports([
    ["今天献了400毫升血", "blood_donation:1"],
    ["坐3路公交给一个孕妇让了座", "seat_giving:1"],
    ["在绿化带捡了两大袋垃圾", "litter_cleanup:1"],
    ["给社区爱心箱捐了两百块钱", "donation:1"],
    ["Sat with the old lady who lives alone in block 5 for 3 hours this afternoon.", "elder_care:1"],
  ]);
});
