// One table per phenomenon the parser must handle, with examples of our own.
import { describe, it } from "vitest";
import { chatter, expectReport, reports, type Row } from "./table.ts";

describe("numerals: Arabic, Chinese, English", () => {
  reports([
    ["铲了7张牛皮癣", "flyer_removal:7"],
    ["楼道里撕了十二张小广告", "flyer_removal:12"],
    ["撕了两张小广告", "flyer_removal:2"],
    ["电梯里的小广告撕了俩张", "flyer_removal:2"],
    ["一共清理了二十五张小广告", "flyer_removal:25"],
    ["撕掉一张开锁广告", "flyer_removal:1"],
    ["Tore off nine stickers from the bus shelter", "flyer_removal:9"],
    ["removed twenty-one flyers along the fence", "flyer_removal:21"],
    ["今天撕了二三十张小广告", "flyer_removal:20"],
    ["We've cleared all the flyers off the noticeboard - 14 of them", "flyer_removal:14"],
    ["巡逻了俩小时", "patrol:2"],
    ["当了五个小时志愿者", "volunteer_service:5"],
  ]);
});

describe("hour ranges give whole hours", () => {
  reports([
    ["晚上7点到10点在北区巡逻", "patrol:3"],
    ["下午2点到5点在社区服务站当志愿者", "volunteer_service:3"],
    ["13:30-16:00 在图书室值班", "volunteer_service:2"],
    ["从早上八点干到十一点半的志愿服务", "volunteer_service:3"],
    ["Patrolled from 7 to 10pm around the east blocks", "patrol:3"],
    ["一个半小时的巡逻", "patrol:1"],
    ["巡逻了半个小时", "patrol:1"],
  ]);
});

describe("units per category: items, hours, occasions", () => {
  reports([
    ["今年第五次献血了", "blood_donation:1"],
    ["捡了三袋垃圾", "litter_cleanup:1"],
    ["坐8路车让了三次座", "seat_giving:3"],
    ["给独居的冯奶奶送了两回饭", "elder_care:2"],
    ["疏导交通两个小时", "traffic_help:1"],
    ["捐了五百块钱给困难户", "donation:1"],
    ["献了300毫升血", "blood_donation:1"],
    ["上午巡逻下午又撕了4张小广告", "patrol:1,flyer_removal:4"],
  ]);
});

describe("two deeds in one message", () => {
  reports([
    ["今天捐了血 还给灾区捐了两百块", "blood_donation,donation"],
    ["上午巡逻了一个钟下午又克社区当了两个钟头志愿者", "patrol:1,volunteer_service:2"],
    ["撕了5张小广告还巡逻了三个小时", "flyer_removal:5,patrol:3"],
    ["巡逻了两个小时 还在路上捡到一个手机还给了失主", "patrol:2,lost_and_found"],
    ["参加了社区的反诈讲座,会后又帮着调解了两家的矛盾", "collective_activity,dispute_mediation"],
    ["Swept the stairwell and removed 3 stickers from the lift", "litter_cleanup,flyer_removal:3"],
  ]);
});

describe("reporting a neighbour", () => {
  reports([
    ["表扬一下8栋的罗建平,今天在东门帮忙疏导交通", "traffic_help", "罗建平"],
    ["给老万点个赞 昨天冒雨巡逻了三个钟头", "patrol:3", "老万"],
    ["感谢@孙海燕 帮独居的钱婆婆打扫了屋子", "elder_care", "孙海燕"],
    ["@余建国 今天去中心血站献了血", "blood_donation", "余建国"],
    ["必须夸夸隔壁的小吴,把楼道里的杂物全清走了", "litter_cleanup", "小吴"],
    ["Thanks to Maria from 2-101 for taking down the flyers in our lift", "flyer_removal", "Maria"],
  ]);
});

