// Deeds told as stories (tuning batches 74-77): a quarrel settled told by how it ended, a rescue
// told by what was done, a hazard told to the office in speech, volunteering told by what was done,
// and a second deed beside another. Each row is our own wording of a kind, not a corpus line; the
// chatter rows guard each new word against plans, questions, complaints and deeds done by others.
import { describe } from "vitest";
import { chatter, reports } from "./table.ts";

describe("a quarrel between others settled, told by how it ended", () => {
  reports([
    ["车棚那边两个爹爹为了充电吵起来了 我下去把两个人分开 各劝了几句 后来都回屋了", "dispute_mediation:1"],
    ["前天楼上两个姑娘为了快递吵架 我把她们两个拉到一起 讲开了 今天又一起买菜了", "dispute_mediation:1"],
    ["菜场门口两个摊主为占位子吵起来哒 我克讲哒几句 两个人都不吵哒", "dispute_mediation:1"],
    ["@罗师傅 你莫谦虚 昨晚那两家为漏水吵得那么凶 就是你港好的", "dispute_mediation:1", "罗师傅"],
    ["Two aunties at the bus stop were quarrelling about a bench, I went between them and they shook hands in the end", "dispute_mediation:1"],
    ["两家为了楼道堆东西吵了半个月 我把两家人请到活动室 泡了壶茶摆道理 最后两家握了手", "dispute_mediation:1"],
  ]);
  chatter([
    "楼下两个人吵了半天 后来自己分开了",
    "对面两个婆婆为晒衣服吵了一早上 下午又和好了",
    "我跟我老伴为了买菜吵了一架 后来讲开了",
    "说好的明天一起去公园 结果他又吵着不去",
    "Two uncles were quarrelling at the market this morning, nobody went between them",
  ]);
});

describe("a rescue told as a story", () => {
  reports([
    ["昨天在河边钓鱼 一个伢脚一滑掉到水里 我冲过去揪住他的衣服 把他拖上来了", "heroic_act:1"],
    ["我跟你讲 上个礼拜那个醉汉差点滚到河里 是小刘一把把他拽回来的", "heroic_act:1", "小刘"],
    ["一个小偷抢了婆婆的包就跑 我追了三条街才追上 把他按在墙上 等警察来", "heroic_act:1"],
    ["前面一辆车撞了冒烟 司机卡在里面 我把车门拽开 连拖带抱把他弄出来了", "heroic_act:1"],
    ["小陈昨天在塘边把一个滑下去的伢拖了上来 又把他送回了屋", "heroic_act:1", "小陈"],
  ]);
  chatter([
    "昨天新闻里一个小伙子跳到河里救人 蛮勇敢",
    "河边那个栏杆坏了 伢们在那玩 怕哪天掉下去",
  ]);
});

describe("a hazard told to the office in speech, and what came of it", () => {
  reports([
    ["六栋门口井盖松了 一踩就晃 我拍了照片发给网个员小李了", "hazard_report:1"],
    ["楼道里有人乱拉电线充电 好危险 我跟往格员小王港了", "hazard_report:1"],
    ["单元门口的扶手断了 我给无夜港了 下午就来修好了", "hazard_report:1"],
    ["路灯坏了好几天 我打哒一二三四五反映哒", "hazard_report:1"],
    ["A drain cover by the gate was loose, I showed the guard and he rang the property office.", "hazard_report:1"],
  ]);
  chatter([
    "后门的路灯坏了一个月了 报了几次都冇人修",
    "I called the gas company about my meter and they hung up on me",
    "网格员讲了 这个礼拜六上午停水",
  ]);
});

describe("volunteering told by what was done, with its hours", () => {
  reports([
    ["今天上午在社区门口义诊 帮居民测血糖 九点到十一点", "volunteer_service:2"],
    ["我屋里姑娘小红今天在社区帮忙发米 从八点搞到十一点", "volunteer_service:3", "小红"],
    ["今天早上在垃圾站督导分类 七点到九点 好多人都不晓得厨余的丢哪边", "volunteer_service:2"],
    ["今天在 community center 做 volunteer, from 3pm to 5pm, 教伢们认字", "volunteer_service:2"],
    ["刘姐昨天在爱心超市守了一下午 从两点到五点", "volunteer_service:3", "刘姐"],
    // Hosting in a room is no serving there, a lantern taken home none hung.
    ["中秋节在活动室搞做月饼 我去了 还领了个灯笼回来", "collective_activity:1"],
  ]);
  chatter([
    "社区明天发米 大家记得带身份证",
    "看到隔壁社区搞了个积分超市 积分能换米面油 我们这边什么时候也搞一个",
    "我不晓得垃圾站在哪边 哪个告诉我一下",
  ]);
});

describe("a second deed told beside the first", () => {
  reports([
    ["今天参加了社区的防诈骗讲座 散场以后我留下来收桌椅 从十点弄到十二点", "collective_activity:1,volunteer_service:2"],
    ["我们舞蹈队今天在活动室开会 我也去了 开完以后帮着摆凳子 搞了一个钟头", "collective_activity:1,volunteer_service:1"],
    ["Yesterday I went to the first aid talk at the community centre, after it I stay to stack the chairs for 1 hour", "collective_activity:1,volunteer_service:1"],
    ["今天社区搞爱心义卖 我去了 买了两样东西 走的时候往募捐箱里投了一百块钱", "collective_activity:1,donation:1"],
    ["路口红绿灯坏了 我在那帮忙书导了一阵 后来一个骑车的摔了 我又去把他扶起来", "helping_others:1,traffic_help:1"],
    ["在公交上给一个孕妇让了座 下车碰到一个迷路的婆婆 我一直把她送到她女儿的店门口", "helping_others:1,seat_giving:1"],
    ["今天早上七点就克帮忙摆椅子 摆到九点 重阳节的活动也参加了", "collective_activity:1,volunteer_service:2"],
  ]);
  chatter([
    "我老伴的钱包又丢哒 里头有两百块钱 哪个看到了说一声",
    "明天社区讲座 我准备早点去帮忙摆凳子",
  ]);
});

describe("found property returned, not read as one more deed", () => {
  reports([
    ["在站前广场的椅子上捡到一个钱包 我想这人肯定急 就按里面的名片找到了失主 交给他了", "lost_and_found:1"],
  ]);
  chatter([
    "捡到一把车钥匙 放在门卫室 失主快来拿",
  ]);
});
