// Every mention of a person in a message, with what it is (the sender, a named person, a
// pronoun, someone unnamed) and whether it stands where a doer stands: "给独居的王奶奶送饭"
// and "扶我妈过马路" mention people who received help, not people who acted.
import { mayStartName, readChineseName } from "./chinese-names.ts";
import { readEnglishName } from "./english-names.ts";
import type { Segments } from "./split-clauses.ts";

export type RefKind = "self" | "named" | "pronoun" | "unnamed";

export interface PersonRef {
  start: number;
  end: number;
  kind: RefKind;
  name?: string;
  /** Receives the action (给X, 帮X, helped X) or accompanies the doer (和X). */
  object: boolean;
  /** Named in praise: 表扬X, 谢谢@X, 给X点赞, thanks to X. */
  praised: boolean;
}

const ROLE = "(?:热心人|好心人|老党员|退休教师|保安|保洁员?|清洁工|环卫工|快递员|快递小哥|外卖小哥|网格员|志愿者|邻居|业主|门卫|司机|医生|护士|党员|楼长|组长)";
const PRAISE_ZH = new RegExp(`(?:表扬|点赞|点个赞|夸夸|夸|感谢|谢谢|多谢|多亏了?|致敬|佩服|致谢|学习)(?:一下|下)?\\s*(?:给|向)?\\s*(?:[^,。!?\\s]{0,6}?(?:的|${ROLE}))?\\s*$`);
const GIVE_PRAISE_BEFORE = /[给为向]\s*(?:[^,。!?\s]{0,6}?的)?\s*$/;
const GIVE_PRAISE_AFTER = /^\s*(?:点个?赞|学习|鼓掌|竖)/;
const MODIFIER = /(?:的|栋|号楼|幢|单元|我家|我们家|咱家|邻居|隔壁|对门|楼上|楼下|申报人|推荐|姓名)\s*$/;
const ROLE_BEFORE = new RegExp(`${ROLE}\\s*$`);
const LEADING = /^\s*(?:(?:今天|昨天|前天|今早|今晚|昨晚|刚才|刚刚|早上|上午|中午|下午|傍晚|晚上|这周|本周|上周|周末|这个月|这几天|每天|最近|一大早|另外|还有|听说|说个暖心的事)\s*)*$/;
const OBJECT_ZH = /给|帮|替|扶|搀|陪|送|照顾|看望|探望|救|把|教|带|跟|和|同|与|问|叫|找|见|看|遇到|碰到|发现|通知|告诉|联系|提醒|劝|拉|背|抱|接/;
const SELF_ZH = /我(?!们?(?:楼|单元|小区|社区|栋|家|这|那|院|的)|的|家|妈|爸|儿|女|老公|老婆|爱人|孩子|孙|屋里|伢|媳妇|哥|姐|弟|妹|朋友|邻居|同事|公公|婆婆|爹|娘)|本人|俺|自己/g;
const KIN_ZH = /我(?:家|屋里)?(老公|老婆|爱人|媳妇|老伴|老头子?|妈|爸|儿子|女儿|孩子|孙子|孙女|伢)/g;
const PRONOUN_ZH = /[他她](?!们|人)/g;
const UNNAMED_ZH = new RegExp(
  "有人|有个|有位|有一个|有一位|有名|某(?:个|位|人)|好心人|热心人|热心(?:的)?(?:群众|市民|路人|邻居)|路人|不知道(?:是)?(?:谁|哪)|" +
  "不知(?:是)?(?:谁|哪)|不晓得(?:是)?(?:哪|谁)|哪个(?=好心|邻居|人|把|帮)|谁(?!家)|别人|别个|人家|有些人|好多人|他们|她们|你们|" +
  "交警|警察|城管|保安|物业(?!费)|环卫工人?|清洁工|网格员|(?:那|这)(?:个|位|名)?(?:[^,。!?\\s]{0,6}的)?人|(?:一|那|这)(?:个|位|名)(?:[^,。!?\\s]{0,6}的)?(?:伢|小伢|孩子|小孩|小朋友|学生|婆婆|爹爹|奶奶|爷爷|老人|老太太|老爷爷|快递员|外卖员|骑手|小伙子?|大哥|大姐|姑娘|女孩|男孩|" +
  "阿姨|大妈|大爷|大叔|叔叔|师傅|小哥|美女|帅哥|女士|先生|市民|路人|年轻人|男的|女的|好心人|热心人)", "g");