describe("kinship, nicknames, titles", () => {
  reports([
    ["王阿姨今天在公交上给孕妇让了座", "seat_giving", "王阿姨"],
    ["老周昨晚又巡逻了两个小时", "patrol:2", "老周"],
    ["小李把单元门口的小广告都撕了", "flyer_removal", "小李"],
    ["张婶给社区爱心超市捐了一箱牛奶", "donation", "张婶"],
    ["李爹爹一大早就把小区门口扫得干干净净", "litter_cleanup", "李爹爹"],
    ["小陈今天克楼下把那些牛皮癣铲得干干净净", "flyer_removal", "小陈"],
    ["多亏刘建华老师出面调解,两家终于和好了", "dispute_mediation", "刘建华"],
    ["周海军师傅发现地下室漏电,马上报给了物业", "hazard_report", "周海军"],
    ["Uncle Zhang from Block 4 directed traffic at the crossing this morning", "traffic_help", "Uncle Zhang"],
  ]);
});

describe("people who received help are not doers", () => {
  reports([
    ["早上在路上看到一个婆婆摔倒了我把她扶起来送回了屋", "helping_others"],
    ["扶王爹爹过了马路", "helping_others"],
    ["给独居的李奶奶洗了衣服", "elder_care"],
    ["帮6栋的陈阿姨把米扛上了楼", "helping_others"],
    ["Helped Mrs Gao carry her groceries up to the 5th floor", "helping_others"],
  ]);
  it.each<Row>([
    ["王爹爹被小李扶过了马路", "helping_others", "小李"],
    ["我妈摔倒了 是隔壁的小吴把她扶起来的", "helping_others", "小吴"],
    ["Kevin (3-2) swept the stairs", "litter_cleanup", "Kevin"],
  ])("%s → doer %s", (text, deeds, doer) => expectReport(text, deeds, doer));
});

describe("negation", () => {
  chatter([
    "今天没去巡逻",
    "冇去献血 排队的人太多了",
    "本来要去撕小广告的 结果没去成",
    "那几张小广告太牢了 一张都没撕下来",
    "不是我扶的那个爹爹 别谢我",
    "I didn't make it to the patrol last night",
    "Nobody cleaned the stairwell this week",
    "We've had no patrol for a week now",
    "Can't make the patrol tonight, sorry",
  ]);
  reports([
    ["巡逻了两个小时 冇发现么事", "patrol:2"],
    ["撕了5张小广告,没想到这么难撕", "flyer_removal:5"],
    ["晚上巡逻了两个小时 一个人都冇碰到", "patrol:2"],
    ["看到路边的井盖冇得盖子 马上打了12345", "hazard_report"],
  ]);
});

describe("plans and future", () => {
  chatter([
    "明天上午去献血",
    "打算周末把楼道扫一下",
    "下周准备去看望独居的刘爹爹",
    "等哈克把门口的小广告撕了",
    "I will patrol on Saturday night",
    "Going to donate blood tomorrow morning",
    "Patrol tomorrow night anyone?",
  ]);
  reports([["Caught a thief trying to steal a bike", "heroic_act"]]);
});

describe("questions", () => {
  chatter([
    "撕小广告能加几分?",
    "巡逻算不算志愿服务",
    "献血要带身份证吗",
    "让座么样算分",
    "Can I get points for picking up litter?",
    "Does patrolling count per hour",
  ]);
});

describe("unnamed doers", () => {
  chatter([
    "I saw someone tearing down the flyers this morning, good on them",
    "看到有人在楼下撕小广告",
    "有个好心人把楼道扫干净了",
    "不知道谁把单元门口的小广告都撕了",
    "不晓得哪个把我丢的钥匙送回来了",
    "一位大姐在公交上给我妈让了座",
    "Someone picked up all the litter by the pond",
  ]);
});

describe("advice, points talk and possibilities are not reports", () => {
  chatter([
    "撕小广告的时候要注意 有的贴得蛮高",
    "巡逻一晚上才两分 太少了吧",
    "献完血可以领一箱牛奶",
    "I might do a litter pick later if it stops raining",
  ]);
  reports([
    ["搞了两个钟头的义工 在社区帮老人理发", "volunteer_service:2"],
    ["早高峰路口堵车 我下去疏导了一下交通 后来又扶一个老太太过了马路", "traffic_help,helping_others"],
  ]);
});

