// Reads a Chinese person's name at a position: a nickname (老周, 小李, 阿强, 小李子), a surname with a kinship
// word or title (王阿姨, 张婶, 邹师傅, 陈爹爹), or a full name (李光喜, 于洋), where a title after
// a full name is dropped (吴国华老师 → 吴国华). Where a given name ends is judged from the next
// character: names stop before function words, time words and common verbs.

import { charSet, inSet, type CharSet } from "./char-set.ts";

const SURNAMES = new Set(
  ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚" +
    "卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤" +
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴" +
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚" +
    "岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟" +
    "邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井" +
    "祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆" +
    "茹诸战慕危玉银亢嵇公湛宾戎勾茅利揭干但尉斯元束檀衣信展阴昝智幸奉植衡富尧闭由向").split(""),
);
/**
 * Surnames outside the commonest hundred or so, most of them also everyday words (都, 连, 干, 门, 来, 包):
 * read as a name only with a kinship word or title after them (包阿姨), not with a given name.
 */
const RARE_SURNAMES = new Set(("霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚" +
  "岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟" +
  "邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井" +
  "祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆" +
  "茹诸战慕危玉银亢嵇公湛宾戎勾茅利揭干但尉斯元束檀衣信展阴昝智幸奉植衡富尧闭由包向").split(""));
const COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "端木"];

/** Kinship words and titles that make a surname a name: 王阿姨, 邹师傅. Longest first. */
const KIN_TITLES = ["老太太", "老师傅", "阿姨", "叔叔", "婶婶", "婶子", "大妈", "大爷", "大伯", "伯伯", "奶奶", "爷爷", "婆婆",
  "爹爹", "嗲嗲", "大姐", "大哥", "大叔", "大娘", "姐姐", "哥哥", "师傅", "老师", "医生", "书记", "主任", "经理", "老板",
  "同学", "阿公", "阿婆", "姥姥", "家家", "嫂子", "警官", "叔", "婶", "伯", "姐", "哥", "姨", "嫂", "总", "工", "妈", "爹"];
/** Titles dropped after a full name. */
const TITLES_AFTER_NAME = ["老师傅", "老师", "师傅", "医生", "书记", "主任", "经理", "同志", "阿姨", "叔叔", "大姐", "大哥",
  "先生", "女士", "同学", "老板", "警官", "大爷", "奶奶", "爷爷", "婆婆", "爹爹", "姐", "哥"];

/** Cannot be the first character of a given name. */
const STOP_FIRST = new Set("的了在把给帮和跟与同是说去来到又也都还就才已每这那个们家楼栋今昨前早晚上下中午有没冇不很太真蛮被让为从对向往吗呢吧啊呀哦哈嘛啦撒克搞着过得地边里面门口路他她我你它一两几老先女串样种些件条只块次回套用找子撞头出服".split(""));
/** Cannot be the second character of a given name (the name ends before it). */
const STOP_SECOND = new Set("追抱扛抬捞摁拽揪背捡撕铲扫清拖搬扶送献巡参当做帮陪救报捐让指疏调劝跳冲抓按拾交找给在把又也都还就才已是说去来到被太真蛮很好的了着过和跟与同从对向往为这那有没冇不们家个下上今昨每前一两几他她我你也老小阿师等冒顶点回出进走跑站拿放买吃打骑修装叫喊问讲主亲专特独正常经总天连先自义免默悄热积带顺".split(""));
const TIME_WORDS = ["明天", "明早", "明晚", "今天", "今早", "今晚", "昨天", "昨晚", "前天", "早上", "上午", "下午", "晚上", "中午", "周末", "刚才", "一大早",
  "每天", "天天", "当场", "立马", "马上", "二话"];
/** Words that follow a name in praise: 向李明学习, 为王芳点赞. */
const FOLLOWING_WORDS = ["学习", "点赞", "点个赞", "鼓掌", "同志", "一家"];
/** Two-character words that begin with a surname character but are not names. */
const NOT_NAMES = new Set(("那么|周末|周日|周六|周一|周二|周三|周四|周五|周边|周围|钱包|高兴|白天|方便|安全|全部|平时|时间|时候|" +
  "花园|容易|国家|文明|文化|温馨|谢谢|许多|司机|居民|商场|房子|房间|连续|应该|关于|关心|关注|施工|安排|管理|" +
  "申报|单元|党员|牛皮|党群|关爱|辛苦|卫生|文件|水平|明天|明年|明白|成功|常常|单位|原来|宁可|花坛|金额|章程|包裹|毛巾|米饭|" +
  "任何|任务|严重|程度|齐心|乐意|晋升|都会|相关|相信|初中|门卫|来回|普通|利用|信息|展板|富裕|平安|和谐|" +
  "雷锋|马桶|车棚|车位|车库|车辆|车流|车子|公交|公共|元旦|班长|楼道|楼梯|强调|帅哥|小结|总结|周报|费用").split("|"));
