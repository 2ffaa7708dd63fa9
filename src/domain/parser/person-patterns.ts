// How people are mentioned in Chinese and English chat: praise frames, modifiers before a name,
// words that make the next person an object (给, 帮, helped), the sender, pronouns, and
// unnamed people (有人, 不晓得哪个, someone). Language rules, shared by the reference finders.

export const ROLE = "(?:热心人|好心人|老党员|退休教师|退休工人|退休职工|教师|老师|师傅|工人|职工|大学生|学生|居民|保安|保洁员?|清洁工|环卫工|快递员|快递小哥|外卖小哥|网格员|志愿者|邻居|业主|门卫|司机|医生|护士|党员|楼长|组长|阿姨|老头子|老伴|老公|老婆|媳妇|儿子|女儿|闺女|婆婆|公公|小伙子|大个子)";
export const PRAISE_ZH = new RegExp(`(?:表扬|点赞|点个赞|夸夸|夸|感谢|谢谢|多谢|多亏了?|致敬|佩服|致谢|学习)(?:一下|下)?\\s*(?:给|向)?\\s*(?:[^,。!?\\s]{0,6}?(?:的|${ROLE}))?\\s*$`);
export const GIVE_PRAISE_BEFORE = /[给为向]\s*(?:[^,。!?\s]{0,6}?的)?\s*$/;
export const GIVE_PRAISE_AFTER = /^\s*(?:点个?赞|学习|鼓掌|竖)/;
export const MODIFIER = /(?:的|栋|号楼|幢|单元|我家|我们家|咱家|屋里|邻居|隔壁|对门|楼上|楼下|申报人|推荐|姓名)\s*$/;
/** A role or kin word right before a name (保洁阿姨刘翠华, 我屋里儿子王磊, "大个子"李强). */
export const ROLE_BEFORE = new RegExp(`${ROLE}["”」]?\\s*$`);
export const LEADING = /^\s*(?:(?:今天|昨天|前天|今早|今晚|昨晚|刚才|刚刚|早上|上午|中午|下午|傍晚|晚上|这周|本周|上周|周末|这个月|这几天|每天|最近|一大早|另外|还有|听说)\s*)*$/;
export const OBJECT_ZH = /给|帮|替|扶|搀|陪|送(?!快递|外卖|货|单|餐|水)|听|照顾|看望|探望|救|把|教(?!师)|带|跟|和|同|与|问|叫|找|见|看|遇到|碰到|发现|通知|告诉|联系|提醒|劝|拉|背|抱|接|揪|拽|扯|抓|按|摁/;
export const SELF_ZH = /(?<!代表|替|帮|给|为|向)我(?!们?(?:楼|单元|小区|社区|栋|家|这|那|院|的|\d|[一二三四五六七八九十]+(?:号|栋|楼|单元))|的|家|妈|爸|儿|女|老公|老婆|爱人|孩子|孙|屋里|伢|媳妇|哥|姐|弟|妹|朋友|邻居|同事|公公|婆婆|爹|娘)|本人|俺|自己/g;
export const KIN_ZH = /(?:我们?(?:家|屋里)?(?:那个|的)?|(?<![\u4e00-\u9fff])屋里)((?<=家|屋里|家的|屋里的)(?:老大|老二|老三)|老表|大伢|小伢|婆婆|公公|外婆|外公|老公|老婆|爱人|媳妇|老伴|老头子?|妈|爸|儿子|女儿|姑娘|闺女|孩子|孙子|孙女|孙伢|外孙女|外孙|侄儿子|侄儿|侄子|侄女|外甥|伢|姐姐|哥哥|弟弟|妹妹|姐|哥|弟|妹|表哥|表姐|表弟|表妹|女婿|侄子|侄女|外甥|外孙女|外孙)/g;
export const PRONOUN_ZH = /[他她](?!们|人)/g;
/** A pet is no resident: 我家狗今天巡逻了一圈 is a joke. */
export const PET_ZH = /(?:我家|我们家|我屋里|屋里|家里|他家|她家|你家)的?(?:狗狗|猫咪|小狗|小猫|狗子|狗|猫)(?![屎粪毛粮])/g;
/** A cleft names the doer after the deed: 那个跳河救人的是我们小区的刘师傅. */
export const CLEFT_ZH = /的(?:就|正|原来)?是\s*(?:[^,。!?\s]{0,8}?的)?\s*$/;
/** A nickname of a trait and 哥/姐 where a person stands: 我们单元的胖哥昨天巡逻. */
export const MODIFIED_NICK_ZH = /(?<=的|栋|单元|隔壁|对门|楼上|楼下)([^\s大小老帅美表堂亲他她我你的,。!?、](?:哥|姐|叔|婶|嫂))(?=今天|昨天|前天|早上|上午|下午|晚上|刚才|又|也|在|把|帮|给|去|克|和|跟|一大早)/g;
/** A nickname of a given name and 子 after praise: 表扬一下刚子. */
export const PRAISED_NICK_ZH = /(?:表扬|点赞|夸夸|感谢|谢谢|多谢|多亏)(?:一下|下)?\s*(?:[^,。!?\s]{0,6}?的)?([\u4e00-\u9fff]子)(?=[,。!?\s]|$|今天|昨天|前天|早上|晚上|又|也|把|在|帮|给|他|她)/g;
export const UNNAMED_ZH = new RegExp(
  // Not someone feared or guarded against (我怕有人踩空, 以免有人): they did nothing.
  "(?<!怕|防止|以免|免得|万一|担心)有人|有个|有位|有一个|有一位|有名|某(?:个|位|人|些人)|有的人|好心人|热心人|热心(?:的)?(?:群众|市民|路人|邻居)|路人|不知道(?:是)?(?:谁|哪)|" +
  "不知(?:是)?(?:谁|哪)|不晓得(?:是)?(?:哪|谁)|哪个(?=好心|邻居|人|把|帮)|谁(?!家)|别人|别个|人家|有些人|好多人|这么多人|那么多人|很多人|不少人|协管员|他们|她们|你们|" +
  "交警|警察|城管|保安|物业(?!费|门口|办公室|大厅|值班室|前台|那里|那边)|环卫工人?|清洁工|网格员|(?:那|这)(?:个|位|名)?(?:[^,。!?\\s]{0,6}的)?人|(?<!第)(?:一|那|这)(?:个|位|名)(?:[^,。!?\\s]{0,12}的)?(?:伢|小伢|孩子|小孩|小朋友|学生|婆婆|爹爹|奶奶|爷爷|老人|老太太|老爷爷|快递员|外卖员|骑手|小伙子?|大哥|大姐|姑娘|女孩|男孩|" +
  "阿姨|大妈|大爷|大叔|叔叔|师傅|小哥|美女|帅哥|女士|先生|市民|路人|年轻人|男的|女的|好心人|热心人)", "g");