describe("everyday family chores are not deeds", () => {
  chatter([
    "送孩子上学的路上堵了半个小时",
    "陪孩子在小区里玩了一下午",
    "捡了个便宜 菜才两块钱一斤",
    "今天去参加了公司的培训",
    "Went to a party last night",
    "Picked up my kids from school",
  ]);
});

describe("news forwarded from elsewhere", () => {
  chatter(["转发:襄阳一市民跳江救起落水儿童", "新闻里说有个外卖小哥扶起了摔倒的老人", "Saw on the news that a bus driver saved a child"]);
});

describe("grid workers' announcements and approval logs", () => {
  chatter([
    "【通知】周六上午组织志愿者清理河道垃圾,请大家报名",
    "请各位居民注意,撕小广告要拍照留存",
    "审核通过:张伟 巡逻3小时 +6分",
    "已审核 李红 献血 积分已发放",
    "approved: flyer removal ×5 for Anna, +10 points",
  ]);
});

describe("addressing the people who run the scheme", () => {
  reports([
    ["@网格员小王 今天巡逻了两个小时", "patrol:2"],
    ["@社区周书记 昨天给独居的王婆婆送了饭", "elder_care"],
  ]);
  chatter(["通过 12 巡逻 3", "驳回 15 理由不清楚", "/approve 7"]);
});

describe("counts written as multipliers", () => {
  reports([["撕小广告 x5", "flyer_removal:5"], ["让座×2", "seat_giving:2"]]);
});

describe("quotes of other messages", () => {
  chatter(["「张伟:昨晚巡逻了3小时」\n- - - - - - - - - - -\n辛苦了[强]", "> 今天撕了5张小广告\n厉害厉害"]);
});

describe("emoji and WeChat sticker codes", () => {
  reports([
    ["今天献了血💪[强]", "blood_donation"],
    ["[抱拳]给独居的刘婆婆送了饭🍚", "elder_care"],
  ]);
  chatter(["[强][强][强]", "👍👍", "[图片]"]);
});

describe("no punctuation (voice-to-text run-ons)", () => {
  reports([
    ["今天早上在楼下撕了六张小广告然后又把楼道扫了一遍", "flyer_removal:6,litter_cleanup"],
    ["昨天晚上八点到十点在小区巡逻冇得么事", "patrol:2"],
    ["老张今天在菜场门口捡到一个钱包等了一个钟头还给了失主", "lost_and_found", "老张"],
  ]);
  chatter(["明天我克巡逻有冇得人一起", "楼道里又贴了小广告哪个来管一下"]);
});

describe("typos of common words", () => {
  reports([
    ["今天在公交上让坐了", "seat_giving"],
    ["晚上巡罗了一个小时", "patrol:1"],
    ["当了两个小时的自愿者", "volunteer_service:2"],
    ["铲了5张牛皮藓", "flyer_removal:5"],
    ["作天献了血", "blood_donation"],
  ]);
});

describe("report tags", () => {
  reports([
    ["#好人好事 帮邻居修好了门锁", ""],
    ["申报 今天做了件好事", ""],
    ["/report 巡逻 2小时", "patrol:2"],
    ["#好人好事 明天要去献血", ""],
  ]);
  chatter(["申报巡逻要拍照吗", "申报的积分什么时候到"]);
  it("reads a form, with the count on its own line", () => {
    expectReport("【好人好事申报】\n姓名:高建华\n事项:义务巡逻\n时长:3小时", "patrol:3", null, "高建华");
  });
});

describe("unpunctuated voice-to-text (batch 13)", () => {
  reports([
    ["么样报积分啊我昨天扫了楼道", "litter_cleanup:1"],
    ["巡逻到十一点从八点开始的", "patrol:3"],
    ["晚上巡逻到10点从7点开始", "patrol:3"],
    ["楼下那个井盖冇得了我已经跟物业讲了", "hazard_report:1"],
    ["在河边捡到一个钱包里面有几多钱不晓得反正交给派出所了", "lost_and_found:1"],
    ["今天跟我屋里那个一起克参加了社区的广场舞比赛", "collective_activity:1"],
    ["老王把楼道扫得干干净净的谢谢", "litter_cleanup:1", "老王"],
    ["在河边把一个落水的伢拉起来了", "heroic_act:1"],
    ["volunteered at the community center for 3 hours sorting donations", "volunteer_service:3"],
  ]);
  chatter([
    "我等哈克把楼道扫一下",
    "明天一起克献血吧",
    "钱包里有几多钱啊",
  ]);
});

