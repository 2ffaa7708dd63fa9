// Deeds told as stories (tuning batches 68-72): a quarrel settled told by its end, property returned
// told by its end, volunteering told by what was done, events, rescues, traffic waved on, hazards
// told to the office, a second deed beside another. Each row is our own wording of a kind, not a
// corpus line; the chatter rows guard each new word against false reports.
import { describe } from "vitest";
import { chatter, reports } from "./table.ts";

describe("a quarrel between others settled, told by what the teller did and how it ended", () => {
  reports([
    ["菜场两个摊主为了占道吵起来了 我把他们两个扯开 各说了几句 现在和好了", "dispute_mediation:1"],
    ["隔壁两个婆婆为晒被子吵了一早上 我过去港了半天 两个人现在好了", "dispute_mediation:1"],
    ["六栋两家为了停电瓶车打起来了 我下去把他们拉开 讲了半天 总算消停了", "dispute_mediation:1"],
    ["五楼和六楼为漏水吵了一个礼拜 我把两家人叫到屋里喝茶 说开了", "dispute_mediation:1"],
    ["Two families on the fourth floor were shouting at each other over the parking, I stepped in between and talked them round", "dispute_mediation:1"],
  ]);
  chatter([
    "楼下两个人吵了半天 现在两个人好了",
    "卖菜的跟卖肉的吵了一上午 现在和好哒",
    "两个老头子下棋扯开港了半天 各说了几句就回去了",
    "我跟我老公吵了一架 港了半天 现在和好了",
    "我屋里两个伢打起来了 我把他们拉开 港了几句 和好了",
    "我跟对门为了鞋柜吵了几句 后来说开了",
    "I had a row with my neighbour about the bins, we talked it through and made peace",
  ]);
});

describe("found property returned, told by its end (whose it was, the owner's family reached)", () => {
  reports([
    ["今天在菜场门口捡到一个银戒指 问了几个摊主 是卖豆腐的王姐掉的 已经还给她了", "lost_and_found:1"],
    ["捡到一个老年机 翻了通讯录打给他儿子 原来是三栋陈爹爹滴 下午送到他屋里了", "lost_and_found:1"],
    ["在物业门口捡到一个钱包 里面有身份证 已经打电话还给那个失主了", "lost_and_found:1"],
    ["王阿姨在公交站捡到一个装着病历的袋子 照着上面的电话联系到了失主 下午已经交还了", "lost_and_found:1", "王阿姨"],
    ["在校门口捡到一个平板电脑 交给了门卫 家长下午已经拿走了", "lost_and_found:1"],
    ["Found a blue backpack by the swings with a school card in it, called the school and the boy's dad came and collected it from me", "lost_and_found:1"],
  ]);
  chatter([
    "捡到一个金耳环 还没找到是哪个的 先放在门卫那里 哪个掉滴克拿",
    "Found a backpack by the swings, haven't found the owner yet, it's at the guard booth for now",
    "Found a tablet on the bench this morning, I'm keeping it at home until the owner shows up",
    "上个月借了她一把伞 今天还给她了",
    "我老伴的老年机又坏了 今天拿去修了",
    "给我妈买了一对金耳环 她蛮喜欢",
    "王姐做了面锦旗送给社区 今天拿过来挂上了",
  ]);
});

describe("volunteering told by what was done, with its hours", () => {
  reports([
    ["帮楼下的黄婆婆报一下:她这礼拜二早上在垃圾站督导分类,两个小时,哪个没丢对她就帮着捡出来重新分", "volunteer_service:2", "黄婆婆"],
    ["帮秀兰报一下 上午她在分类点那里督导 从八点站到十点 谁乱扔她都要说", "volunteer_service:2", "秀兰"],
    ["Stood at the recycling point by the north gate this morning, helping people sort their rubbish, 7 to 9.", "volunteer_service:2"],
    ["帮周爹爹报一下 他今天下午在东门的治安岗亭值守 三点到六点 帮到看有冇生人进来", "patrol:3", "周爹爹"],
    ["王建国老师今天在社区书画班义务教了两个小时国画", "volunteer_service:2", "王建国"],
    ["Taught a free maths class for the kids at the community centre today, 3pm to 5pm.", "volunteer_service:2"],
    ["Big thanks to Elena, who spent the whole morning, 9am to 12pm, interpreting for the new foreign residents at the community health check.", "volunteer_service:3", "Elena"],
    ["今天上午听了社区的健康讲座 散了以后又留下来帮着收凳子搬桌子 搞了一个钟头", "collective_activity:1,volunteer_service:1"],
    ["Went to the fire safety lecture at the community centre today, then stayed an hour to stack the chairs.", "collective_activity:1,volunteer_service:1"],
    ["今天下午在社区爱心超市帮忙整理捐来的衣服 两点到五点", "volunteer_service:3"],
  ]);
  chatter([
    "孙子还在读义务教育阶段 学费不用交",
    "My neighbour translated for me at the bank today, so kind of her",
    "你去看看有没有人在巡逻",
    "Stood at the bus stop for twenty minutes this morning, the recycling truck went past twice",
    "昨天在屋里摆桌子吃年饭 一家人热热闹闹",
    "Packed up the tent and went home after the camping trip yesterday",
  ]);
});

