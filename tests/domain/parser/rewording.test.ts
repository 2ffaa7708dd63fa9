// One deed, many wordings: synonyms, word order, Chinese and English. A rule that knows only
// one wording of a deed fails here. Each group must read the same (deeds, quantity, doer), or
// all as chatter.
import { describe, expect, it } from "vitest";
import { DEFAULT_CATALOG } from "../../../src/domain/default-catalog.ts";
import { createParser } from "../../../src/domain/parser/index.ts";

const parse = createParser(DEFAULT_CATALOG);
const read = (text: string): string => {
  const r = parse({ text, sender: "汤丽" });
  return r.isReport ? `${r.deeds.map((d) => `${d.category}×${d.quantity}`).sort().join("+")} by ${r.doer ?? "sender"}` : "not a report";
};

const GROUPS: Array<{ want: string; wordings: string[] }> = [
  { want: "dispute_mediation×1 by sender", wordings: [
    "楼下两家吵架 我克当了回和事佬",
    "楼下两家吵架,我把他们劝开了",
    "帮两家邻居调解了纠纷",
    "Two neighbours were arguing and I got them to stop",
    "I played peacemaker between the two neighbours",
    "mediated a row between two neighbours today",
  ] },
  { want: "donation×1 by sender", wordings: [
    "往募捐箱里塞了一百块",
    "在捐款箱里投了一百块钱",
    "Dropped 100 yuan into the donation box",
    "put 100 yuan in the charity box this morning",
  ] },
  { want: "traffic_help×1 by sender", wordings: [
    "修路的时候我拿小旗子在路口指挥车子",
    "我在路口帮忙疏导交通",
    "Waved cars through at the roadworks this morning",
    "directed traffic at the junction with a flag",
  ] },
  { want: "flyer_removal×5 by sender", wordings: [
    "1单元撕了3张 2单元撕了2张",
    "撕了五张小广告",
    "小广告撕了5张",
    "今天把五张小广告撕掉了",
    "tore down 5 small ads",
    "removed five stickers from the lift",
  ] },
  { want: "flyer_removal×2 by sender", wordings: [
    "撕了俩小广告 还有一张撕不动",
    "撕了两张小广告 剩下一张撕不下来",
    "撕了两张小广告 以后看到一张铲一张",
  ] },
  { want: "litter_cleanup×1 by 小胖", wordings: [
    "@小胖 你扫的楼道好干净 谢谢你",
    "@小胖 楼道是你扫的 辛苦了",
    "表扬一下小胖 今天把楼道扫了",
  ] },
  { want: "elder_care×1 by sender", wordings: [
    "Took Grandpa Zhou (lives alone) to the hospital",
    "把独居的周爹爹送到医院了",
    "陪独居的周爹爹去医院看了病",
  ] },
  { want: "volunteer_service×2 by sender", wordings: [
    "在垃圾分类点督导了两个小时",
    "下午在岗亭值守了两个钟头",
    "Supervised the rubbish sorting for 2 hours",
    "Stood guard at the gate post for two hours",
  ] },
  { want: "collective_activity×1 by sender", wordings: [
    "昨天参加了居民议事会",
    "居民议事会 昨天去参加了",
    "Attended the residents meeting yesterday",
    // Learners' English: the time word carries the tense.
    "Yesterday I join the residents meeting",
    "I attend the residents meeting yesterday evening",
  ] },
  { want: "not a report", wordings: [
    // A tenseless base form without a past time word tells a habit or a plan.
    "I join the residents meeting every month",
    "I will join the residents meeting",
  ] },
  { want: "seat_giving×1 by sender", wordings: [
    "在地铁上给一位老奶奶让了座",
    "给一位老奶奶让了个座 在地铁上",
    "地铁上起身把座位让给了一个老奶奶",
    "Gave my seat to an elderly lady on the subway",
    "On the subway I gave up my seat for an old lady",
  ] },
  { want: "patrol×3 by sender", wordings: [
    "晚上7点到10点在小区巡逻",
    "在小区巡逻了三个小时",
    "巡逻 三个钟头 小区里",
    "Patrolled the estate for three hours tonight",
    "did a 3 hour patrol round the estate",
  ] },
  { want: "blood_donation×1 by sender", wordings: [
    "今天去献了血",
    "今天献血400毫升",
    "血献了 今天上午",
    "Donated blood this morning",
    "gave blood at the hospital today",
  ] },
  { want: "lost_and_found×1 by sender", wordings: [
    "捡到一个钱包 已经还给失主了",
    "把捡到的钱包还给了失主",
    "Found a wallet and returned it to its owner",
    "returned a lost wallet to the owner",
  ] },
  { want: "not a report", wordings: [
    // The one helped is the sender's own kin, named before or after the deed.
    "扶我外婆过了马路",
    "扶了一个老太太过马路 是我自己的外婆",
    "陪我奶奶去医院拿药",
    // A habit that has ended.
    "以前天天去巡逻 现在腰不好去不了了",
    "每个礼拜都去献血 现在不让献了",
  ] },
  { want: "not a report", wordings: [
    "我媳妇天天帮她婆婆洗衣服",
    "My wife helps her mum with the laundry at home",
    "谢谢那个穿红衣服的大姐帮我推车",
    "To the lady in the red coat who helped me with my pram, thank you",
    "Whoever swept the stairs, thank you",
    "不晓得哪个把楼道扫了 谢谢",
    "以前年年都克献血",
    "Used to donate blood every year",
    "捡到一串钥匙 还没找到失主",
    "Found some keys, still looking for the owner",
    "已录入:刘芳 让座 +2",
    "Patrol team: meet at the north gate at 7:30, bring a torch",
  ] },
];

describe("rewordings of one deed read the same", () => {
  for (const g of GROUPS) {
    it.each(g.wordings)(`${g.want}: %s`, (text) => {
      expect(read(text)).toBe(g.want);
    });
  }
});