describe("nicknames and pets (batch 13)", () => {
  reports([
    ["阿强今天在地铁上给一个老人让座了", "seat_giving:1", "阿强"],
    ["小李子今天把电梯间贴的12张小广告全撕了", "flyer_removal:12", "小李子"],
    ["表扬一下刚子,昨天跳进池塘把落水的小孩救上来了", "heroic_act:1", "刚子"],
  ]);
  chatter([
    "哈哈哈我家狗今天在小区巡逻了一圈",
    "my dog patrolled the hallway all night",
  ]);
});

describe("addressees, hearsay and asked amounts (batch 14)", () => {
  reports([
    ["@王主任 谢谢你昨天帮我们把楼道扫干净了", "litter_cleanup:1", "王主任"],
    ["@社区王主任 昨天帮我们单元调解了漏水纠纷谢谢您", "dispute_mediation:1", "王主任"],
    ["@网格员小刘 我昨天巡逻了两个小时 谢谢", "patrol:2"],
    ["@刘主任 我昨天在社区做了三个小时志愿者", "volunteer_service:3"],
    ["大毛昨天在地铁站捡到一部手机交给了工作人员", "lost_and_found:1", "大毛"],
    ["shout out to Kevin for giving his seat to an old lady on the metro", "seat_giving:1", "Kevin"],
    ["pulled 6 stickers off the lamp posts on my way home", "flyer_removal:6"],
    ["开会开了一上午,社区的党员大会,好累", "collective_activity:1"],
  ]);
  chatter([
    "听说三栋的张大姐捐了一千块钱给生病的小孩",
    "老刘你昨天晚上巡逻了几个小时啊",
    "大清早就有人在楼道贴小广告",
  ]);
});

describe("perceivers who act, kin of a family, undone attempts (batch 15)", () => {
  reports([
    ["我在电梯里看到有人贴小广告就把它撕了", "flyer_removal:1"],
    ["我们屋里伢昨天在学校门口帮到交警叔叔指挥交通搞了半个钟头", "traffic_help:1", "伢"],
  ]);
  chatter([
    "今天献血冇献成血压高了",
    "看到有人在撕小广告",
  ]);
});

describe("relatives and trait nicknames (batch 16)", () => {
  reports([
    ["小芳妈妈今天把屋里的旧衣服都捐给山区的伢了", "donation:1", "小芳妈妈"],
    ["我们单元的胖哥昨天晚上巡逻巡到一点多", "patrol:1", "胖哥"],
    ["屋里老头子今天克献血了我冇克我怕针", "blood_donation:1", "老头子"],
    ["Old Zhang broke up a fight between two neighbours in the car park", "dispute_mediation:1", "Old Zhang"],
    ["grabbed a bin bag and picked up all the trash around the bus stop", "litter_cleanup:1"],
    ["今天下午社区组织包饺子我们一家都克了蛮好玩", "collective_activity:1"],
  ]);
});

describe("clefts and phone reports (batch 17)", () => {
  reports([
    ["那个跳河救人的是我们小区的刘师傅", "heroic_act:1", "刘师傅"],
    ["rang 12345 about the exposed wires by the playground", "hazard_report:1"],
    ["took part in the community tug of war today", "collective_activity:1"],
    ["搞半天楼道的牛皮癣又贴起来了昨天白撕了", "flyer_removal:1"],
  ]);
});

describe("English kin, peace-making, found money (batch 18)", () => {
  reports([
    ["my husband jumped into the lake to save a kid who fell in, he's fine now", "heroic_act:1", "husband"],
    ["my son and I went to the fire safety talk at the community hall tonight", "collective_activity:1"],
    ["helped two neighbours make peace after they fought over a parking spot", "dispute_mediation:1"],
    ["found 50 yuan on the ground and handed it to the property office", "lost_and_found:1"],
    ["老冯你昨天那个小偷抓得好啊", "heroic_act:1", "老冯"],
  ]);
  chatter(["A kind stranger helped my dad up when he slipped on the ice yesterday"]);
});