describe("events attended, misspelt or in Chinglish", () => {
  reports([
    ["Today I join the community calligraphy activity, practice writing with the neighbours, very happy", "collective_activity:1"],
    ["下午克社区听了个消防的奖座 蛮有用", "collective_activity:1"],
    ["今天社区搞那个防诈骗滴讲做我克听了 讲得蛮好", "collective_activity:1"],
    ["Weekly update from me: attended the community fire drill on Tuesday and patrolled the east side on Thursday, 8-10pm.", "collective_activity:1,patrol:2"],
  ]);
  chatter([
    "Went to the community activity room to drop off a form yesterday",
    "社区下个礼拜有个防诈骗的奖座 你们都要克听",
    "孙子比赛得了第一名 学校发了个奖座",
    "菜场门口又有人在发传单 烦死了",
    "信箱里塞了一沓传单 我都丢了",
  ]);
});

describe("rescues at risk told as a story; moving a thing out of a fire escape is help, not a rescue", () => {
  reports([
    ["I saw a man grab an old lady's phone at the market. I ran after him, tackled him by the bus stop and held him until the police came.", "heroic_act:1"],
    ["Saw a van on fire at the petrol station this morning. Our neighbour Li Ming smashed the window and pulled the driver out before the flames spread.", "heroic_act:1", "Li Ming"],
    ["昨天在河边散步 看到一个伢连人带车滑下了河坡 我跟钓鱼的老李拿竹竿把他拉了上来", "heroic_act:1"],
    ["塘边一个婆婆脚一滑 半个身子都下克了 我一把把她拽回来了", "heroic_act:1"],
    ["@小郑 辛苦了 那天楼下电瓶车着火 是你第一个冲进楼道把二楼的伢抱出来的", "heroic_act:1", "小郑"],
    ["@老周 你蛮狠 那天是你跳到塘里把那个伢捞起来的吧", "heroic_act:1", "老周"],
    ["@Wang Fang thanks for dragging that old sofa out of the fire escape yesterday, it had been blocking the way for weeks", "helping_others:1", "Wang Fang"],
    ["湖边捡了一上午的拉鸡 三大袋 塑料瓶子最多", "litter_cleanup:1"],
    ["My neighbour Li Wei dragged a man out of a river yesterday", "heroic_act:1", "Li Wei"],
  ]);
  chatter([
    "河边风好大 脚一滑差点摔了 吓死我了",
    "Our driver Zhang Wei is on holiday this week, the school bus is late",
    "The fire escape on our floor is full of junk again",
  ]);
});

describe("traffic waved on, told by the gesture", () => {
  reports([
    ["学校门口红绿灯坏了 王刚主动站到路中间 用手势指挥了二十来分钟", "traffic_help:1", "王刚"],
    ["@小胡 你莫谦虚 昨天菜场口堵死了 是你下车把车子一辆一辆放过去的", "traffic_help:1", "小胡"],
    ["The lights at the crossing were out this morning, so Tom Baker grabbed a traffic cone and got the cars moving again.", "traffic_help:1", "Tom Baker"],
    ["@秀英姐 昨晚路口路灯全黑了 你拿手电筒挥着让车子一辆一辆过 累坏了吧", "traffic_help:1", "秀英姐"],
    ["路口红绿灯坏了 我打电话跟交警说了 还在那里帮着挥手让车子一辆一辆过", "hazard_report:1,traffic_help:1"],
    ["帮7栋的刘师傅报一下 他上午在西门路口拿个小红旗指挥车子 搞了一上午", "traffic_help:1", "刘师傅"],
    ["A cyclist fell off at the gate this morning. I helped him up and then stood in the road directing cars around his bike until the guard came.", "helping_others:1,traffic_help:1"],
    ["今天坐公交去医院拿药 车上一个孕妇冇得座位 我站起来让她坐了", "seat_giving:1"],
  ]);
  chatter([
    "孙子的滑板车坏了 我拿去修了",
    "公交车上好挤 我拿着菜站了一路",
    "小区门口的车子一辆一辆排着队等着进",
    "路口红绿灯坏了 交警还冇来",
  ]);
});