const NICK_EXCLUDE: Record<string, string> = {
  老: "人公婆师板家伴两太爷奶大年小旧是实远化式街区房乡友兄弟表总头汉娘爸妈少样子鼠虎鹰天婆记城区早",
  小: "区孩伙朋时偷哥姐妹弟广狗猫车店卖吃心声事组队品数说票便学家宝子姑伢们米麦菜份些点半儿写时的",
  阿: "姨公婆爸妈哥姐叔伯嫂爷奶婶里拉胶斯门弥们嬷",
  大: "家爷妈姐哥叔伯娘婶嫂概约门雨风雪扫街路楼院厅堂学人部多少小事会片半早晚都致堆袋包件桶清白热冷火水型量批众伙",
};
/** 小芳妈妈, 王芳爸爸: a kin word after a name names that relative. */
const KIN_OF = /妈妈|爸爸|奶奶|爷爷|外婆|外公|老公|老婆|媳妇/y;
function withKin(text: string, at: number, end: number): NameMatch {
  KIN_OF.lastIndex = end;
  const kin = KIN_OF.exec(text)?.[0];
  const stop = end + (kin?.length ?? 0);
  return { name: text.slice(at, stop), end: stop };
}
/** 二毛, 三娃: birth-order nicknames, read like 大毛 (only with these second characters). */
const ORDER_NICK_FIRST = "二三";
const ORDER_NICK_SECOND = "毛娃伢妹胖宝丫蛋";
/** 大毛, 大胖: a nickname only where a subject stands, before a time word or a verb of doing. */
const BIG_NICK_NEXT = /(?:今天|昨天|昨晚|今早|今晚|前天|早上|上午|下午|晚上|刚才|刚刚|又|也|在|把|帮|给|去|克|和|跟|一大早|[捡撕铲扫清拖搬扶送献巡参当做陪救报捐让劝指疏调抓按拾交])/y;
/** 小李子, 老王子: a nickname may end in 子, unless a word goes on (小王子女). */
const NICK_SUFFIX = /子(?![\u3400-\u9fff]{0,1}(?:女|弟|孙|们))/y;
/** 老汪头, 老李头: an old man's nickname may end in 头 (not 头发, 头疼). */
const LAO_SUFFIX = /头(?![发疼痛上顶脑部一])/y;

/*
 * The per-character tests below read char codes against bit sets (char-set.ts), not one-character
 * strings against Sets of strings: text[i] makes a new string for a Chinese character, and a Set
 * lookup hashes it. These run at most characters of every report.
 */
/** The code unit at `at`, or -1 past either end. */
const codeAt = (text: string, at: number): number => (at >= 0 && at < text.length ? text.charCodeAt(at) : -1);
const isCjk = (code: number): boolean => code >= 0x3400 && code <= 0x9fff;

/** Nouns that make the word before them a place or a brand, not a person: 路, 街, 湖, 公园, 手机, 牌. */
const PLACE_OR_THING = /(?:路|街|巷|道|湖|江|河|山|桥|区|市|省|县|镇|村|苑|园|公园|广场|小区|花园|商场|超市|酒店|医院|学校|手机|电脑|牌|那边|那里|这边)/y;

/**
 * A sticky matcher for any of `words` (longest first), read at a position without slicing. It is
 * tried only where the text holds a first character of some word (most places hold none), and
 * read with test() and lastIndex: no match array.
 */
