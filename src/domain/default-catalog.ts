// The default catalog every new community starts with (Baishipo community, Jingmen).
// Ids and points follow the scheme's published table; the match vocabulary is the seed that a
// community can extend through `deedbank catalog import`. It covers Mandarin, Hubei speech
// (克 = 去, 伢, 爹爹, 婆婆), frequent voice-to-text typos (让坐, 巡罗, 自愿者) and English stems.
import type { CategoryMatch, DeedCategory } from "./catalog.ts";

/** "a|b|c" → ["a", "b", "c"]: keeps the long word lists readable. */
const w = (words: string): string[] => words.split("|").map((s) => s.trim()).filter(Boolean);

const deed = (
  code: string,
  zh: string,
  en: string,
  points: number,
  unit: DeedCategory["unit"],
  match: CategoryMatch,
): DeedCategory => ({ code, names: { zh, en }, points, unit, active: true, match });

// Words shared by several categories.
const ELDERS = "奶奶|爷爷|婆婆|爹爹|嗲嗲|大爷|大妈|老人|老人家|老奶奶|老爷爷|老太太|老大爷|老婆婆|老爹爹|阿婆|阿公|老两口|五保户|grandma|grandpa|granny|grandad|grandmother|grandfather|old man|old lady|old woman|old couple|elderly|senior|pensioner";
const PEOPLE = "师傅|孕妇|小朋友|小孩|伢|阿姨|叔叔|大叔|大娘|小伢|大姐|大哥|小伙子|小伙|小哥|小姑娘|姑娘|司机|盲人|残疾人|病人|外地人|游客|妈妈|宝妈|lady|woman|man|mum|mom|mother|kid|child|boy|girl|stranger|driver|neighbour|neighbor|blind|tourist|guy|someone|somebody|family|couple|student|worker|courier|rider|cyclist|pedestrian|passenger|patient|teenager|toddler|baby";