export const PRAISE_EN = /\b(?:big ups? to|much respect to|thanks to|thank you|thanks|thank|respect to|respect for|shout ?-?out to|kudos to|props to|hats off to|cheers to|well done|credit to|proud of|congrats to|big up)\s+$/i;
export const RELATION_EN = /\b(?:neighbou?r|friend|colleague|son|daughter|husband|wife|mum|mom|dad|brother|sister|driver|cleaner|guard|teacher|doctor|nurse|tutor|coach)\s+$/i;
export const OBJECT_EN = /\b(?:helped|help|to|for|with|after|gave|saw|carry|carried|by|of|from|visited|cooked|took|take|taking|brought|bring|drove|drive|walked|accompanied|escorted|fetched|keeping|kept|told|behind|past|at|on|met|found|returned|pulled|saved|rescued|out|walked|push|\w+ed)\s+(?:a |an |the |my |our |his |her )?$/i;
export const SELF_EN = /\b(?:i|we|i'm|i've|i'd|i'll|we've|we're|myself)\b/g;
/** "my husband jumped in": a relative named by kinship alone (like 我老公). */
export const KIN_EN = /\b[Mm]y (?:(?:younger|older|little|big|elder|baby|kid) )?(husband|wife|son|daughter|dad|mum|mom|father|mother|grandson|granddaughter|brother|sister|cousin)\b(?! [A-Z])/g;
/** "she lives alone", "he was so grateful": he/she described, not acting; nor the pinyin 和 of "wo he Lao Liu" (I and Lao Liu). */
export const PRONOUN_EN = /(?<!\b(?:wo|ni|ta|wo men) )\b(?:he|she)\b(?!\s+(?:lives|is|was|has|had|seemed|looked|said|says|thanked)\b|'s\b)/g;
export const UNNAMED_EN = /\b(?:(?:my|our|his|her|the) (?:cat|dog|puppy|kitten|pup|parrot)s?|someone|somebody|whoever|nobody|no one|anyone|people|they|(?:an?|the|some) (?:\w+ ){0,2}(?:stranger|man|woman|guy|lady|boy|girl|kid|passer-?by|driver|gentleman|person|resident|student|local|cyclist|worker|rider|courier|policeman|officer|firefighter|teenager|teen|cleaner|guard|nurse|doctor)s?)\b/g;
/** "Ms Tang", "Grandpa Chen": a title makes a name wherever it stands. */
export const TITLED_EN = /^(?:Mr|Mrs|Ms|Miss|Dr|Auntie|Aunty|Uncle|Grandma|Grandpa|Granny|Grandad|Old|Little|Big)\.? [A-Z]/;
export const AFTER_EN_SUBJECT = /^(?:\s+(?:from|in|at|of|on|who|and)\b|,|\s*\(|\s+\w+ed\b|\s+(?:gave|took|went|found|swept|made|ran|tore|spent|brought|caught|kept|got|did|stayed|helped|broke|stood|sat|led|fed|held|drove|bought|paid|is|was|has)\b)/;

/** Last characters of the words after which a name may stand (的, 栋, 表扬, 保安, 今天 ...): a cheap first filter. */
/** Characters a name may follow (a kin word or a role before a full name too: 保洁阿姨刘翠华, 老头子刘国平, 儿子王磊). */
export const SLOT_ENDS = new Set("里是被的栋楼幢元家壁门上下人荐名扬赞夸谢亏了敬服致习给向为安洁员工哥者居主卫机生士长和跟同与天早晚才刚午中周末月近外有闻事:姨婆爷奶伴子们公儿师傅妇女民”\"」".split(""));
/** @网格员小王, @社区书记: addressing the people who run the scheme, not naming a doer. */
export const OFFICIAL = /网格员|社区|物业|书记|主任|管理员|居委会|工作人员|小助手|机器人|bot|admin|grid/i;
/** Thanks to the person addressed: an @-mentioned official so thanked did the deed (@王主任 谢谢你帮我们…, @李书记 …清理了感谢). */
export const THANK_ADDRESSEE = /(?:谢谢|感谢|多谢)[了啊哈哦呀啦!!~。.\s]*$|谢谢(?:你|您)|感谢(?:你|您)|多谢(?:你|您)?|辛苦(?:你|您)?了|给(?:你|您)点赞|\bthank you\b|\bthanks\b/i;
/** Words of office before the name in an @-mention: @网格员小刘, @社区王主任. */
export const OFFICE_PREFIX = /^(?:网格员|社区|物业|居委会|管理员)+/;
export const AT = /@([^\s@,.!?:;、()]{1,12})/g;

/** Perception verbs: the person after them is seen acting (看到有人在撕小广告, saw someone tearing down), or thought of (我想这人肯定急, 我怕她走丢). */
export const PERCEIVED_ZH = /(?:看到|看见|瞧见|发现|听到|听见|我想|我觉得|我怕)了?\s*$/;
/** After the seen act, the one who saw it acts: 看到有人贴小广告就把它撕了. */
export const PERCEIVER_ACTS = /就|便|于是|马上|立马|赶紧|随即|立刻|so i\b/;
export const PERCEIVED_EN = /\b(?:saw|seen|watched|noticed|spotted|heard)\s+$/i;
/** Characters every Chinese praise word contains: a cheap test before PRAISE_ZH. */
export const PRAISE_CHARS = /[扬赞夸谢亏敬服致习]/;
