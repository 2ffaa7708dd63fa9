// Language cues that turn a deed mention into something other than a report of a deed done:
// negation, plans, questions, conditionals, and whole messages that are notices, approval
// logs, forwarded news or bot commands. These are rules of the language, not catalog data.

/** Negation standing shortly before the verb: 没撕, 冇去, didn't, nobody. */
export const NEGATION_BEFORE =
  /(?:没有|没能|并没|没|冇得|冇|未曾|并未|未能|懒得|不敢|不叫|不是我|不是他|不是她|不去|不来|不想|不能|不会|不打算|不用|没法|不愿|不肯|别个|\b(?:didn'?t|did not|couldn'?t|could not|can'?t|cannot|won'?t|don'?t|doesn'?t|never|wasn'?t able|weren'?t able|failed to|haven'?t|hasn'?t|no one|nobody|not|no)\b(?!\.))(?!想到|事|关系|问题|多久|过多久|一会|几天|少|留|说|讲|停)(?![\u4e00-\u9fff]{0,2}的)/g;

/** Negation after the verb that undoes it: 没去成, 一张都没撕下来, 取消了, called off. */
export const NEGATION_AFTER =
  /^[^了过,。\s]{0,6}冇克(?!了)|(?:冇得?|没有?)人接|打不通|没打通|忙音|占线|(?:冇|没)有?资格|不够格|(?:冇得|没有?)用(?![过了心])|劝不住|劝不了|(?:又|都|也|还)(?:没|冇)(?:来|到|出现)|已经(?:干干净净|干净了|弄好了|清理好了|清好了|扫好了|打扫干净)|didn'?t work|to no avail|没(?:有)?(?:去成|成功|能|赶上|来得及|撕下来|弄下来|撕掉|弄掉|搞成|完成)|冇(?:去成|克成|成|赶上|搞成|去)|没克成|(?:没有?|冇)[^人得有\s,。!?](?:成(?!绩|本|员|年|都|为|功|果)|住|开|动)|去不成|没去成|不下来|弄不掉|不让(?:献|克|去|进)|不完|不过来|都不(?:去|克|来|做|干|肯)|也不(?:去|克|来)|取消|泡汤|作罢|算了|didn'?t make it|was cancelled|got cancelled|called off|had already left|turned away|already (?:done|did|finished|been done)|beat me to it|had already \w+ed\b|before i got there|了?个寂寞|(?:结果|的时候)[^,。!?\s]{0,8}已经(?![^,。!?\s]{0,4}(?:被我|我))|已经有人(?:扫|捡|撕|清|弄|搞)|已经(?:被)?(?:拖走|搬走|扫了|捡了|撕了|清了|弄走|收走)/;

/** Plans, wishes and intentions before the verb (Chinese). */
export const PLAN_BEFORE_ZH =
  /\bwant(?:s|ed)? to\b|\bgoing to\b|\bplan(?:ning)? to\b|明天|明早|明晚|明儿|明日|后天|以后(?<!(?![我你他她们家咱今从])[\u4e00-\u9fff]以后)|今后|往后|下周|下个?礼拜|下个?星期|下个?月|下次|下回|过两天|过几天|改天|回头|待会|等会|等哈|等下(?![雨了来])|组织(?=去|克)|等一下|一会儿|等我|等天|打算|准备|计划|想要|(?<![没冇不回思理感梦])想(?![到法起通必象念想]|跟大家|给大家|和大家)|(?<![需只非])要(?=去|克|把|给(?!大家|你们|各位|大伙)|帮|搞|来|做|参加|献|巡|撕|捐|当)|将要|即将|会去|得去|该去|到时候?|约好|说好|讲好|答应|约一下|约个|要不|争取|希望|差点|报名(?![了过]|参加了)|招募|需要|欢迎|去不去|(?:叫|让|喊|要)(?:他|她|你|我|我们|他们)(?:去|克|来|帮)|肯定克|肯定去|再去|再克/;