function wordsAt(words: readonly string[]): (text: string, at: number) => string | undefined {
  const re = new RegExp([...words].sort((a, b) => b.length - a.length).join("|"), "y");
  const firsts = charSet(words.map((w) => w.charAt(0)).join(""));
  return (text, at) => {
    if (!inSet(firsts, codeAt(text, at))) return undefined;
    re.lastIndex = at;
    return re.test(text) ? text.slice(at, re.lastIndex) : undefined;
  };
}
const kinAt = wordsAt(KIN_TITLES);
const timeWordAt = (text: string, at: number): boolean => timeAt(text, at) !== undefined;
const timeAt = wordsAt(TIME_WORDS);
const followingWordAt = (text: string, at: number): boolean => followingAt(text, at) !== undefined;
const followingAt = wordsAt(FOLLOWING_WORDS);
const titleAt = wordsAt(TITLES_AFTER_NAME);
const compoundAt = wordsAt(COMPOUND_SURNAMES);

function nameEndsHere(text: string, at: number): boolean {
  const c = codeAt(text, at);
  if (!isCjk(c) || inSet(STOP_SECOND_CODES, c)) return true;
  return timeWordAt(text, at) || followingWordAt(text, at) || titleAt(text, at) !== undefined;
}

/** First characters of words in 子 and doubled words that are not nicknames (孩子, 房子, 天天, 刚刚). */
const NOT_NICK_OF = charSet("孩儿妻房车日样法本例院桌椅杯盘箱袋包天刚常渐慢好谢哈呵嘿");
const ZI = 0x5b50; // 子

/** Cheap first test for a nickname shape (猴子, 毛毛) at `at`. */
export function mayStartNick(text: string, at: number): boolean {
  const second = codeAt(text, at + 1);
  return second === ZI || (second !== -1 && second === codeAt(text, at));
}

/** 红姐, 胖嫂, 幺妹, 强哥: a nickname of one character and a kinship word of address. */
const KIN_NICK_SECOND = charSet("姐哥嫂妹婶伢姑舅");
/** First characters that make such a pair a common word (空姐, 帅哥, 表哥, 师姐, 小哥), not a nickname. */
const NOT_KIN_NICK_FIRST = charSet("空帅靓表堂亲师学小大老阿姐哥嫂妹婶弟兄二三四五俩两的富网外房细那这屋个伢们这哪好乖");
/** Cheap first test for a kinship nickname (红姐) at `at`. */
export function mayStartKinNick(text: string, at: number): boolean {
  return inSet(KIN_NICK_SECOND, codeAt(text, at + 1));
}

/** Cheap first test: can a name start with this character? */
/** The text is a surname alone (王, 欧阳): with a title after it (欧阳老师), the title is part of the name. */
export function isSurnameAlone(text: string): boolean {
  return COMPOUND_SURNAMES.includes(text) || (text.length === 1 && inSet(SURNAME_CODES, text.charCodeAt(0)));
}

export function mayStartName(code: number): boolean {
  return inSet(NAME_STARTS, code);
}
const NAME_STARTS = charSet([...SURNAMES, "老", "小", "阿", "大", "二", "三", ...COMPOUND_SURNAMES.map((s) => s.charAt(0))].join(""));
const SURNAME_CODES = charSet([...SURNAMES].join(""));
const RARE_SURNAME_CODES = charSet([...RARE_SURNAMES].join(""));
const STOP_FIRST_CODES = charSet([...STOP_FIRST].join(""));
const STOP_SECOND_CODES = charSet([...STOP_SECOND].join(""));
const NICK_EXCLUDE_CODES = new Map(Object.entries(NICK_EXCLUDE).map(([first, seconds]) => [first.charCodeAt(0), charSet(seconds)]));
const ORDER_NICK_FIRST_CODES = charSet(ORDER_NICK_FIRST);
const ORDER_NICK_SECOND_CODES = charSet(ORDER_NICK_SECOND);
const LAO = 0x8001; // 老
const QIAN = 0x94b1; // 钱
/** Before 钱, a word of a sum: 块钱, 百钱, 些钱. */
const SUM_BEFORE = /[块毛元角些百千万十零两几\d]/;
const JIA = 0x5bb6; // 家
/** After 家, characters that make a family's place or thing, not a given name (王家湾, 李家屋, 张家人). */
const NOT_JIA_NAME = /[湾村庄屋里门人属长庭务具乡电族楼店铺园院坊桥巷街路口嘴岭畈台河塘坡]/;
const XIAO = 0x5c0f; // 小
const A = 0x963f; // 阿
const DA = 0x5927; // 大
/** A nickname's second character: Chinese, not excluded after its first, not a word that cannot start a name. */
const nickSecond = (first: number, second: number): boolean =>
  isCjk(second) && !inSet(NICK_EXCLUDE_CODES.get(first) as CharSet, second) && !inSet(STOP_FIRST_CODES, second);

