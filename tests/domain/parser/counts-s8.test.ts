// Quantities (issue s8, tuning batches 74-77): occasions told day by day, hours per day times the days,
// items counted lot by lot. Each row is our own wording of a kind, not a corpus line; the rows after
// each kind guard against counting too much.
import { describe } from "vitest";
import { reports } from "./table.ts";

describe("occasions told day by day are one a day", () => {
  reports([
    ["这周照看独居的何奶奶 周一帮她买了米 周三帮她修了水龙头 周五陪她晒了太阳", "elder_care:3"],
    ["上礼拜二去看了一个人住的钱爹爹,帮他收拾了屋子;礼拜六上午又去了一趟,给他送了包子。", "elder_care:2"],
    ["给三户独居老人送了药,礼拜二、礼拜四、礼拜六各送了一户", "elder_care:3"],
    ["楼下的空巢老人吴婆婆 这个礼拜 星期一和星期五我都去了 帮她拖地", "elder_care:2"],
    ["On Monday I visited Mr Bai, who lives alone, and did his washing; on Thursday I took him to the barber.", "elder_care:2"],
    ["这礼拜给独居的潘婆婆帮忙 礼拜二帮她拖了一回地;礼拜五帮她晒了被子;昨天帮她剪了指甲", "elder_care:3"],
    // A count in the story of one day is not that day's occasions.
    ["On Tuesday I gave my seat to a grandpa, who sat down only after saying no four times. Thursday I gave my seat to a pregnant woman.", "seat_giving:2"],
    // Found one day and handed back the next is one deed.
    ["前天在公交站捡到一个钱包 昨天找到失主还给他了", "lost_and_found:1"],
    // A total told first and broken down by days stays the total.
    ["这礼拜把单元门口扫了两回 礼拜一一回 礼拜四又一回", "litter_cleanup:2"],
    // Another day named in someone else's words is no occasion of the deed.
    ["今天给独居的欧阳婆婆送了午饭。她说昨天一天没吃东西,我又给她热了碗汤", "elder_care:1"],
    // A range of days is not two days.
    ["从周一到周五都在帮独居的林爹爹做饭", "elder_care:1"],
  ]);
});

describe("occasions counted in days, meals and visits", () => {
  reports([
    ["这个月每天晚上都去给独居的宋爹爹送饭,一共七天", "elder_care:7"],
    ["今天给空巢的秦婆婆送了两顿饭,早上一顿晚上一顿", "elder_care:2"],
    ["给一个人住的柳婆婆送饭 中午一顿 晚上一顿", "elder_care:2"],
    ["这个礼拜我去了三趟独居的袁爹爹屋里 一趟帮他换灯泡 一趟帮他买菜 一趟陪他散步", "elder_care:3"],
    // Trips while doing one deed are not occasions.
    ["帮隔壁新来的住户搬箱子上楼 来来回回跑了五趟", "helping_others:1"],
    ["楼道里的破纸箱我一个人拖下楼了 搬了三趟", "litter_cleanup:1"],
  ]);
});

describe("people helped one by one, told apart, are occasions", () => {
  reports([
    ["今天扶了两个老人过马路 一个在医院门口 一个在公园门口", "helping_others:2"],
    ["Carried shopping up the stairs for two different grannies today, one in the morning and the other after dinner.", "helping_others:2"],
    // Two helped together are one occasion.
    ["今天扶了两个老人过马路 一个拄拐杖 一个提着菜", "helping_others:1"],
  ]);
});

describe("hours of one range times the days it was kept", () => {
  reports([
    ["这个周末两天早上8点到10点在垃圾分类点当志愿者", "volunteer_service:4"],
    ["周二、周四、周六一共三个晚上,每次七点到九点在小区巡逻", "patrol:6"],
    // A day before the range is a day, not a count of days.
    ["前天晚上8点到10点在小区巡逻", "patrol:2"],
    ["今天早上7点到9点在垃圾分类点当志愿者", "volunteer_service:2"],
  ]);
});

describe("items counted lot by lot", () => {
  reports([
    ["撕小广告 礼拜三六张 礼拜五两张", "flyer_removal:8"],
    ["Scraped off the stickers: 3 on the front door, 2 near the lift, 1 beside the mailboxes.", "flyer_removal:6"],
    ["清理小广告:3栋2张;4栋5张;6栋1张", "flyer_removal:8"],
    ["清理小广告:3栋2张;4栋5张;6栋1张,还有1张太高没够到。合计8张", "flyer_removal:8"],
    // A failure after the lots is not counted.
    ["撕小广告:2栋4张;7栋3张,还有2张粘得太死撕不下来", "flyer_removal:7"],
  ]);
});

describe("how many were posted is not how many were taken down", () => {
  reports([
    ["车棚柱子上贴了四张贷款广告 我撕了三张 还有一张太高够不到", "flyer_removal:3"],
    ["单元门上贴了五张小广告 我全撕了", "flyer_removal:5"],
    ["门上贴了两张小广告 信箱上贴着三张 都撕掉了", "flyer_removal:5"],
    // Lots at new places: the posted one is its own lot.
    ["清小广告 2栋撕了3张,4栋楼道里贴了6张的,也撕了", "flyer_removal:9"],
  ]);
});