/** 一起去 plans ("明天一起去献血") unless the clause tells it done ("一起克参加了"). */
export const TOGETHER_ZH = /一起去|一起克|一路去|一路克/;

/**
 * A question the speaker answers with "don't know" (有几多钱不晓得), one others cannot answer (好多婆婆都不晓得
 * 厨余的倒哪边), or one waved off (几多钱都冇关系), a
 * "whoever" (哪个没分好她就帮着重新分, 谁乱丢她都要说), or a check whether (帮到看有冇陌生人进来): it does not ask.
 */
export const EMBEDDED_QUESTION = /(?:哪个|谁)[\u4e00-\u9fff]{1,6}?[他她我]?(?:就|都要)|(?:看|查|检查)(?:一下|下|看)?(?:有冇|有没有|是不是)|(?:几多|多少|什么|啥|么子|么事|哪个|哪里|谁)[\u4e00-\u9fff]{0,4}?(?:不晓得|不知道|不清楚|搞不清|说不清|都(?:冇|没|不|行|可以|有|是))|(?:教|告诉|讲|示范|演示|解释|说明)[^,。!?]{0,10}?(?:怎么|怎样|如何|么样|哪个|哪些)|(?<=[都们他她人])(?:不晓得|不知道|不清楚|搞不清|分不清)[\u4e00-\u9fff]{0,8}?(?:哪边|哪个|哪里|哪些|什么|么样|怎么)/g;

/** Plans and wishes before the verb (English). */
export const PLAN_EN =
  /\b(?:will|won'?t|need|needs|going to|gonna|thinking of|thinking about|considering|(?:learning|learned|talking|reading|asking|hearing|heard) about|wanna|might|may|maybe|perhaps|plan|planning|intend|hope to|hoping to|want to|wanted to|wants?(?= $)|would like|was going to|were going to|(?:was|were) (?:all )?ready to|meant to|supposed to|(?:told|asked|reminded) to|tried to|trying to|about to|let'?s|let us|shall we|anyone up for|who wants|join us|sign up|should|must|need to|needs to|have to|has to)\b|'ll\b|\b(?:i|we|you)'d\b(?! \w+ed\b)/;

/** A future time anywhere in an English clause: "patrol tomorrow night". */
export const FUTURE_EN = /\b(?:tomorrow|tmrw|tmr|later|next(?! to| door))\b/;

/** Conditionals, jokes, dreams and counterfactuals before the verb, in the same sentence. */
export const HYPOTHETICAL =
  /如果|要是|真要|再[\u4e00-\u9fff]{1,2}(?:的话)?\s?我?就|满[^,。!?\s]{1,5}\s?我?就|假如|假设|万一|若是|的话|梦里|梦见|梦到|做梦|used to|开玩笑|本来|原本|本想|\bif\b|\bwould\b|counts? as|\blol\b|\blmao\b|\bjk\b|joking|kidding|dream|宣传片|拍戏|演戏|假装|pretend|role-?play|有人说|听人说|据说|听别人说|别人说|听说|听讲|据讲|听别个讲|听人讲|网上(?:说|讲)|他们说|someone said|people say/;

/** Undone again right after (撕了又贴, 扫了冇得两天又脏了): a complaint that the deed is futile. */
export const UNDONE_AGAIN = /^[^,。!?\s]{0,6}?又(?:被)?(?:贴|脏|乱|堆|满|弄脏|搞脏)/;

/** Done and undone back and forth (撕了又贴 贴了又撕): a complaint that the deed is futile, not a report. */
export const BACK_AND_FORTH = /([\u4e00-\u9fff])了又([\u4e00-\u9fff])[^。!?]{0,4}?(?:\2了又\1|\1了又\2)/;

/** The next clause undoes it again (…撕过 现在又贴满了): a complaint that the deed is futile. */
export const UNDONE_NEXT = /^\s*(?:现在|结果|后来|第二天|没两天|冇两天|今天)?\s?[^,。!?\s]{0,4}?又(?:被)?(?:贴|脏|乱|堆|满|弄脏|搞脏)/;