describe("described pronouns, English plans, stopped thefts (batch 19)", () => {
  reports([
    ["visited Grandma Sun, she lives alone on the 7th floor, fixed her tv and cleaned the kitchen", "elder_care:1"],
    ["shoutout to Daniel who stopped a guy stealing a bike from the shed", "heroic_act:1", "Daniel"],
    ["took 12 flyers off the bus shelter", "flyer_removal:12"],
    ["感谢小邓昨天晚上帮我把醉倒在路边的邻居扶回屋", "helping_others:1", "小邓"],
  ]);
  chatter([
    "thinking of volunteering at the library, what are the hours",
    "took a photo of the flyers in the lift, so many",
  ]);
});

describe("waved-off questions, failed results, English objects (batch 20)", () => {
  reports([
    ["几多钱都冇关系我今天给生病的小王捐了五百", "donation:1"],
    ["下午克献了个血蛮快的十几分钟就搞完了", "blood_donation:1"],
    ["昨天我在楼下看到有人在偷电瓶车我喊了一嗓子把他吓跑了", "heroic_act:1"],
    ["fished a kid out of the pond after he slipped in", "heroic_act:1"],
    ["stopped traffic so a school group could cross safely", "traffic_help:1"],
    ["spent the afternoon with old Mrs Chen who lives alone, we played cards", "elder_care:1"],
    ["给独居的婆婆送饭敲了半天门没人开后来送到了", "elder_care:1"],
  ]);
  chatter(["隔壁两口子打架我克劝了一下冇劝住", "献血能加几分"]);
});

describe("chatter that uses deed words (batch 21)", () => {
  reports([["你们晓得不小李昨天在河里救了个伢上了电视", "heroic_act:1", "小李"]]);
  chatter([
    "我妈叫我克社区当志愿者我不想克",
    "my son is learning about donating blood at school lol",
    "我觉得撕小广告冇用的撕了又贴",
    "楼道扫了冇得两天又脏了",
  ]);
});

describe("instructions, addressed officials and family (batches 22-23)", () => {
  reports([
    ["@网格员小陈 三栋那个消防栓一直在漏水好几天了你克看一下", "hazard_report:1"],
    ["@李书记 昨天垃圾站那一堆东西清理了蛮干净感谢", "litter_cleanup:1", "李书记"],
    ["big thanks to Uncle Zhou who cleaned up the whole playground after the storm", "litter_cleanup:1", "Uncle Zhou"],
    ["tore down 7 of those loan ads stuck on the lift doors", "flyer_removal:7"],
    ["went to the fire safety talk last night learned a lot", "collective_activity:1"],
    ["shout out to Big Mike for directing traffic at the junction", "traffic_help:1", "Big Mike"],
    ["刘叔叔今天帮我妈把轮椅抬上了台阶", "helping_others:1", "刘叔叔"],
  ]);
  chatter([
    "大家今天把各自门口的楼道扫一下明天要检查",
    "everyone please sweep in front of your own door",
    "I was supposed to patrol tonight but got stuck at work",
    "周末社区组织义务献血,有空的邻居可以去",
    "@网格员小刘 社区今天开会吗",
    "今天帮我妈把米扛上楼了",
    "helped my mum carry her groceries up",
  ]);
});

describe("told-to, topics, forwarded videos, reflexives and birth-order nicknames (batch 24)", () => {
  reports([
    ["二毛昨天把楼道里堆的那些破烂都搞走了", "litter_cleanup:1", "二毛"],
    ["老张自己一个人把楼道扫了", "litter_cleanup:1", "老张"],
    ["我自己把楼道扫了", "litter_cleanup:1"],
  ]);
  chatter([
    "we were told to patrol in pairs from now on",
    "volunteering sounds fun but I've got no time this month",
    "转给大家看看这个视频小伙子救人太勇敢了",
    "你们冇看到吧三楼那个婆婆天天自己扫楼道蛮自觉",
  ]);
});