describe("a hazard told to the office in speech (报了, 讲了 to the grid worker by name, sent photos)", () => {
  reports([
    ["楼道里的灯泡炸了 一地玻璃渣子 我上午跟网格员报了", "hazard_report:1"],
    ["六栋的电线从墙上掉下来了 我跟网格员小王讲了 她说下午叫电工来", "hazard_report:1"],
    ["楼顶那块招牌被风吹得快掉下来了 我打了12345", "hazard_report:1"],
    ["I noticed a long crack in the wall of the bike shed this morning and sent photos to the property office.", "hazard_report:1"],
    ["给独居的李婆婆送了饭 发现她屋里煤气管子漏气 马上报给了无业", "elder_care:1,hazard_report:1"],
    ["我跟网格员小刘一起巡逻了两个钟头", "patrol:2"],
  ]);
  chatter([
    "他现在无业 天天在屋里打牌",
    "物业说了下周来修电梯 不晓得真的假的",
    "楼道的灯泡炸了 吓我一跳",
    "I sent photos of the lantern show to my daughter",
  ]);
});

describe("a second deed told beside another (after the seat, the lost one walked to the hospital; the obstacle moved, then the office told)", () => {
  reports([
    ["今天坐公交给一个孕妇让了座 下车以后又碰到一个婆婆迷了路 我把她带到了医院门口", "helping_others:1,seat_giving:1"],
    ["公交上给一个拄拐的爹爹让了座 下车以后又把他送到了二医院门口", "helping_others:1,seat_giving:1"],
    ["超市门口一个伢跟他妈妈走散了 我带着他找了一圈 找到了他妈妈", "helping_others:1"],
    ["Today morning I see a big branch on the path at the north gate. I moved it to the side. Also I told the property management the tree is broken.", "hazard_report:1,helping_others:1"],
    ["路上一棵树被风吹断了横在路中间 我跟一个小伙子把它拖到路边 回来又给社区打了电话", "hazard_report:1,helping_others:1"],
    ["门口的垃圾桶倒在路中间挡着路 我把它扶起来推回去了 顺手把撒出来的垃圾也捡干净了", "helping_others:1,litter_cleanup:1"],
    ["早上在公交站碰到一个外地婆婆拿着单子问路 我陪她一路走到了医院门口。下午在社区图书室帮忙整理捐来的书 两点到四点", "helping_others:1,volunteer_service:2"],
  ]);
  chatter([
    "下车以后我就回屋里了 累死了",
    "以后我还要带她去找医生看看",
    "我妈今天不舒服 我把她带到医院看了一下",
  ]);
});

describe("no extra deed read into the story (a lone elder's floor mopped, hours sat at a lecture, a vote)", () => {
  reports([
    ["帮五栋独居的王婆婆通了下水道 还把厨房拖了一遍", "elder_care:1"],
    ["帮对门的刘姐报一下 她今天给独居的张爹爹洗了被子 又把屋里拖了一遍", "elder_care:1", "刘姐"],
    ["今天参加了社区的消防讲座 坐了两个钟头 还领了一瓶洗洁精", "collective_activity:1"],
    ["坐公交去医院看病 车上一个拄拐的婆婆站不稳 我把座位让给她了", "seat_giving:1"],
    ["今天去参加了社区的中秋做月饼活动 做了一下午", "collective_activity:1"],
    ["昨晚参加了居民议事会 最后投票决定把那块空地给大家种菜", "collective_activity:1"],
  ]);
  chatter([
    "孙子说 爷爷你这是拿好人好事换糖吃",
    "下午去看病 排了两个钟头的队",
    "他屋里打扫得干干净净的 比我屋里还干净",
  ]);
});