/** A clause that concedes rather than reports: 撕得再快也赶不上. */
export const CONCESSIVE = /得再|再怎么|再多也/;

/** Indefinites after a negation are not questions: 冇发现么事, 没什么情况. */
export const NEGATED_INDEFINITE = /[没冇不](?:发现|看到|遇到|有|得|出)?(?:什么|么事|啥|么子)/g;

/**
 * Question words and particles inside a clause; 几 with a final 啊 asks (巡逻了几个小时啊). For
 * test() only: each alternative starts with its own characters (a look-behind after them, 说不说's
 * repeated character looked back at from the 不), so V8 skips most positions at once.
 */
export const QUESTION_ZH =
  /是[^,。!?]{1,15}还是[^,。!?]{1,15}$|(?<![好十])几个(?:钟头|小时|钟|回|次)|几(?<![好十]几)(?![十百千])[^,。!?]*[啊呀呢]$|吗|么$|呢$|啵|是不是|有没有|有冇|能不能|可不可以|算不算|也算|能算|算吗|几分(?<![十好]几分)(?!钟)|多少分|多少钱|多少$|能加|加分|算分|怎么|什么(?<!(?:没|冇|不算)什么)|啥(?<![没冇]啥)|么样|么事|么斯|么子|么时候|几多|多长|多久|几点|几号|[不没冇](?<=([\u4e00-\u9fff])[不没冇])\1|咋|哪(?!怕)|谁|要不要|行不行|对不对|[去了没冇]不$|了(?:没有?|冇)[啊呀哦噻]?$|(?:冇|没有)$/;

/** Words that close a negated phrase before the next verb: 冇得盖子|马上|打了12345; 冇得了 (gone) is a state. */
export const NEGATION_BARRIER = /马上|立刻|立马|赶紧|随即|然后|于是|接着|后来|已经|^了/;

/** An English sentence that asks. */
export const QUESTION_EN =
  /^(?:who|what|how|when|where|why|which|anyone|anybody|does|do|did (?:you|anyone|anybody|someone|somebody|he|she|they|we|i|it|this|that|everyone)|(?:is|are|can|could|should|would|will|has|have|was|were) (?:you|anyone|anybody|someone|somebody|he|she|they|we|i|it|this|that|there|the|my|our|your|people|everyone))\b|\bhow many\b|\bhow much\b/;

/**
 * A completed action: 了, 过, 完, 已经; an English past form. For test() only: a past form is found
 * from its "ed" (\b\w+ed\b is "ed" after a word character, at a word end), not by trying \w+ at
 * every letter.
 */
/** 过 as an aspect mark (去过, 撕过), not the verb of 过马路, 过年, 过来. */
const ASPECT_GUO = "过(?!马路|河|桥|年|节|来|去|日子|街|路|生日)";
/** 了 or an aspect 过: the clause tells something done. */
export const PERFECTIVE = new RegExp(`了|${ASPECT_GUO}`);
export const COMPLETED = new RegExp(`[了完]|${ASPECT_GUO}|已经|ed(?<=\\wed)\\b|\\b(?:did|gave|took|went|found|swept|made|ran|tore|spent|brought|caught|kept|got|was|were|stood|sent)\\b`);

/** The message says the doer's name is unknown: 没留名字, 不晓得叫么名字, didn't get his name. */
export const NAME_UNKNOWN =
  /[没冇](?:有)?(?:问|来得及问)(?:他|她|人家)?(?:的)?(?:名字|姓名|叫)|[没冇](?:有)?留(?:下)?(?:名字|姓名|名)|不(?:知道|晓得)(?:他|她|你|人家)?叫(?:什么|么|啥)|不(?:知道|晓得)(?:他|她)?(?:的)?名字|忘了问(?:您|你|他|她|人家)?(?:的)?(?:名字|姓名|叫)|didn'?t (?:get|catch|leave) (?:his|her|their|your|a) name|forgot to ask (?:his|her|their) name|no idea who|don'?t know (?:his|her|their|your) name/i;