const PRAISE_EN = /\b(?:thanks to|thank you|thanks|thank|respect to|respect for|shout ?-?out to|kudos to|props to|hats off to|cheers to|well done|credit to|proud of|congrats to|big up)\s+$/i;
const RELATION_EN = /\b(?:neighbou?r|friend|colleague|son|daughter|husband|wife|mum|mom|dad|brother|sister)\s+$/i;
const OBJECT_EN = /\b(?:helped|help|to|for|with|gave|saw|carry|carried|by|of|from|visited|cooked|keeping|kept|told|and|behind|past|at|on|met|found|returned|pulled|saved|rescued|out|walked|push)\s+(?:a |an |the |my |our |his |her )?$/i;
const SELF_EN = /\b(?:i|we|i'm|i've|i'd|i'll|we've|we're|myself)\b/g;
const PRONOUN_EN = /\b(?:he|she)\b/g;
const UNNAMED_EN = /\b(?:someone|somebody|whoever|nobody|no one|anyone|people|they|(?:an?|the|some) (?:\w+ ){0,2}(?:stranger|man|woman|guy|lady|boy|girl|kid|passer-?by|driver|gentleman|person|resident|student|local|cyclist|worker|rider|courier|policeman|officer|firefighter|teenager|teen|cleaner|guard|nurse|doctor)s?)\b/g;
/** "Ms Tang", "Grandpa Chen": a title makes a name wherever it stands. */
const TITLED_EN = /^(?:Mr|Mrs|Ms|Miss|Dr|Auntie|Aunty|Uncle|Grandma|Grandpa|Granny|Grandad)\.? [A-Z]/;
const AFTER_EN_SUBJECT = /^(?:\s+(?:from|in|at|of|on|who|and)\b|,|\s*\(|\s+\w+ed\b|\s+(?:gave|took|went|found|swept|made|ran|tore|spent|brought|caught|kept|got|did|stayed|helped|is|was|has)\b)/;

/** Last characters of the words after which a name may stand (的, 栋, 表扬, 保安, 今天 ...): a cheap first filter. */
const SLOT_ENDS = new Set("被的栋楼幢元家壁门上下人荐名扬赞夸谢亏了敬服致习给向为安洁员工哥者居主卫机生士长和跟同与天早晚才刚午中周末月近外有闻事:".split(""));
/** @网格员小王, @社区书记: addressing the people who run the scheme, not naming a doer. */
const OFFICIAL = /网格员|社区|物业|书记|主任|管理员|居委会|工作人员|小助手|机器人|bot|admin|grid/i;
const AT = /@([^\s@,.!?:;、()]{1,12})/g;

/** PRAISE_ZH, after a cheap test for the characters every praise word contains. */
const PRAISE_CHARS = /[扬赞夸谢亏敬服致习]/;
const praisedZh = (prefix: string): boolean => PRAISE_CHARS.test(prefix) && PRAISE_ZH.test(prefix);

function clauseStartOf(seg: Segments, pos: number): number {
  let start = 0;
  for (const c of seg.clauses) if (c.start <= pos) start = c.start;
  return start;
}

export function findPersonRefs(text: string, lower: string, seg: Segments): PersonRef[] {
  const refs: PersonRef[] = [];
  const latin = /[a-z]{2}/.test(lower);
  const prefixOf = (pos: number): string => text.slice(Math.max(clauseStartOf(seg, pos), pos - 24), pos);
  const push = (start: number, end: number, kind: RefKind, name?: string, praisedHint = false): void => {
    const prefix = prefixOf(start);
    const before = latin ? text.slice(Math.max(0, start - 30), start) : "";
    const praised = praisedHint || praisedZh(prefix) || (latin && PRAISE_EN.test(before)) ||
      (GIVE_PRAISE_BEFORE.test(prefix) && GIVE_PRAISE_AFTER.test(text.slice(end, end + 4)));
    const passive = /^\s*被/.test(text.slice(end, end + 2)); // 王爹爹被小李扶过了马路
    const object = !praised && (passive || OBJECT_ZH.test(prefix.replace(/^@\S*/, "")) || (latin && OBJECT_EN.test(before)));
    refs.push({ start, end, kind, name, object, praised });
  };
  const mentioned = new Set<number>();
  for (const m of text.matchAll(AT)) {
    for (let i = m.index; i < m.index + m[0].length; i++) mentioned.add(i);
    if (!OFFICIAL.test(m[1] ?? "")) push(m.index, m.index + m[0].length, "named", cleanAtName(m[1] ?? ""));
  }
  const clauseStarts = new Set(seg.clauses.map((c) => c.start));
  for (let i = 0; i < text.length; i++) {
    if (!mayStartName(text[i] ?? "") || mentioned.has(i)) continue;
    const prev = text[i - 1] === " " ? text[i - 2] : text[i - 1];
    if (!clauseStarts.has(i) && !clauseStarts.has(i - 1) && !SLOT_ENDS.has(prev ?? "")) continue;
    if (!readChineseName(text, i)) continue;
    const prefix = prefixOf(i);
    const strong = MODIFIER.test(prefix) || /被\s*$/.test(prefix) || praisedZh(prefix) || GIVE_PRAISE_BEFORE.test(prefix) || /[和跟同与]\s*$/.test(prefix);
    const name = strong || LEADING.test(prefix) || ROLE_BEFORE.test(prefix) ? readChineseName(text, i, !strong) : undefined;
    if (name) {
      push(i, name.end, "named", name.name);
      i = name.end - 1;
    }
  }
  for (const m of text.matchAll(KIN_ZH)) push(m.index, m.index + m[0].length, "named", m[1]);
  for (const m of text.matchAll(SELF_ZH)) push(m.index, m.index + m[0].length, "self");
  for (const m of text.matchAll(PRONOUN_ZH)) push(m.index, m.index + 1, "pronoun");
  for (const m of text.matchAll(UNNAMED_ZH)) push(m.index, m.index + m[0].length, "unnamed");
  if (latin) englishRefs(text, lower, seg, push);
  return dedupe(refs.filter((r) => text[r.start] === "@" || !mentioned.has(r.start)));
}

type Push = (start: number, end: number, kind: RefKind, name?: string, praised?: boolean) => void;

function englishRefs(text: string, lower: string, seg: Segments, push: Push): void {
  const starts = new Set(seg.clauses.map((c) => c.start + (/^\s*/.exec(text.slice(c.start))?.[0].length ?? 0)));
  for (const m of text.matchAll(/[A-Z]/g)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const atStart = starts.has(m.index);
    const titled = TITLED_EN.test(text.slice(m.index, m.index + 12));
    if (!atStart && !titled && !PRAISE_EN.test(before) && !RELATION_EN.test(before)) continue;
    const name = readEnglishName(text, m.index);
    if (!name) continue;
    if (atStart && !titled && !PRAISE_EN.test(before) && !RELATION_EN.test(before) && !AFTER_EN_SUBJECT.test(text.slice(name.end))) continue;
    push(m.index, name.end, "named", name.name);
  }
  for (const m of lower.matchAll(SELF_EN)) push(m.index, m.index + m[0].length, "self");
  for (const m of lower.matchAll(PRONOUN_EN)) push(m.index, m.index + m[0].length, "pronoun");
  for (const m of lower.matchAll(UNNAMED_EN)) push(m.index, m.index + m[0].length, "unnamed");
}

function cleanAtName(raw: string): string {
  const name = raw.replace(/[的了啊呀吧呢哈]+$/, "");
  const full = readChineseName(name, 0);
  return full && full.end >= name.length - 3 && full.name.length >= 2 ? full.name : name;
}

/** One reference per stretch of text: the earliest, then the longest. */
function dedupe(refs: PersonRef[]): PersonRef[] {
  refs.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PersonRef[] = [];
  for (const r of refs) {
    const last = out.at(-1);
    if (last && r.start < last.end) continue;
    out.push(r);
  }
  return out;
}