export interface NameMatch {
  name: string;
  end: number;
}

/** The name starting exactly at `at`, if one does; `strict` where nothing but position says it is a name. */
const DE_CODE = 0x7684; // 的

export function readChineseName(text: string, at: number, strict = false): NameMatch | undefined {
  const c1 = codeAt(text, at);
  const c2 = codeAt(text, at + 1);
  // 黑黑的高高的: a doubled character before 的 describes (高 is also a surname).
  if (c1 === c2 && codeAt(text, at + 2) === DE_CODE) return undefined;
  if ((c1 === LAO || c1 === XIAO || c1 === A) && nickSecond(c1, c2)) {
    NICK_SUFFIX.lastIndex = at + 2;
    LAO_SUFFIX.lastIndex = at + 2;
    return withKin(text, at, NICK_SUFFIX.test(text) || (c1 === LAO && LAO_SUFFIX.test(text)) ? at + 3 : at + 2);
  }
  if ((c1 === DA && nickSecond(c1, c2)) || (inSet(ORDER_NICK_FIRST_CODES, c1) && inSet(ORDER_NICK_SECOND_CODES, c2))) {
    BIG_NICK_NEXT.lastIndex = at + 2;
    if (BIG_NICK_NEXT.test(text)) return { name: text.slice(at, at + 2), end: at + 2 };
  }
  // 猴子昨天…, 毛毛今天…: a nickname in 子 or a doubled character, where a subject stands before a time word.
  if (mayStartNick(text, at) && isCjk(c1) && !inSet(NOT_NICK_OF, c1) && (at === 0 || /[\s,。!?:]/.test(text[at - 1] ?? ""))) {
    if (timeWordAt(text, at + 2)) return { name: text.slice(at, at + 2), end: at + 2 };
  }
  // 红姐, 胖嫂, 平伢: a one-character nickname with a word of address or 伢 (王姐 reads the same as a surname and a title).
  if (isCjk(c1) && inSet(KIN_NICK_SECOND, c2) && !inSet(NOT_KIN_NICK_FIRST, c1) && !inSet(STOP_FIRST_CODES, c1) && !kinAt(text, at + 1)?.startsWith(text.charAt(at + 1) + text.charAt(at + 2))) {
    return { name: text.slice(at, at + 2), end: at + 2 };
  }
  const surname = compoundAt(text, at) ?? (inSet(SURNAME_CODES, c1) ? text.charAt(at) : undefined);
  if (!surname) return undefined;
  // 两百块钱进去: 钱 after a sum is money, not a surname.
  if (c1 === QIAN && SUM_BEFORE.test(text.charAt(at - 1))) return undefined;
  let p = at + surname.length;
  const kin = kinAt(text, p);
  if (kin) return { name: surname + kin, end: p + kin.length };
  if (surname.length === 1 && inSet(RARE_SURNAME_CODES, c1)) return undefined;
  const g1 = codeAt(text, p);
  // 郑家豪, 李家明: 家 begins a given name of two characters (王家的, 李家湾 are a family or a place).
  const jia = g1 === JIA && surname.length === 1 && isCjk(codeAt(text, p + 1)) && !inSet(STOP_SECOND_CODES, codeAt(text, p + 1)) && !NOT_JIA_NAME.test(text.charAt(p + 1));
  if (!isCjk(g1) || (inSet(STOP_FIRST_CODES, g1) && !jia) || NOT_NAMES.has(surname + text.charAt(p))) return undefined;
  // 钱全部, 周小结: a word of its own right after the surname character is no given name.
  if (NOT_NAMES.has(text.slice(p, p + 2))) return undefined;
  p++;
  if (!nameEndsHere(text, p)) p++;
  if (strict && !nameEndsHere(text, p)) return undefined;
  // 武汉路, 南湖公园, 华为手机: a place or a brand ends in a noun of place or thing, a name does not.
  PLACE_OR_THING.lastIndex = p;
  if (PLACE_OR_THING.test(text)) return undefined;
  const title = titleAt(text, p);
  return title ? { name: text.slice(at, p), end: p + title.length } : withKin(text, at, p);
}