/** A deed used as a modifier, not told as done: 捐款的二维码, 扶老人的小伙子 (but 巡逻的时候 tells it). */
export const ATTRIBUTIVE = /^的(?!时候|时|路上|过程|途中|[吧呀啊呢哦嘛啦撒])[\u3400-\u9fff]/;

/** A clause told to the group, not about a deed done (大家今天把楼道扫一下, everyone please sweep): an instruction without 了. */
export const ADDRESSED = /大家|各位|你们|咱们|\b(?:everyone|everybody|all of you|please)\b/;

/** A deed named as a topic, not told: 献血是好事, 巡逻要两人一组, blood donation saves lives. */
export const TOPIC = /^(?:是|也是|算|不算|要|需要|该|应该|这种|这件事|的事|光荣|这个事|这事|那个事|那件事|那事|\s+(?:is|are|saves?|counts?|helps|gets|earns|should|can|needs?|sounds?|seems?|looks?)\b)/;

/**
 * Generic talk rather than a deed done (only in a clause without 了 or 过): possibility
 * (献完血可以领牛奶), advice (撕小广告的时候要注意), points (巡逻一晚上才两分).
 */
export const GENERIC = /可以|可由|就能|就会|才能|能领|能得|要注意|注意安全|小心|记得|别忘|一定要|最好|积分|加分|扣分|[\d一二两三四五六七八九十几]分(?!钟)/;

/** The doer's own family as the one helped (帮他婆婆搞卫生, helped my mum): not a deed for the community. Group 1: the possessor. */
const KIN = "伢|孩子|娃|亲妈|妈妈|爸爸|老妈|老爸|老娘|妈|爸|婆婆|奶奶|爷爷|爹爹|外婆|外公|姥姥|姥爷|老婆|老公|老伴|儿子|女儿|孙子|孙女|" +
  "mum|mom|mother|dad|father|parents|grandma|grandpa|granny|grandad|grandmother|grandfather|grandparents|wife|husband|son|daughter";
export const OWN_FAMILY = new RegExp(
  `(?:帮|给|替|为|扶|搀|陪|调解了?|劝了?|\\b(?:helped|helping|helps|help|for)\\s)(我|他|她|自己|my|his|her|our)(?:家|屋里|家里|的)?(?:两个|俩|几个|三个)?\\s?(?:${KIN})(?![\\u4e00-\\u9fff]?的|'s|\\w)`);

/**
 * The teller is a party to the quarrel (我跟老公吵了一架, 跟我扯皮, 我屋里两个伢打起来了, I had a row with…):
 * making it up is not settling a quarrel between others. Not 我跟你们说 (telling the group).
 */
export const OWN_QUARREL = new RegExp(
  `(?:我|我们)(?:两口子|俩|两个)?(?:跟|和|同)[^,。!?\\s说讲港把去克来帮劝拉看听见到]{0,8}?(?:吵|闹(?!热)|打起来|打了一架|扯皮|闹矛盾)|(?:跟|和|同)我(?:们)?(?:吵|闹(?!热)|扯皮)|` +
  `(?:我|我们)(?:家|屋里|家里)(?:的)?[^,。!?\\s]{0,4}?(?:${KIN})[^,。!?\\s]{0,8}?(?:吵|闹(?!热)|打起来|扯皮)|` +
  `\\b(?:i|we) (?:had|got into) (?:a|an|another|a bit of a) (?:row|argument|fight|quarrel|spat)\\b|\\b(?:me and|i and) my \\w+ (?:argued|fought|quarrell?ed|had a)|\\bmy (?:${KIN}) and (?:i|me) (?:argued|fought|quarrell?ed|had)\\b`);