export const DEFAULT_CATALOG: readonly DeedCategory[] = [
  deed("flyer_removal", "清理小广告", "removing illegal flyers", 2, "item", {
    keywords: w("清理小广告|清除小广告|清理牛皮癣|flyer removal"),
    actions: w("撕|撕掉|撕了|撕下|撕下来|铲|铲掉|铲了|铲除|刮|刮掉|抠|抠掉|揭|揭掉|清除|清理|清掉|清了|清|弄掉|搞掉|去掉|擦掉|涂掉|刷掉|扯|扯掉|扯下|摘掉|拆除|弄干净|搞干净|清干净|removed|remove|removing|took|taking|pulled|pull|took down|take down|taking down|tore|tear|peeled|peel|scraped|scrape|pulled down|pulled off|cleared|cleaned off|got rid of|stripped|clean the|cleaning the|tear down|tearing down|tear off|scrape|scraped off"),
    objects: w("办证的|开锁的|贷款的|通下水道的|纸片子|小广告|牛皮癣|牛皮藓|牛皮鲜|广告|开锁广告|办证广告|贷款广告|野广告|贴纸|传单|涂鸦|flyer|flier|sticker|poster|leaflet|ads|advert|advertisement|graffiti"),
    units: w("张|份|处|幅|sticker|flyer|flier|poster|leaflet|ad|ads|advert|notice|piece|of them"),
    excludes: w("铲子|小铲子|took a photo|took photos|took a picture|took pictures|taking photos|taking a photo|taking pictures|广告牌|广告公司|打广告|做广告|发广告|清楚|清单|清晰|清明|清早|清晨|冷清|清净|清静|清醒"),
  }),
  deed("litter_cleanup", "清理垃圾、打扫公共区域", "picking up litter", 2, "occasion", {
    keywords: w("把门口扫|门口扫了|扫了门口|扫门口|扫院子|把院子扫|院子扫了|捡垃圾|捡干净|扫干净|扫得干干净净|扫得干净|扫得很干净|打扫干净|打扫得干干净净|扫了一遍|拖了一遍|冲干净|收拾干净|swept|sweeping|mopped|清理垃圾|打扫楼道|扫楼道|搞卫生|打扫卫生|大扫除|litter pick|litter-pick"),
    actions: w("搬下去|搬下楼|清下来|清下去|清出去|清出来|掏|掏了|掏干净|清掏|扫|扫了|扫干净|打扫|清扫|搞|搞了|清理|清了|清走|清掉|清运|捡|捡了|拾|收拾|拖|拖了|冲|冲洗|冲了|擦|擦洗|清洗|弄干净|搞干净|清干净|铲|捞|扫除|picked up|pick up|picking up|cleaned|clean up|cleaning up|cleared|clearing|swept|sweeping|tidied|tidying|collected|collecting|mopping|scrubbing|mopped|scrubbed|removed|hosed|clean the|sweep the|collect the|tidy the"),
    objects: w("纸壳子|纸壳|纸箱子|纸箱|破家具|旧家具|破椅子|旧床垫|破沙发|垃圾|卫生|落叶|树叶|烟头|烟蒂|纸屑|杂物|外卖盒|饭盒|塑料瓶|矿泉水瓶|易拉罐|烟盒|果皮|纸巾|粪便|瓶子|塑料袋|院子|路面|河道|车库|狗屎|狗粪|泥|淤泥|污水|碎玻璃|玻璃渣|玻璃碴|楼道|楼梯|走廊|过道|绿化带|草坪|公共区域|车棚|地面|白色垃圾|litter|rubbish|trash|garbage|leaves|glass|cigarette|butts|stairwell|stairs|corridor|hallway|bike shed|playground|mess|bottles|cans|plastic|wrappers|dog poo|poo|waste|debris|junk|car park|parking lot|courtyard|shore|lakeside|riverbank|riverside|pavement|sidewalk|纸盒子|纸盒|快递盒|泡沫盒|泡沫|楼到|院坝|坝子|空地|过道|碎纸|碎纸屑|废纸"),
    excludes: w("冲电|味道冲|冲得很|冲鼻|好冲|蛮冲|铲子|小铲子|垃圾分类|搞得|扫码|扫描|扫一扫|清楚|清单|清晰|清明|清早|清晨|捡漏|收到|收件|收获|收费|收入|拖鞋|拖延|拖欠|冲突|冲进|擦肩|bag of|bags of"),
    yieldTo: w("elder_care"),
  }),
  deed("traffic_help", "义务交通疏导", "directing traffic", 3, "occasion", {
    keywords: w("用手势指挥|手势指挥|打着手势|比着手势|一辆一辆放|一辆一辆地放|一辆一辆的过|got the cars moving|got the traffic moving|got traffic moving|got cars moving|疏导了|帮忙疏导|帮着疏导|帮到疏导|打手势|这边走一拨|往边上靠|让救护车|给救护车让|让车一辆一辆|一辆一辆地过|一辆一辆过|这边放几辆|那边放几辆|让小车先|让三轮|让大车先|signalling cars|signaling cars|signalling the cars|signaling the cars|one way at a time|疏导交通|交通疏导|指挥交通|维持交通秩序|交通秩序|协助交警|疏通交通|梳导交通|维持交通|疏导车辆|指挥车辆|交通协管|stopped traffic|stopped the traffic|stopped the cars|held up traffic|held the traffic|waving cars|waved cars|waving the cars|waved the cars|waving traffic|waved traffic|directed traffic|directing traffic|direct traffic|traffic control|挥旗|举旗|拿旗|小红旗|小旗子|当旗子|当成旗子|拿着旗|举着旗|指挥车|kept cars moving|kept the cars moving|kept traffic moving|kept the traffic moving|waved cars through|waving cars through|waved the cars through|let the cars through|with a flag"),
    actions: w("书导|书导了|疏导|疏导了|指挥|指挥了|疏通|疏通了|引导|维持秩序|directed|directing|guided|waved|managed|managing|controlled|controlling|helping out with|helped out with|helping with|helped with|挥|举|拿|held|holding|stood|standing"),
    excludes: w("锦旗|车上|连人带车|滑板车|婴儿车|车位"),
    objects: w("交通|车辆|车流|车子|车|电动车|堵车|堵了|堵死|路口|交警|三轮车|汽车|traffic|cars|vehicles|旗|旗子|红旗|小旗|flag|roadworks|road works"),
  }),
  deed("helping_others", "助人为乐", "helping someone in need", 2, "occasion", {
    keywords: w("把她带过去|把他带过去|把她带过克|把他带过克|陪她走过去|陪他走过去|陪她走过克|陪他走过克|骑车把他带|骑车把她带|把她带到|把他带到|带她走到|带他走到|带着他找|带着她找|带他去找|带她去找|moved it away|moved it to the side|moved it out of the way|dragged it to the side|pushed it to the side|给他贴上|给她贴上|帮他包扎|帮她包扎|包扎了|bandaged|打了120|叫了120|叫了救护车|打了急救|牵着他|牵着她|助人为乐|扶老人|扶回屋|扶回家|扶回了家|扶回了屋|扶回去|背回家|背回了家|背回屋|过马路|过了马路|推回|推出来|推上|推到|搬上楼|搬上了楼|扛上楼|扛上了楼|提上楼|提上了楼|背上楼|送回家|送回了家|送回屋|送回了屋|挪到|挪开|挪走|移开|移走|搬开|拖到|拖开|走散|走丢|走失|迷路|找到了家|找到家|指路|指了路|带路|带了路|扶起来|扶了起来|扶起|carry|carried|carrying|gave a hand|give a hand|giving a hand|lent a hand|lend a hand|pushed|push her|push his|push a|cross the road|lost little|lost kid|lost child|lost boy|lost girl|送回克|送回去了|送她回|送他回|送回了"),
    actions: w("dragged|hauled|扶|扶着|搀|搀扶|帮|帮忙|帮着|帮助|推|搬|扛|抬|拎|提|背|送|陪|陪着|挪|移|拖|拉|接|照看|护送|helped|help|helping|lifted|walked|stayed with|looked after|looking after|kept an eye on|keeping an eye on|watched over|waited with|cleared"),
    objects: w(`她|他|${ELDERS}|${PEOPLE}|across the road|across the street|轮椅|电动车|自行车|行李|箱子|纸箱|桶水|米|煤气罐|垃圾桶|树枝|大树枝|障碍|石头|婴儿车|推车|wheelchair|pram|stroller|shopping|groceries|luggage|suitcase|branches|branch|tree|obstacle|wardrobe|fridge|mattress|sofa|couch|水桶|桶|摔倒的|跌倒的|送外卖的|外卖员|外卖小哥|快递员|快递小哥|骑车的`),
    excludes: w("爷爷你|奶奶你|婆婆你|爹爹你|送伢|接伢|带伢|陪伢|送孩子|接孩子|陪孩子|提醒|提前|提出|提供|提议|提交|自提|提个|提建议|提意见|带来|带头|推荐|推广|推送|推销|送达|帮忙转发|接龙|接到|接送孩子"),
    yieldTo: w("*"),
    standsBeside: w("seat_giving|traffic_help"),
  }),
  deed("seat_giving", "让座", "giving up a seat", 2, "occasion", {
    keywords: w("让了一回|让了一次|又让了一回|让座|让了座|让个座|让了个座|让座位|让了座位|让出座位|让位|让了位|让位子|让了位子|让坐|让了坐|gave up my seat|gave my seat|give up my seat|offered my seat|gave her seat|gave his seat|gave up her seat|gave up his seat|gave up a seat|gave up their seat|giving up my seat|giving up his seat|giving up her seat|giving his seat|giving her seat|giving my seat|giving their seat"),
    actions: w("让|让了|让给|让给了|让出|让出了|起身让|gave|give|offered|giving up|swapped|switched"),
    objects: w("座|座位|位子|位置|坐|seat|seats"),
    excludes: w("给自己让|让自己|座谈|讲座"),
  }),
  deed("blood_donation", "无偿献血", "donating blood", 10, "occasion", {
    keywords: w("抽了四百|抽了三百|抽了两百|抽了400|抽了300|抽了200|现了血|现血|县血|献了个血|献了次血|献了回血|献血|献了血|捐了血|捐过血|献过血|无偿献血|献血小板|献了血小板|献成分血|捐血|献浆|献雪|blood donation|donated blood|donate blood|donating blood|gave blood|give blood|giving blood|given blood|donated platelets|gave platelets"),
    actions: w("献|献了|捐了|捐献|捐献了|donated|donate|gave"),
    objects: w("血|毫升血|毫升|血小板|全血|ml|cc|plasma|platelets"),
    cancelledBy: w("turned me away|they turned me"),
    excludes: w("血红蛋白|血常规|血脂|贫血|补血|抽血|验血|查血|体检|blood work|白血病|血液病|献血活动|献血车|献血证|献血站|献血点|献血屋|献血能|献血要|血压|血糖|血站|血型|贡献|献花|献爱心|blood drive|blood pressure|blood test"),
  }),
  deed("patrol", "义务巡逻", "volunteer patrol", 2, "hour", {
    keywords: w("guard post|gangting|戴着红袖章|戴着红袖标|戴红袖章|跟巡逻队|跟着巡逻队|跟治安队|跟着治安队|治安队|手电筒照|打起手电筒|打着手电筒|拿个电筒|拿着电筒|打着电筒|拿个手电|拿着手电|打着手电|with a torch|with a flashlight|walked the compound|walked around the compound|walked the estate|治安岗亭|治安岗|治安值守|治安执勤|巡逻|巡查|巡防|巡夜|夜巡|巡了|巡到|巡罗|巡luo|治安巡逻|patrol|night watch|neighbourhood watch|neighborhood watch|xunluo|xun luo|巡lou"),
    excludes: w("巡逻马甲|巡逻服|巡逻袖章|巡逻证|巡逻车|巡逻车辆|patrol car|巡逻排班|排班表|patrol meeting|patrol schedule|patrol rota|patrol roster|patrol team|patrol group|patrol vest|patrol jacket|patrol armband|patrol gear|patrol list"),
  }),
  deed("elder_care", "关爱孤寡老人", "caring for elderly people living alone", 5, "occasion", {
    keywords: w("关爱孤寡老人|关爱空巢老人|关爱独居老人|看望孤寡老人|看望独居老人|看望空巢老人"),
    actions: w("带了|拎|拎了|端了|端|煨|煨了|炖|炖了|熬|熬了|换|换了|修|修了|装|装了|fixed|repaired|洗|洗了|打扫|收拾|送饭|送了|送|买菜|买了|买|做饭|做了|煮|陪|陪着|陪同|看望|探望|看了|去看|照顾|照料|剪|理发|擦|拿药|聊|聊天|喂|洗澡|洗头|搞卫生|帮|帮忙|帮着|cooked|cook|visited|visit|company|keeping|kept|looked after|took|drove|accompanied|checked on|checking on|check on|sat with|fed|bathed|helping|helped|walked|waited with|looking after|cooking|visiting|shopping|cleaned|washed|delivered|brought|took care|spent the afternoon with|spent the morning with|spent the evening with|spent the day with|spent time with|spent some time with|played cards with|chatted with"),
    objects: w(`${ELDERS}|孤寡老人|独居老人|空巢老人|孤老头子|孤老|her|him|mr|mrs|ms|auntie|uncle`),
    excludes: w("看病|去看病|爷爷你|奶奶你|婆婆你|爹爹你"),
    requires: w("姑寡|读居|独具|独剧|孤家寡人|独居|孤寡|空巢|独自|一个人住|一个人生活|一个人过|一个人在家|老伴过世|儿女在外|子女在外|无儿无女|五保|孤老|子女不在身边|儿女不在身边|子女都在外地|儿女都在外地|老伴走了|老伴去世|没人照顾|冇人照顾|lives alone|living alone|live alone|lived alone|on her own|on his own|by herself|by himself"),
    otherwise: "helping_others",
    claimsOtherwise: true,
  }),
  deed("volunteer_service", "社区志愿服务", "community volunteering", 2, "hour", {
    keywords: w("挂灯笼|挂了灯笼|挂好灯笼|挂上灯笼|收桌椅|搬桌椅|摆桌椅|收拾会场|打扫会场|move the chairs|stack the chairs|put away the chairs|put the chairs away|set out the chairs|set up the chairs|set up tables|set up the tables|义诊|做 volunteer|做volunteer|做了 volunteer|做了volunteer|义务教|义务辅导|义务讲课|义务上课|义务授课|免费辅导|taught a free|teaching a free|gave a free lesson|gave a free class|gave free lessons|gave free classes|interpreted for|translated for|敬老院演出|敬老院表演|养老院演出|养老院表演|慰问演出|volunteer 了|volunteer了|sorting donated|sorted donated|搬桌子|摆桌子|收桌子|收椅子|收凳子|搬椅子|摆椅子|摆凳子|搬凳子|整理捐来的|整理捐赠的|分拣捐赠|四点半课堂|志愿服务|值守|值班|值夜班|做义工|志愿工作|volunteered|volunteering|as a volunteer|as volunteers|volunteer work|volunteer shift|helped out at|helping out at|helping at the|helped at the|on duty at|did a shift|a shift at|hour shift|hr shift|hours shift|shift at the|值守|站岗|守岗|执勤|督导|督导员|垃圾分类督导|stood guard|standing guard|stand guard|on guard duty|guard duty|did volunteer|do volunteer|make volunteer|made volunteer|doing volunteer|zhiyuan|zhi yuan|志愿服|布置场地|布置会场"),
    actions: w("stood|standing|stack|stacked|pack up|packed up|当|当了|做|做了|干|干了|搞|搞了|作|担任|去当|去做|服务|服务了|值|值了|帮忙|守了|值|站|守|布置|收拾|搭|挂|摆|监督|supervised|supervising|supervise|set up|setting up|helped set up|helping set up|helping to set up|stood guard|发|发了|发放|分发|handed out|handing out|gave out|giving out"),
    objects: w("爱心超市|equipment|sorting point|recycling point|分类点|宣传单|传单|单子|计时|掐表|帮厨|舞台|横幅|椅子|凳子|stage|stalls|decorations|志愿者|自愿者|志原者|义工|志愿者服务|班|检测点|接种点|服务点|服务站|咨询台|物资|防疫物资|发物资|岗亭|哨|垃圾分类|分类|场地|会场|桌椅|post|gate post|sentry|sorting|rubbish sorting|recycling|chairs|tables|stage|cones|venue|stalls|tents|口罩|物资|药品|慰问品|月饼|masks|supplies|leaflets|图书室|图书馆|阅览室|活动室|服务中心|library"),
    excludes: w("工作|活动室搞|室里搞|摆道理|摆事实|发现|站前|公交站|车站|地铁站|火车站|汽车站|站牌|站台|加油站|义务教育|translated for me|interpreted for me|translated for us|interpreted for us|志愿者培训|几个志愿者|志愿者们|各位志愿者|我们志愿者|志愿者团队|志愿者队伍|volunteered to|volunteers needed|need volunteers|招募志愿者|当时|当然|当场|当天|当地|当初|当中|当面|当作|当成|相当|应当|当心|做饭|做好事|值得|价值|上班|下班|加班|班车|班级|班长|航班"),
    yieldTo: w("patrol|traffic_help"),
    timedActions: w("发米|发油|发大米|量了|量血压|测血压|帮社区|帮到|帮社区搞|帮忙|帮了|帮着|helped out|helping out|helped|helping"),
  }),
  deed("collective_activity", "参加社区集体活动", "taking part in a community event", 2, "occasion", {
    keywords: w("wrap zongzi|wrapped zongzi|wrapping zongzi|做月饼|做了月饼|看节目|看了节目|看完节目|看演出|看了演出|看完演出|看了场电影|看露天电影|包粽子|包了粽子|包饺子|包了饺子|zongzi making|making zongzi|志愿者培训|开会开了|开完会|开了会|开了个会"),
    actions: w("参加|参加了|参加完|参与|参与了|出席|出席了|听了|去听|克听|去了|克了|看了|观看|跳了|表演|表演了|attended|attend|went to|joined|took part|participated|was at|开了|开完|去开|克开"),
    objects: w("义卖|爱心义卖|义卖会|charity sale|bazaar|参观|节目|露天电影|电影|书法班|太极班|合唱团|排练|合唱排练|rehearsal|lantern evening|gala evening|variety evening|film night|movie night|quiz night|karaoke night|english corner|activity|activities|dance night|lantern show|讲座|讲坐|讲做|将做|奖座|座谈会|议事会|居民会议|会议|大会|开会|文艺汇演|汇演|演出|比赛|运动会|联欢会|晚会|培训|竞赛|活动|演练|宣讲|讲堂|学习会|茶话会|百家宴|游园会|包饺子|包粽子|植树|party|tug of war|tug-of-war|quiz|parade|picnic|potluck|lecture|talk|workshop|meeting|seminar|festival|event|class|training|session|competition|tournament|performance|concert|celebration|gathering|drill|fair|sports day|open day|fun day|gala|ceremony|show"),
    requires: w("活动室|活动中心|community center|community centre|zongzi|dragon boat|讲座|讲坐|讲做|将做|奖座|参观|运动会|shequ|社区|小区|居民|居委会|街道|业主|楼栋|邻里|党群|网格|议事会|座谈会|重阳|中秋|端午|元宵|联欢|文艺汇演|广场舞|消防演练|消防安全|防诈|反诈|急救|community|fire safety|first aid|anti-fraud|anti-scam|residents|neighbourhood|neighborhood|estate|compound|lantern|mid-autumn|drill|fire drill|演练|包粽子|lantern|dumpling"),
    excludes: w("activity room|activity rooms|activity centre|activity center"),
    yieldTo: w("*"),
  }),
  deed("lost_and_found", "拾金不昧", "returning lost property", 5, "occasion", {
    keywords: w("拾金不昧|联系到了失主|联系上了失主|找到了失主|交还失主|还给失主|还给了失主|归还失主|失主|物归原主|交到派出所|交给派出所|送到派出所|交给了派出所|handed it in|handed it back|handed in|handed it to|handed them to|handed it over|turned it in|returned it to|gave it to the police|gave it back|gave them back|to the lost and found|back to the owner|back to its owner|back to her owner|back to his owner"),
    actions: w("摸到|摸到了|捡到|拾到|捡了|捡起|还给|还回去|还回|交还|归还|送回|送回来|送还|交给|交到|found|returned|handed|gave back|took back|picked up|picking up|returning|return|giving back|handing back"),
    objects: w("老年机|耳环|金耳环|镯子|手镯|戒指|项链|首饰|护照|文件袋|病历|ipad|平板电脑|backpack|handbag|earring|necklace|bracelet|jewellery|jewelry|老年卡|医保卡|药袋子|信封|钱包|手机|钥匙|身份证|银行卡|学生卡|公交卡|饭卡|书包|背包|挎包|手提包|一个包|现金|证件|失物|车钥匙|手表|耳机|平板|电脑|钱|块钱|wallet|purse|phone|keys|key|bag|card|money|cash|yuan|rmb|watch|passport|laptop"),
    excludes: w("bin bag|bin bags|trash bag|rubbish bag|garbage bag|bag of|bags of|一袋|一大袋|钱包丢|手机号|捡了个便宜|捡便宜"),
    cancelledBy: w("被抢|抢了|抢包|抢走|snatched|snatcher|快来拿|赶快来拿|快点来拿|还冇找到是哪个|还没找到是哪个|还没找到是谁|哪个丢滴|哪个掉滴|谁丢滴|haven't found the owner|have not found the owner|not found the owner|owner 还没|owner还没|owner 还冇|trying to find the owner|trying to find the family|trying to find his|trying to find her|trying to find their|if you know this|until the owner shows|until the owner turns|until the owner comes|till the owner shows|till the owner comes|until its owner comes|owner shows up|owner turns up|keeping it at|keeping them at|冇人来认|没人来认|还冇人认|还没人认|凭描述|去物业领|来物业领|等下交|等会交|待会交|明天交|will hand it|will take it to|哪个丢了|谁丢了|whose are|whose is|在我这里|在我这儿|got them at home for now|have them at home for now|for now|for the moment|暂时放在|先放在我|先放我|还冇人来领|还没人来领|还没有人来领|没人来领|冇人来领|迷路的伢|迷路的细伢|迷路的小孩|迷路的孩子|走丢的|走失的|lost child|lost kid|lost little|去领的时候|来领的时候|丢了的邻居|丢了的朋友|请失主|失主请|认领|come and collect|come to collect|to claim it|还没找到失主|还冇找到失主|没找到失主|冇找到失主|还在找失主|失主还没|哪个丢的|谁丢的|是谁的|哪个的|still looking for the owner|owner not found|no idea whose|nobody claimed|no one claimed|not claimed|whose is it|if it's yours|if it is yours|owner unknown|unknown owner|no owner yet|失主不明|失主未知|不晓得是哪个的|不知道是谁的|来认领|请失主|失主请|失主看到|哪个掉的|谁掉的|来我屋里拿|来我家拿|go and collect|come and collect|please collect|owner, please|请联系我|目前放在|暂时放在|放在我家|放在我这|keeping them|keeping it for|message me if|if they're yours|if they are yours|claimed them|claimed it yet|keeping it until|no one has called|nobody has called"),
  }),
  deed("dispute_mediation", "调解邻里纠纷", "settling a dispute", 5, "occasion", {
    keywords: w("跳解|把两个人分开|把两人分开|把他们分开|把她们分开|把两家分开|把两边分开|把他们隔开|讲开了|都不吵了|是你讲好的|是你劝好的|是他讲好的|是她讲好的|是他劝好的|是她劝好的|peace maker|shake hand|shook hand|go between them|went between them|got between them|came between them|stood between them|stepped between them|两家坐在一起|两家坐到一起|两家坐下来|都让了一步|各让了一步|出面说了几句|出面调停|讲和了|讲和|老娘舅|当了回老娘舅|当了一回老娘舅|两家都点了头|两边都点了头|两家都同意了|两边都同意了|一人倒了杯茶|一人倒杯茶|一人倒了一杯茶|一人发根烟|一人发了根烟|一人递根烟|一人劝了几句|一人劝几句|一手拉一个|一边拉一个|往两边一推|两边一推|把两个人都拉|把两边都拉|把两家都拉|握了手|握了握手|握手了|各让一步|不再计较|sat 'em both down|sat them down|sat everyone down|sat everybody down|made everybody tea|made everyone tea|made them tea|sorted out the row|sorting out the row|sorted out the argument|sorted out the quarrel|got them talking|stop the fight|stopped the fight|说通了|两边各坐|握手言和|言和|各退一步|退了一步|两边都退|两头劝|两边劝|一边一个劝|两边跑|把他们拉开|把两人拉开|把两个人拉开|把人拉开|把人拦住|劝住了|劝了半个钟头|劝了半天|shook hands|shake hands|talked it through|talk it through|agreed to share|agreed to split|make peace|made peace|making peace|调解|调节纠纷|broke up an argument|broke up a row|broke up a quarrel|broke up a fight|stopped a fight|calmed things down|调节矛盾|劝和|劝架|劝开|拉架|说和|化解矛盾|化解了矛盾|矛盾化解|mediated|mediate|mediating|settled an argument|settle an argument|settled a dispute|settle a dispute|broke up a fight|resolved a dispute|和事佬|当和事佬|劝开了|说开了|和好了|不吵了|别吵了|peacemaker|got them to stop|got them to calm down|calmed them down|stepped in between|made them stop|make peace|sat them down|sat them both down|talked them round|talked it through with them"),
    actions: w("拉到一起|扯到一起|叫到一起|喊到一起|讲和|劝|劝了|劝好|说了说|说了半天|讲了半天|说了几句|讲了几句|拉开|扯开|拉到一边|扯到一边|拉到边上|协调|化解|调停|平息|settled|settle|resolved|sorted out|sort out|sorting out|broke up|calmed down|calmed|calm down|calm them down|calming down|make up|made up|patch things up|patched things up|reconcile|reconciled"),
    excludes: w("调解委员会|调委会|人民调解|调解员"),
    objects: w("两个人|两人|他们两个|她们两个|他们俩|和好|消停|不打了|两口子|闹成|扯皮|两个伢|两婆婆|两老头|矛盾|纠纷|吵架|吵起来|争吵|打架|闹矛盾|闹僵|口角|争执|两家|两户|两边|邻居|邻里|argument|dispute|quarrel|fight|row|disagreement|two families|both families|shouting|arguing|squabble|squabbling|neighbours|neighbors|aunties|grannies|两个老头|两个婆婆"),
    // A resolution (言和, shook hands) tells a mediation only where the message tells a quarrel.
    betweenOthers: true,
    requires: w("跳解|吵|闹|争|纠纷|矛盾|打架|打起来|动手|口角|不和|调解|劝|拉架|和事佬|和好|说开|fight|fought|shout|yell|scream|argu|quarrel|dispute|row|squabbl|conflict|mediat|peacemaker|peace|calm|settle|resolv|sort|broke up|stepped in|reconcil|patch"),
  }),
  deed("hazard_report", "报告安全隐患", "reporting a safety hazard", 2, "occasion", {
    keywords: w("给无夜讲了|给物业讲了|给无业讲了|给网格员讲了|给社区讲了|跟往格员|跟网个员|给网个员|给往个员|跟往个员|给往格员|showed the guard|showed the security guard|showed security|showed the property|pointed it out to the guard|跟网格员小|跟网格员老|和网格员小|给网格员小|向网格员小|跟王格员小|跟网格圆小|讲给物业|讲给了物业|说给物业|讲给网格员|说给网格员|讲给社区|call 12345|called 12345|calling 12345|phone 12345|phoned 12345|dial 12345|dialed 12345|dialled 12345|rang 12345|let the property office know|let the property know|let the management know|let the grid worker know|let security know|let the guard know|报告安全隐患|上报隐患|物业电话|打了物业|打给物业|打电话给物业|打电话给网格员|告诉物业|告诉网格员|跟网格员说了|和网格员说了|跟社区说了|找了物业|叫了物业|报了警|报给物业|报给了物业|报修|报了修|报给网格员|报给了网格员|报给社区|报给了社区|报给了市政|报给市政|跟物业说了|和物业说了|跟物业讲了|和物业讲了|跟网格员讲了|和网格员讲了|跟物叶讲了|跟物叶说了|跟网格圆讲了|跟网格圆说了|跟网格员说了|跟社区讲了|和社区讲了|跟物业反映了|向物业反映了|打了12345|打12345|拨打12345|打了燃气公司|燃气公司的电话|gas company|phoned the gas|called the gas"),
    actions: w("讲把|说把|发把|反映了|报了|sent|sent photos|sent a photo|sent pictures|texted|@网格员|@物业|@社区|@居委会|打了|打给|打电话给|打了电话给|报给|报给了|报告|报告给|报告了|上报|上报了|反映|反映给|告诉了|通知了|打电话|打了电话|打了个电话|发给|发给了|联系了|reported|told|notified|called|informed|flagged|rang|phoned|messaged|打给了|phoned|called|rang"),
    objects: w("网个员|往个员|往格员|无夜|派出所|police station|交警|物业|无业|王格员|物叶|网格员|网格圆|网格元|网格园|社区|居委会|12345|市政|燃气公司|供电所|消防|110|119|隐患|井盖|电线|煤气味|扶手|栏杆|路灯|消防通道|消防栓|飞线充电|私拉电线|钢丝绳|property|management|grid worker|guard|security|police|community office|the office|hotline|council|hazard|manhole|railing|streetlight|wire|gas leak|燃气公司|煤气公司|供电局|自来水公司|gas company|power company|water company|fire brigade|the property office|property office"),
    // Telling the office is a hazard report only where a hazard is told (跟物业说了 about a lost bag is not).
    requires: w("水箱|掉下来|快掉|要掉|吊到|吊着|挨到|炸了|冇得了|不见了|露|掉了|电表|老化|翘|晃|爆|水管|burst|pipe|烧|插头|插座|短路|冒|burn|socket|plug|电梯|飞线|充电|卡|焦|味|乱拉|乱倒|关不严|dumping|spark|lift|elevator|stuck|smell|隐患|坏|漏|松|断|塌|破|裂|翻|歪|倒|危险|煤气|燃气|电线|电箱|配电|井盖|火|烟|积水|堵|窟窿|坑|扶手|栏杆|路灯|灯|消防|钢丝|玻璃|树枝|broken|leak|loose|danger|gas|wire|fire|smoke|hole|fallen|collapse|crack|flood|hazard|missing|exposed|light|lamp|manhole|railing|branch"),
    yieldTo: w("heroic_act"),
    cancelledBy: w("冇人修|没人修|没有人修|冇得人修|hung up|扯皮|有没有懂行|占线|nobody does anything|no one does anything|无事发生|four calls|three calls|five calls|four times|five times|on hold|hold music|waiting music|永远是|还是这样|一个礼拜了还是|still the same|nothing has changed|nothing changed|nothing happened|still there|still broken|a week later|一个人都冇来|一个人都没来|一个人都没有来|一点变化都没有|一点用都没有|到现在都没|every single time|each time they|every time they|not a safety issue|吐槽|好几个电话|好多个电话|十几个电话|几十个电话|二十个电话|无数个电话|多少个电话|called them so many times|called them again and again|管不了|nobody answered|line was busy|冇人来|没人来|没有人来|冇得人来|没人管|冇人管|没人理|冇人理|不像话|没人接|冇人接|nobody picks up|nobody answers|no one answers|nobody came|no one came|nobody comes|ignored|still no one|still nobody|冇得人管|没得人管|没有人管|还是坏的|还是没修|投诉|有么用|有什么用|有啥用|冇得用|没用|照旧|还是老样子|到底谁管|谁来管|到现在还是|还是吵|nobody ever|never calls back|never called back|no one calls back|nobody calls back"),
  }),
  deed("donation", "爱心捐赠", "donating money or goods", 5, "occasion", {
    keywords: w("into the donation box|in the donation box|into the charity box|in the charity box|into a donation box|in a donation box|爱心捐赠|捐款|捐了|捐赠|捐给|捐出|捐献|捐物|捐钱|捐|donated|donate|donation|donating"),
    actions: w("送|送了|送去|送给|dropped off|drop off|put|gave|give|contributed|chipped in|handed over|放|放了|塞|塞了|投|投了|took|brought|丢|丢了"),
    objects: w("爱心衣柜|爱心衣物箱|衣物回收箱|募捐点|捐款点|募捐箱|爱心衣橱|爱心超市|衣物|旧衣服|棉衣|困难户|困难家庭|贫困户|贫困家庭|低保户|灾区|yuan|rmb|money|cash|clothes|coats|books|toys|food|rice|blankets|quilts|捐款箱|募捐箱|功德箱|爱心箱|donation box|charity box|collection box|kuai|块钱|块"),
    cancelledBy: w("'s place|'s flat|'s home|美团|饿了么|外卖|meituan|food delivery|delivery order|takeaway|at checkout|the app asked|失主|认领|捡到|拾到|捡了个|捡了一个|捡了一部|捡了一只|捡了一张|捡了两个|还给她|还给他|还给了|交到派出所|交给派出所|lost and found|输给|输了|blood|献血|献了血|血站|毫升"),
    excludes: w("又丢了|钱包丢了|丢了钱包|钱包又丢|手机丢了|捐来的|捐赠来的|别人捐的|大家捐的|投票|募捐活动|发起募捐|组织募捐|募捐倡议|捐血|捐款通知|捐款活动|捐赠活动|捐款仪式|捐赠仪式|collecting donations|sorting donations|sorted donations|sort donations|sorting the donations|sorted the donations|sorting out donations"),
  }),
  deed("heroic_act", "见义勇为", "heroic rescue", 300, "occasion", {
    keywords: w("按住了|摁住了|把人拦下来|把他拦下来|连拖带抱|连拖带拽|连拉带拽|连抱带拖|按在墙上|摁在墙上|按到墙上|追上了|追上|追了回来|追回来|拉了上来|捞起来|捞了起来|抱出来|跳到塘里|跳进塘里|跳到河里|跳到水里|冲进楼道|冲进火|冲进克|冲进屋|把她拉上来|把他拉上来|把伢拉上来|拖上来|拖了上来|pulled the rider clear|pulled the driver clear|pulled him clear|pulled her clear|pulled them clear|dragged him clear|dragged her clear|dragged the driver clear|捞上来|捞了上来|抱上来|抱了上来|跳下去把|跳下水把|pull the kid back|pulled the kid back|pulled the child back|pulled the boy back|pulled the girl back|pull the kid out|pulled the kid out|pulled the child out|拖了出来|拖出来|拽了回来|拉了回来|拽回来|拉回来|扯回来|拖回来|扯了上来|扯上来|拽上来|拖上岸|拖到岸上|拉上岸|按在地上|按倒在地|摁在地上|摁倒在地|按到地上|按到了地上|摁到地上|按倒了|摁倒了|pulled him back|pulled her back|dragged him back|dragged her back|hauled him back|hauled her back|dragged him out|dragged her out|hauled him out|hauled her out|pinned him down|pinned him to the ground|tackled him|一把拽住|一把拉住|见义勇为|舍己救人|救起|救上来|救上了岸|救了上来|救出|救人|跳河救|跳下水|跳进河|跳进江|下水救|冲进火|冲进去|冲进烟|火场|背了出来|背出来|抱了出来|制服|抓住小偷|抓小偷|抓贼|擒获|rescued|ran into the burning|jumped into the|pulled out a|caught a thief|stopped a thief|tackled|stopped a robbery|stopped a mugging|caught a mugger|fought off|chased off|勇斗|搏斗|抓获|跳下去救|跳下水|跳进水里|捞上来|捞了上来|拉上岸|救上岸|out of the water|out of a river|out of a lake|out of a pond|out of a canal|out of a burning|out of the burning|out of the river|out of the lake|out of the pond|out of the canal|out of the fire|fell through the ice|from drowning|from the fire|from a fire|抢包的|抢包|bag snatcher|purse snatcher|pinned him|pinned her|pinned the|chased down|chased him down|chased her down|burning car|caught fire|jumped in after|got him out of the water|got her out of the water|grabbed his arm|grabbed her arm|pulled him out|pulled her out|pulled him back|pulled her back|dragged him out|dragged her out|yanked the driver|dragged the driver|pulled the driver|caught him|caught the thief|held him on the ground|held him down"),
    actions: w("stopped|stopping|救|救了|背|抱|拉|拉了|拉上来|拖|捞|抓住|抓住了|抓到|抓到了|抓得|逮住|制止|赶跑|吓跑|按住|按住了|追|冲进|扑灭|扑灭了|saved|pulled|dragged|caught|carried out|拽|拽回来|拉回来|拉了回来|拽了回来|按|按在地上|拖出来|拖了出来|pinned|grabbed|grabbed back|pulled back|dragged back|chased|摁|摁住|摁在地上|摁倒"),
    objects: w("排水沟|水沟|沟里|偷东西|偷车|偷电瓶车|偷电动车|偷自行车|stealing|mugger|mugging|robbery|落水的伢|落水的小伢|落水的人|落水的小孩|落水的孩子|落水的小朋友|落水的老人|落水的学生|落水的女孩|落水的男孩|落水|溺水|下水道|窨井|井里|冰窟窿|掉到水|掉进水|掉进河|掉到河|掉水里|水里|河里|湖里|江里|水池|池塘|小偷|贼|歹徒|劫匪|着火|大火|火里|火|drowning|thief|robber|burning|fire|pond|river|lake|canal|抢|抢了|抢劫|snatched|snatcher|河边|江边|湖边|水边|河沿|canal|river edge|water|偷摩托车|偷摩托|偷手机|偷包|偷钱|偷东西的|偷车的|break into|breaking into|broke into|burglar|intruder|car thief"),
    excludes: w("抢车位|抢位子|抢座位|out of the fire stairwell|out of the fire stairs|out of the fire escape|out of the fire exit|out of the fire door|from the fire stairwell|from the fire escape|from the fire exit|fire stairwell|fire stairs|fire escape|fire exit|fire door|fire doors|救护车|救援队|救命啊|灭火器|火车|火锅|火腿|火爆|发火|上火|火柴|火气|火速|火候|红火"),
    requires: w("一滑|滑下|半个身子|想不开|掉下水|河坡|塘里|池塘|跌进|跌入|滑进|滑下去|fell into|fell in|落水|溺水|掉进|掉下去|摔下|救|火|烟|小偷|贼|偷|抢|歹徒|劫|掉河|掉水|掉进河|掉进水|掉到河|掉到水|河里|水里|江里|湖里|跳|冲进|差点|危险|救命|drown|fire|burning|smoke|thief|steal|snatch|rob|mug|river|lake|canal|pond|ice|rescue|water|danger|attack|break into|breaking into|broke into|burglar|intruder"),
    otherwise: "helping_others",
  }),
];