/** A name by an elder's title (王爹爹, 陈奶奶, Grandma Sun, old Mr Liu): mostly the one helped. */
export const ELDER_NAME = /(?:爹爹|嗲嗲|婆婆|奶奶|爷爷|老人|老太|大爷)$|^(?:grandma|grandpa|granny|grandad|old)\b/i;

/** The teller's own kin named (我爸, 给孙子, 送我妈): a 他 or 她 soon after may be them. */
export const KIN_NAMED = new RegExp(`(?:我|我们|自己)(?:家|屋里|家里|的)?(?:${KIN})|(?:给|帮|送|接|陪)(?:${KIN})`);

/** The one helped named as the speaker's own kin after the deed: 扶了个老太太过马路 原来是我奶奶, it was my own gran. */
export const OWN_KIN_NAMED = new RegExp(`(?:是|就是)(?:我|我们)(?:自己)?(?:的|家|屋里)?(?:亲)?(?:${KIN})|\\b(?:it was|that was|was) my own (?:${KIN})\\b`);

/** Whole messages that are never reports (unless tagged). */
export const COMMAND = /^\s*\/(?!report\b)[a-z]+/i;
export const ANNOUNCEMENT =
  /踊跃|定于|将于|请各|^\s*[^\s。!?\n:：]{0,8}(?:计划|安排)[:：]|(?:^|[\s,，。])注意[:：]|每(?:家|户)(?:出|派|来)(?:一|1)个人|自己带(?![着了回来过])|改(?:到|在)(?:下|明|后|周|星期|礼拜)|改期|延期|(?:的时候)(?:莫|别|不要)乱|请(?:带好|携带|带上|提前|准时)|(?:每人|大家|各位)(?:都)?(?:带好|带上|穿好|带点)|集合签到|注意了[:：]|^[^。!?\n]{0,12}号召|倡议|呼吁|积极(?:报名|参与)|^\s*[【[]?(?:通知|公告|提醒|温馨提示|招募|倡议|紧急通知|notice|reminder|announcement|attention)[】\]:\s]|^\s*[【[][^】\]\n]{0,12}(?:通知|公告|提醒|提示|招募|说明|notice)[】\]]|^\s*[^\s,。:：!?]{0,8}(?:通知|公告)[:：]|\d{1,2}[:：]\d{2}[^。!?\n]{0,16}集合(?![了过])|招募|欢迎(?:大家|居民|各位|业主|邻居)?.{0,8}参加|请每户|每户至少|^\s*提醒(?:一下)?(?:大家)?[:：]|请(?:大家|各位|居民|业主|邻居)(?!.{0,6}(?:点赞|学习|给他|给她))|招人|招新|接龙|有空的[\u4e00-\u9fff]{0,4}(?:可以|都可以|欢迎|一起|来|去)|报名(?![了过]|参加了)|排班|sign up|please (?:bring|join|come|register)|we need volunteers|volunteers needed|有没有一起的|想去的(?:在群里)?(?:吱|说|报)|约个时间一起|\b(?:bus|van|truck|team|event|drive|workshop|meeting|session|class|lecture|talk) will be (?:at|in|on|held|here)\b|\bmeet (?:at|by|in|outside|near|up)\b|\bbring (?:a|your|the) \w+|须知|记得带|(?:莫|别|不要)迟到|准时(?:到|集合|参加|出发)|(?:明天|明早|明晚|今晚|后天|周[一二三四五六日末]|星期[一二三四五六日天]|[\d一二三四五六七八九十]+点半?)[^。!?\n]{0,12}集合(?![了过])|(?:莫|别|不要)忘(?:记)?了?(?:带|穿|拿)/i;
export const APPROVAL_LOG =
  /^\s*截[止至](?:今天|目前|本月|本周|\d)|录(?:好|进[去克]|上)[了哒]?的?|都录进[去克]|加(?<!能加|可以加|要加|想加)了?[一二两三四五六七八九十\d]+分(?!钟)|(?:帮你们|已经|都)录了|^\s*(?:已|已经)?录入|[++]\s?\d+\s*(?:$|[;;,,\n])|^\s*(?:通过|驳回|批准|拒绝|同意|不通过)\s*#?\d+|^\s*\/(?:approve|reject)|公示|积分榜|排行榜|好人榜|光荣榜|荣誉榜|guang ?rong ?bang|honou?r (?:list|roll)|第[一二三\d]名[:：]|already on the books|前[一二三四五六七八九十\d]+名|审核通过|通过审核|已审核|审核完成|审核结果|已通过|已批准|已入账|积分已|已加分|[++]\s*\d+\s*(?:分|积分|points?|pts)|\bapproved\b|\brejected\b|驳回|points? (?:added|credited|awarded)/i;
/**
 * A message that disowns the deed it tells: done as one's paid job (这是我的工作, it's my job), or
 * another's claim doubted (老汪说他巡逻了八个钟头 我看他是在岗亭里睡了, 吹牛, 你说你…), or a report taken
 * back (搞错了 莫录, 写错了 请把那条撤掉).
 */
export const DISOWNED =
  /这是我的工作|是我的本职|本职工作|分内的事|不是好人好事|不算好人好事|\b(?:it'?s|that'?s|is) (?:just )?(?:my|part of my) job\b|(?:我|我们家|我屋里)(?:老婆|老公|媳妇|爱人|妈|爸|婆婆|公公|儿子|女儿|伢)(?:跟|和)我?(?:老婆|老公|媳妇|爱人|妈|爸|婆婆|公公|儿子|女儿|伢)[^,。!?\s]{0,3}吵|\bthrowback\b|\bmade me (?:remember|think of|miss)\b|\bgot (?:all )?nostalgic\b|\b(?:somebody|someone) (?:had )?(?:already )?did it\b|不帮(?:他|她)报|这(?:也|都)算[^。!?]{0,10}吧\s*(?:哈|嘿|😂|lol)|(?:就|都)不(?:一个个|一一)?(?:报|申报)了|(?:好多|很多|几十|多|好几)年前的事|突然想起来|就你一个好人|你最能干|想起(?:我)?(?:年轻|小)(?:的)?时候|想当年|在群里(?:天天|每天|又|老)?(?:说|讲|报)(?:他|她|你|自己)|你(?:说|讲)你(?![冇没不莫])|(?:搞|写|报|弄|记)错了[^。!?]{0,40}?(?:莫录|别录|不要录|撤|删|作废|不算|不要了)|(?:莫|别|不要)录(?=了|哦|啊|$|\s|[,。!])|(?:大家|你们)(?:莫|别|不要)(?:传|操心)|(?:你|你们)(?:莫|别|不要)报(?=了|哒|哦|啊|$|\s|[,。!])|看到你在群里说|是(?:保洁|环卫|物业)[^,。!?\s]{0,4}(?:扫|清|拖|捡)的|[修扫撕搞做]个鬼|我看(?:他|她|你)(?:就)?是|明明是[^,。!?\s]{0,6}(?:扫|撕|搞|弄|做|干)的|明明看到(?:他|她)|(?:你|他|她)(?:昨晚|昨天|那天)?明明在|笑出了声|[说讲港]是(?:去)?巡逻|(?<![莫别不]说(?:他|她)?)吹牛|打草稿|(?:莫|别|不要)信(?:他|她)|鬼才信|骗鬼|\byeah right\b|\b(?:keeps?|always|forever) (?:bragging|boasting|showing off)\b/i;

/**
 * A deed relayed for a named resident (代报, 表扬 in a notice's heading, on her behalf): the office's
 * notice or summary then carries a report, as the labelling rules want for every 代报.
 */
export const RELAYED = /代报|代为申报|替(?:他|她|其)(?:申)?报|帮(?:他|她)(?:申)?报一下|^[^\n]{0,12}表扬|[\d一二三四五六][.、．)]\s*表扬|\bon (?:his|her|their) behalf\b/;

/** The office's own summary of its work: 本周网格工作小结, 【周报】, weekly summary. */
export const OFFICE_SUMMARY =
  /^\s*[【[]?\s*(?:本周|本月|今日|今天|上周|上月|本季度|\d+月(?:\d+[日号])?)?\s*(?:[^\s,。:!?]{0,16}?(?:网格|社区|栋|单元|小区|居委会?)[^\s,。:!?]{0,8}?)?(?:工作)?[周月日年季]?(?:小结|总结|周报|月报|日报|汇总|简报|通报|日志)|\b(?:weekly|monthly) (?:summary|report|update)\b/i;
/** A summary of one's own deeds (月小结:本人巡逻六次) is a report, not the office's summary; 有疑问私聊我 is not one. */
export const SELF_SUMMARY = /本人|(?<![自聊找问])我(?!们|社区|网格|小区|[,。!?\s]|$)|\b(?:i|my|me)\b/i;

/** A habit that has ended: 以前每周都去献血 现在不让献了, walked the dogs every day, not any more. */
export const ENDED_HABIT =
  /(?:每(?:个)?(?:天|周|礼拜|星期|月|年)|天天|年年|经常|常常|以前|从前|过去|年轻的时候|读书的时候|上学的时候|\bevery (?:day|week|weekend|month|year)\b|\bused to\b)[\s\S]{0,200}?(?:现在|这几年|后来|以后)[^。!?]{0,20}?(?:不|没|冇)|\b(?:for (?:many )?years|used to|every (?:day|week|weekend|tuesday|saturday|sunday))\b[\s\S]{0,300}?\b(?:is over|all over|no longer|not any ?more|no time)\b|\bevery (?:day|week|weekend|month|year)\b[^.!?]*?\b(?:not any ?more|no longer|stopped)\b/;

/** A habit of the past, no longer kept: 以前年年献血, used to patrol every weekend. */
export const PAST_HABIT = /(?:以前|从前|过去|原来|那时候|年轻的时候|年轻时)[^。!?]{0,16}?(?:年年|每年|每天|天天|经常|常常|总是|都|每个?(?:礼拜|星期|周|月))|那几年|那些年(?!轻|纪)|前些年|\bfor (?:many )?years\b|\bused to\b|\bback (?:home|then)\b|\bback in (?!the\b)[a-z]+|\bin [a-z]+,? (?:we|i) (?:had|used|did)\b|\bin my old\b/;

/** A room of a home (厨房, 屋里, the kitchen): a chore there is housework, not a public place cleaned. */
export const INDOORS = /厨房|卫生间|厕所|灶台|屋里|家里|房间|客厅|卧室|\b(?:kitchen|bathroom|toilet|bedroom|living room)\b/;

/** The deed done inside one's own home, not for the community: 在屋里冰箱里巡逻, patrolled my kitchen. */
export const OWN_HOME =
  /(?:(?:自己|我|我们)(?:屋里|家里|家)|(?<![那这他她别])(?:屋里|家里))(?:的|[^,。!?\s]{0,2}把)?(?:冰箱|厨房|阳台|卧室|客厅|床上|沙发|窗帘|窗户|卫生间|厕所|抽油烟机|油烟机|储藏室|猫|狗)|在(?:自己)?(?:屋里|家里)(?:搞|大扫除|打扫|擦|巡逻|巡|摆|搬|收)|在沙发上|(?:我家|我屋里)\s?(?:的\s?)?(?:fridge|kitchen|sofa|couch|balcony|bedroom)|(?:巡逻|巡)[^,。!?]{0,8}冰箱|冰箱[^,。!?]{0,4}(?:巡逻|巡)|\b(?:my|our) (?:own )?(?:fridge|kitchen|bedroom|balcony|sofa|couch|bed|flat|apartment|room|house|home)\b|\bthe (?:living room|kitchen|bedroom|bathroom|sofa|couch)\b/;

/**
 * A place elsewhere, far from the community: another city (在上海, 武汉那边, in Shanghai), one's home town (老家, back home).
 * Loose on purpose: it is read only where a relative of the sender is the doer.
 */
export const ELSEWHERE_ZH = /(?:在|去了|到)(?!小区|社区|楼|单元|门口|路口|公交|地铁|菜场|超市|医院|学校|公园|广场|楼下|楼上|屋里|家里|这|那|我|他|她|街)[\u4e00-\u9fff]{2,3}(?:市|省|县)?(?:那边|那里|工作|上班|上学|读书|读研|读大学|念书|生活|住)?(?=[献现抽救当做捐帮扶让巡参捡撕扫见上前昨开跑干打,。!\s])|在[\u4e00-\u9fff]{2,3}(?:读书|读研|读大学|上学|工作|打工|生活)的|在(?!小区|社区|楼|单元|门口|路口|菜场|超市|学校|公园|广场)[\u4e00-\u9fff]{2}(?:的)?(?:公司|工地|厂里|单位|大学)|老家|^[\u4e00-\u9fff]{2}那边|老家|外地/;
export const ELSEWHERE_EN = /\b(?:in|from|back in|over in) (?!The\b|Our\b|My\b|Building\b|Block\b|Unit\b|Flat\b|Room\b|Tower\b)[A-Z][a-z]+\b|\bback home\b|\bhome ?town\b/;

export const FORWARDED =
  /^\s*(?:转发|转自|转载|分享|news\b|breaking\b|fwd?\b|forwarded\b)(?!一下[,，:：]?\s*(?:我们|咱们|本)(?:楼|栋|单元|小区|社区|\d))|\b(?:read|saw|watched|watch|kan|see|seen) (?:the |some |a )?news\b|\b(?:saw|seen|watched|watching) (?:a|the|this|that) (?:video|clip|reel)\b|【转】|^\s*转给|[这那一](?:个|段)视频|看了?个视频|刷到个?视频|视频[里上]|(?<!看了会儿?|看了一会儿?)新闻|报道|热搜|抖音|快手|视频号|视频里|一个视频|朋友圈看到|网上看到|电视上|on the news|in the news|saw on|read (?:online|in the paper|that)|on tv\b|\bjust read \w+'s post\b|on weibo|on douyin|went viral|央视|纪录片|电视剧|(?:看了|看到)[^。!?\n]{0,8}(?:电视|综艺|新闻|访谈|网上的?)节目|\bdocumentary\b|(?:看了|看到|听到|听了)[^。!?\n]{0,12}(?:发的|晒的)|在群里发的|看[了过]?《/i;

/**
 * A time word that puts the whole story in the past: Chinglish and spoken Chinese often leave the
 * verb bare ("Yesterday I go to help the old man", 今天早上我在分类点督导).
 */
export const PAST_TIME = /昨天|昨晚|昨日|前天|上周|上个?星期|上礼拜|上个月|刚才|刚刚|今天早上|今早|今天上午|\b(?:yesterday|zuo ?tian|zuo ?wan|yi ?jing|last (?:night|week|weekend|month)|ago|this morning|today morning|earlier today|today)\b/;

/**
 * Praise of someone told in the second person (@胖哥 是你扫的吧 莫谦虚, 你莫不承认 我都看到了): the
 * tag question (吧, 是不是) asks nothing, the teller saw the deed.
 */
export const PRAISED = /莫谦虚|别谦虚|不要谦虚|莫不承认|别不承认|你还不承认|莫不好意思|我都看到了|我都看见了|我看到的|我看见的|大家都看到了|大家都看见了|看在眼里|谢谢你|辛苦你|辛苦了|好样的|你蛮厉害|你真厉害|你好厉害|你蛮狠|你好狠|表扬你|给你点赞|为你点赞|冻坏了吧|累坏了吧|晒坏了吧|累惨了吧|\b(?:don'?t be (?:so )?modest|we all saw|i saw you)\b/;
/** Second person: the praised one is spoken to. */
export const SECOND_PERSON = /你|@|\byou\b/;
