package dev.longshot.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The small closed word lists the catalog reader needs besides the catalog: verbs of action
 * and of change, count words, references back, negation and camera context. Keys are
 * English lemmas (lower-case) or Chinese words.
 */
final class ReaderWords {
    private ReaderWords() {}

    /** Marks that end a sentence, English and Chinese (a comma or colon goes on with it). */
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "。", "！", "？", ";",
            "；");

    /** Whether the word {@code t} ends a sentence. */
    static boolean sentenceEnd(String t) {
        return SENTENCE_ENDS.contains(t);
    }

    /**
     * Whether an English word (normalised) is in its -s form: a plural ("lions") or a verb of
     * one doer ("walks"), not a word that ends in -ss ("grass", "pass").
     */
    static boolean sForm(String word) {
        return word.endsWith("s") && !word.endsWith("ss");
    }

    /** Verb → the action of the contract. */
    static final Map<String, String> ACTIONS = actions();

    private static Map<String, String> actions() {
        Map<String, String> m = new HashMap<>();
        put(m, "walk", "pad cross hike climb stride tread shuffle limp stagger tiptoe saunter advance proceed trot 走着 走出 走进 走上 走下 爬上 登上 攀登 攀爬 穿行 穿越 经过 路过 跋涉 行军 前进 进发 赶路 漫游 闲逛 逛街 沿着 walk plod stroll wander march trudge amble lumber pace roam trek "
                + "走 走过 行走 漫步 踱步 散步 穿过 徒步 前行 行进 缓行 走来 走向 慢慢走");
        put(m, "run", "rush hurry surge scamper scurry scatter flee dart hurtle stampede 奔向 冲过 冲出 窜 逃窜 四散 追击 疾奔 奔逃 run gallop charge chase sprint race dash bolt stampede flee pursue "
                + "躲进 奔跑 跑 飞奔 奔腾 追 追逐 狂奔 冲 冲向 冲锋 追赶 奔驰 疾驰 逃 逃跑 逃命");
        put(m, "hunt", "sneak creep 偷袭 hunt stalk prowl ambush 捕猎 狩猎 猎食 潜行 埋伏 悄悄靠近 伏击");
        put(m, "fly", "hover wheel flutter burst 飞起 飞出 飞向 腾空 展翅 振翅 飞舞 飞去 盘桓 fly soar glide flap swoop 飞 飞翔 翱翔 飞过 滑翔 俯冲 掠过 起飞");
        put(m, "circle", "circle 盘旋 绕圈 回旋");
        // Into the water from above: an osprey, a gannet, penguins off a rock.
        put(m, "dive", "dive plunge 扎进水里 跳入水中");
        put(m, "swim", "潜水 游向 游来 潜入 swim wade paddle float surface breach bathe 游 游泳 游动 游过 涉水 "
                + "跃出 戏水 洗澡");
        put(m, "jump", "jump leap hop bounce 跳 跳跃 蹦 跃起 跳起 蹦出");
        put(m, "play", "celebrate splash 庆祝 嬉闹 玩水 play frolic romp 玩 玩耍 嬉戏 打闹 跳来跳去 蹦蹦跳跳");
        put(m, "drink", "lap sip 饮水 drink 喝水 饮水 喝 饮");
        put(m, "graze", "graze browse 吃草 啃草 觅食");
        put(m, "eat", "nibble gnaw peck 啄 啄米 啃 啃食 吃着 eat feed feast devour 吃 进食 啄食");
        put(m, "sleep", "sleep doze nap 睡 睡觉 打盹 入睡 沉睡");
        put(m, "rest", "lie lounge bask sprawl crouch perch 坐在 蹲 蹲着 卧 趴 趴着 躺在 卧着 歇脚 rest sit lie pant 休息 歇 歇息 坐 坐着 坐下 躺 躺着 喘气 乘凉");
        put(m, "ride", "cycle pedal sail row 骑车 骑行 划船 撑船 驾车 开着 开上 ride drive board 骑 骑着 骑马 开车 驾驶 驾着 乘 乘坐 搭乘 坐船");
        put(m, "carry", "pull drag tow lug 拉着 拖着 运送 挑着 背着 驮着 驮 carry haul 扛 挑 背着 扛着 搬运 抬");
        put(m, "fight", "swat cuff maul strike slash wrestle brawl 打架 打仗 拼杀 对打 围攻 交锋 厮打 fight battle clash attack duel spar 战斗 打斗 厮杀 搏斗 激战 交战 进攻 "
                + "攻城 交手 比武 决斗 过招");
        // 躲进 is ducking into shelter: a run for cover, where 躲在 is hiding.
        put(m, "hide", "hide cower shelter 躲 躲藏 藏 藏身 躲避 避雨");
        put(m, "work", "fish 捕鱼 撒网 打鱼 种地 放牧 劳作 work toil labour labor plough plow harvest 劳动 干活 耕作 耕田 耕地 "
                + "插秧 收割 工作 劳作");
        put(m, "leave", "leave depart vanish disappear exit retreat 离开 离去 飞走 远去 "
                + "消失 散去 退去 撤退 走远 驶离 游走 跑开 逃走 不见了 走开");
        put(m, "arrive", "arrive appear emerge return approach enter 出现 到来 来到 赶来 "
                + "归来 回来 抵达 到达 靠岸 驶来 飞来");
        put(m, "stand", "stop halt remain stay linger pause 停下 站在 驻足 守着 留在 停在 立在 stand wait 站 站着 等待 伫立 矗立 站立");
        put(m, "watch", "sense notice spot listen scan glimpse survey 望 望向 看着 望去 远眺 观赏 欣赏 打量 watch look gaze stare observe peer 看 观看 注视 凝视 望着 盯着 眺望 "
                + "张望 守望 拍照 观望 抬起头 竖起耳朵");
        for (String[] row : BundledTable.rows("verbs.tsv", 2)) {
            for (String w : row[1].split(" ")) m.putIfAbsent(w, row[0]);
        }
        return Map.copyOf(m);
    }

    private static void put(Map<String, String> m, String action, String words) {
        for (String w : words.split(" ")) m.put(w, action);
    }

    /** Words for people no catalog entry names: shown as a person. */
    static final Set<String> PEOPLE = Set.of(("driver pilot captain sailor passenger tourist "
            + "senator boatman hermit squire king queen prince princess lord lady emperor "
            + "empress wanderer partner friend mother father son daughter baby bride groom "
            + "officer policeman policewoman detective doctor nurse teacher student worker "
            + "crew chef waiter dancer singer musician swordsman assassin thief bandit "
            + "messenger servant maid nobleman minister villain hero "
            + "heroine mom mum dad grandmother grandfather 司机 船夫 艄公 老师 学生 国王 王后 "
            + "公主 王子 皇帝 游客 妈妈 爸爸 母亲 父亲 老板 厨师 警察 医生 工人 船长 水手 "
            + "乘客 剑客 侠客 新娘 新郎 官员 大臣 将领 刺客 小偷 强盗 信使 仆人 丫鬟 "
            + "老奶奶 老爷爷 奶奶 爷爷 老太太 老大爷 大妈 大爷 阿姨 叔叔 老伯 大叔 大婶 姥姥 外婆 "
            + "外公 grandma grandpa granny "
            + "侍女 老者 少女 姑娘 小伙子 小哥 外卖小哥 路人 旅客 行者 隐士 侠女").split(" "));
    /**
     * The young and the elders of a herd ("her calf", "the matriarch"): they refer to the
     * creature on screen, whatever it is, so they name no creature of their own.
     */
    static final Set<String> KIN = Set.of("calf", "calves", "cub", "cubs", "young",
            "offspring", "matriarch", "youngster", "youngsters", "幼崽", "幼仔", "幼兽");
    /** People who are seen in what they drive or ride in: their action is ride. */
    static final Set<String> DRIVERS = Set.of("driver", "pilot", "passenger", "chauffeur",
            "cabbie", "司机", "乘客", "飞行员", "车夫");
    /** Words that give the story a style without naming a catalog entry. */
    static final Map<String, String> STYLE_WORDS = Map.ofEntries(
            Map.entry("古色古香", "chinese-classical"), Map.entry("古镇", "chinese-classical"),
            Map.entry("水乡", "chinese-classical"), Map.entry("江南", "chinese-classical"), Map.entry("酒店", "modern"),
            Map.entry("宾馆", "modern"), Map.entry("hotel", "modern"),
            Map.entry("kingdom", "medieval-european"), Map.entry("王国", "medieval-european"),
            Map.entry("knight", "medieval-european"), Map.entry("squire", "medieval-european"),
            Map.entry("dynasty", "chinese-classical"), Map.entry("朝代", "chinese-classical"),
            Map.entry("皇宫", "chinese-classical"), Map.entry("江湖", "chinese-classical"),
            // Swordsmen, wandering heroes and martial arts belong to classical China.
            Map.entry("剑客", "chinese-classical"), Map.entry("侠客", "chinese-classical"),
            Map.entry("侠女", "chinese-classical"), Map.entry("武侠", "chinese-classical"),
            Map.entry("武林", "chinese-classical"), Map.entry("wuxia", "chinese-classical"),
            Map.entry("书生", "chinese-classical"), Map.entry("古装", "chinese-classical"),
            // Castles, lords and knights belong to medieval Europe.
            Map.entry("knights", "medieval-european"), Map.entry("lord", "medieval-european"),
            Map.entry("骑士", "medieval-european"), Map.entry("城堡", "medieval-european"),
            Map.entry("cathedral", "medieval-european"),
            // A temple written in Chinese is a Chinese temple (a Greek one is a 神庙).
            Map.entry("古寺", "chinese-classical"), Map.entry("寺庙", "chinese-classical"),
            Map.entry("寺院", "chinese-classical"), Map.entry("古刹", "chinese-classical"),
            Map.entry("道观", "chinese-classical"), Map.entry("庙宇", "chinese-classical"),
            Map.entry("cyberpunk", "modern"));
    /** Weather words the catalog does not list: the glued list below and the general one in
     * {@code weather-words.tsv}. */
    private static Map<String, String> weatherWords() {
        Map<String, String> m = new HashMap<>(GLUED_WEATHER);
        for (String[] r : BundledTable.rows("weather-words.tsv", 2)) m.putIfAbsent(r[0], r[1]);
        return Map.copyOf(m);
    }

    /** Glued or single-character weather words (积雪, 雪). */
    private static final Map<String, String> GLUED_WEATHER = Map.ofEntries(
            Map.entry("云", "cloudy"), Map.entry("云朵", "cloudy"), Map.entry("雪", "snow"),
            Map.entry("毛毛雨", "rain"), Map.entry("灰蒙蒙", "cloudy"), Map.entry("drizzling", "rain"),
            Map.entry("ash", "dust"), Map.entry("火山灰", "dust"), Map.entry("雷阵雨", "storm"),
            Map.entry("雷震雨", "storm"), Map.entry("暴雨", "rain"), Map.entry("smog", "fog"),
            Map.entry("积雪", "snow"));
    /** Declared after the glued list it starts from (static fields start in order). */
    static final Map<String, String> WEATHER_WORDS = weatherWords();

    /** The Chinese weather words, for the splitter to keep whole (乌云/滚滚 → 乌云滚滚). */
    static Set<String> chineseWeatherWords() {
        Set<String> out = new java.util.HashSet<>();
        for (String w : WEATHER_WORDS.keySet()) {
            if (w.codePointAt(0) >= 0x2E80) out.add(w);
        }
        return out;
    }

    /** Words for a host that is many by itself ("the army camps", 大军压境). */
    static final Set<String> HOSTS = Set.of("army", "armies", "host", "horde", "hordes",
            "legion", "legions", "大军", "军队", "天兵天将", "千军万马", "敌军", "援军", "叛军",
            "兵马", "铁骑");
    /**
     * Gaits of a ridden horse: a person who gallops rides ("the knights gallop out",
     * 骑兵策马奔来), so the horse is on screen with the rider.
     */
    static final Set<String> GAITS = Set.of("gallop", "canter", "trot", "策马", "纵马",
            "驰骋", "策马奔腾", "扬鞭", "快马加鞭", "飞马", "骑马");
    /** Storms with thunder and lightning: the lightning is in the sky. */
    static final Set<String> THUNDERSTORMS = Set.of("thunderstorm", "thunderstorms",
            "electrical storm", "雷阵雨", "雷震雨", "雷雨", "电闪雷鸣", "雷暴", "雷电", "雷电交加",
            "雷雨交加");
    /**
     * Words for the sun shining: with no time named yet, a reader pictures the middle of the
     * day (阳光明媚, "a sunny day").
     */
    static final Set<String> SUNSHINE = Set.of("sunshine", "sunny", "sunlit", "sunlight",
            "sun shines", "sun is shining", "blazing sun", "阳光", "太阳高照", "烈日", "艳阳",
            "骄阳", "晴空万里", "烈日当空", "艳阳高照", "烈日炎炎", "炎炎夏日", "scorching sun",
            "beating sun");
    /** Verbs of a lesson: "we" who learn are the class, not people in the picture. */
    static final Set<String> LEARNING = Set.of("learn", "study", "认识", "学习", "了解", "研究",
            "看看", "探究", "讲", "讲讲", "说起", "聊聊", "谈谈", "预习", "复习");
    /**
     * Light that only a clear sky gives (a sunlit or coloured sky): the weather is clear when
     * nothing has named one yet ("Morning light falls across the Forum", "the orange sky").
     */
    static final Set<String> CLEAR_LIGHT = Set.of("morning light", "golden light",
            "golden hour", "orange sky", "pink sky", "red sky", "golden sky", "sky turns blue",
            "sky goes pink", "晨光", "霞光", "朝霞", "晚霞", "金色的阳光", "夕阳西下");
    /** Words of likeness: what follows them is a figure, not on screen. */
    static final Set<String> LIKE = Set.of("like", "像", "像条", "像只", "像一只", "像一条",
            "好像", "如同", "仿佛", "宛如", "犹如", "似的", "一样");
    /** Parents named beside an animal are of its kind ("跟在妈妈身边"). */
    static final Set<String> PARENTS = Set.of("妈妈", "母亲", "爸爸", "mother", "mom", "mum",
            "mama");
    /** Words before a ground cover: "covered in pine forest", 覆盖着森林. */
    static final Set<String> COVERED = Set.of("covered", "cover", "blanketed", "carpeted",
            "覆盖", "覆盖着", "长满", "长满了", "布满");
    /** Verbs of becoming: "the field turns to mud" changes the ground, not the place. */
    static final Set<String> BECOMES = Set.of("turn", "turns", "turned", "become", "becomes",
            "became", "变成", "化为", "化作", "变为", "成了", "变得");
    /**
     * Words for a part of any settlement (a street, a square): in a harbour or an old city
     * they are that place's streets, not a move to a city.
     */
    static final Set<String> SETTLEMENT_PARTS = Set.of("street", "streets", "square",
            "alley", "alleys", "market street", "街道", "街市", "街上", "街头", "广场", "小巷",
            "巷子", "街巷", "大街", "老街", "古街", "夜市");

    /**
     * Setting phrasings that name a feature found in many landscapes (a slope, a shore, a
     * meadow, the peaks, the trees): 羊群从山坡上下来 on a farm, "a heron on the far shore" of a
     * mountain lake are still on that farm and at that lake.
     */
    static final Set<String> LANDSCAPE_FEATURES = Set.of("山坡", "山上", "山顶", "山间",
            "山中", "山里", "peak", "peaks", "summit", "ridge", "hills", "hillside",
            "mountainside", "草地", "草丛", "田野", "原野", "meadow", "meadows", "field",
            "fields", "pasture", "shore", "trees", "canopy", "树冠", "林间", "沙丘", "dune",
            "dunes", "sand dunes", "plateau", "foothills", "highlands", "heath", "heathland",
            "moor", "moors", "moorland", "reef", "coral reef", "coral reefs", "cove", "lagoon",
            "headland", "oasis", "mangrove", "mangroves", "绿洲", "珊瑚礁", "泻湖", "山口", "高原",
            "荒野", "红树林");

    /** Verbs of leaving a place: the place left (走出森林, "out of the forest") is not where the
     * story is now. */
    static final Set<String> LEAVING = Set.of("走出", "离开", "飞出", "跑出", "驶出", "出了",
            "leave", "left", "exit");

    /** Heads of a spot named after its animal: "the penguin pool", "the tiger enclosure". */
    static final Set<String> SPOT_HEADS = Set.of("pool", "enclosure", "house", "cage", "pen",
            "paddock", "exhibit", "tank", "shed", "stable", "stables", "barn", "yard",
            "sanctuary", "park", "hall", "farm", "market", "show");

    /** Words before a place that make it where something is ("on the shore", 在草地上). */
    static final Set<String> LOCATIVE_BEFORE = Set.of("on", "in", "at", "over", "across",
            "between", "amid", "around", "above", "below", "beneath",
            "along", "from", "by", "near", "beyond", "under", "among", "through", "onto",
            "在", "从", "沿着", "往", "向", "朝", "穿过", "越过");
    /** Chinese locatives after a place: 草地上, 田野里, 山坡下. */
    static final Set<String> LOCATIVE_AFTER = Set.of("上", "里", "中", "边", "下", "旁", "间");

    /** Verbs of travelling to a place: a feature travelled to is where the story goes. */
    static final Set<String> TRAVEL = Set.of("来到", "到了", "到达", "抵达", "走到", "爬上",
            "登上", "回到", "前往", "去", "climb", "reach", "arrive", "head", "travel");

    /**
     * Materials before a creature that make it a statue ("marble lions", 铜马); not "golden",
     * which names kinds of the creature itself (a golden eagle, a golden monkey).
     */
    static final Set<String> SCULPTED = Set.of("marble", "stone", "bronze", "granite",
            "wooden", "jade", "gilded", "carved", "青铜", "铜");
    /** Verbs of driving a herd: the herd that follows them walks (赶着羊群). */
    static final Set<String> HERDING = Set.of("赶着", "赶", "放着", "herding", "herds",
            "drives", "driving", "赶着一群");

    /** Things that only exist today: a story with them is modern. */
    static final Set<String> MODERN_THINGS = Set.of("car", "truck", "bus", "motorcycle",
            "train", "plane", "helicopter", "street-lamp", "window-light");

    /** Verbs that end a weather ("the fog lifts", 雨停了, 雾气渐渐散去). */
    static final Set<String> STOPS = Set.of("stop", "lift", "clear", "pass", "settle", "melt",
            "end", "break", "thin", "fade", "disperse", "burn", "停", "停了", "散", "散去", "散开",
            "消散", "退去", "过去", "融化", "消融", "渐散", "散尽", "停歇", "止", "结束", "结束了",
            "放完", "散场", "平息", "化", "不见", "消失", "subside", "die down", "dies down", "ease", "let up", "lets up",
            "blow over", "peter out", "blow out", "burnt off", "burned off", "burn off");
    /** Verbs that bring a sky body up (月亮升起, "the moon rises"). */
    static final Set<String> RISES = Set.of("rise", "come", "升起", "升", "升上", "爬上",
            "挂", "挂在", "出来", "露出");
    /** Materials a thing is made of: "of stone" names no rock. */
    static final Set<String> MATERIALS = Set.of("stone", "wood", "marble", "brick", "ice",
            "granite", "timber", "bamboo", "glass", "steel", "iron", "gold");
    /** Words after a vehicle that take it away for good (drives off, sinks, 开走). */
    static final Set<String> GONE = Set.of("off", "away", "sink", "sinks", "sank", "depart",
            "vanish", "disappear", "leave", "驶离", "开走", "驶去", "远去", "沉没", "沉入", "沉下",
            "消失", "离开", "开远");
    /** Words after the sun that bring it out of clouds (太阳出来了, "the sun comes out"). */
    static final Set<String> SUN_OUT = Set.of("out", "出来", "出来了", "露出", "露脸", "钻出");
    /** Verbs that take a sky body or the sun down (the sun sets, 月亮落下). */
    static final Set<String> SETS = Set.of("set", "sink", "go", "down", "落", "落下", "落山",
            "西沉", "下山", "沉");
    /** Verbs by which a sky body is hidden from view (月亮被遮住了, "the moon is hidden"). */
    static final Set<String> HIDDEN = Set.of("遮住", "遮蔽", "挡住", "遮没", "隐没", "躲进",
            "藏进", "吞没", "hidden", "obscured", "veiled", "swallowed");
    /** Words for the sun, which is not a catalog entry but names a time or clear weather. */
    static final Set<String> SUN = Set.of("sun", "太阳", "阳光", "sunlight", "日头", "骄阳");
    /** References back to subjects already on screen. */
    static final Set<String> REFERENCES = Set.of("they", "it", "he", "she", "them",
            "它", "它们", "他们", "她们", "他", "她", "牠", "牠们");
    /** Collective words that refer back ("the herd leaves", 兽群). */
    static final Set<String> COLLECTIVES = Set.of("herd", "pack", "flock", "group", "pride",
            "family",
            "school", "troop", "pod", "swarm", "colony", "群", "兽群", "一群", "成群");
    static final Set<String> ONE = Set.of("a", "an", "one", "lone", "single", "solitary",
            "一", "一只", "一头", "一个", "一匹", "一位", "一条", "独自", "孤独", "一名", "一艘");
    static final Set<String> FEW = Set.of("two", "three", "four", "few", "couple", "pair",
            "several", "2", "3", "4", "两", "三", "四", "几", "两只", "三只", "几只", "几个",
            "两头", "几头", "两个", "三个", "几匹", "两匹", "几位", "几名", "几艘", "两艘");
    static final Set<String> MANY = Set.of("hundreds", "thousands", "hundred", "thousand",
            "countless", "millions", "成千上万", "无数", "成百上千", "上千", "上百", "千万",
            "大批", "密密麻麻", "漫山遍野");
    static final Set<String> GROUP = Set.of("dozens", "dozen", "many", "herd", "pack", "flock",
            "family",
            "group", "pride", "school", "troop", "pod", "swarm", "colony", "band", "群", "一群",
            "成群", "们", "几十", "许多", "很多", "一些", "some", "好多", "不少", "好些", "一大群");
    static final Set<String> NEGATION = Set.of("no", "not", "without", "没有", "无", "不见",
            "没");
    /**
     * Whether {@code t} opens with one of the Chinese verbs among {@code verbs}: Chinese verbs
     * come glued to their particles and objects (散去了, 升起来, 驱散了晨雾).
     */
    /**
     * Chinese adverbs of manner and aspect the splitter leaves glued before a verb (慢慢散开,
     * 渐渐停了, 终于放晴): longest first, so 慢慢地 goes before 慢慢.
     */
    private static final java.util.List<String> ASPECT = java.util.List.of("慢慢地", "渐渐地",
            "逐渐地", "缓缓地", "慢慢", "渐渐", "逐渐", "缓缓", "终于", "总算", "很快", "已经",
            "早已", "也", "就", "又", "才", "都", "已", "便");

    /** {@code t} without the aspect adverbs glued before its verb: 慢慢散开 → 散开. */
    static String verbCore(String t) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String a : ASPECT) {
                if (t.length() > a.length() && t.startsWith(a)) {
                    t = t.substring(a.length());
                    stripped = true;
                    break;
                }
            }
        }
        return t;
    }

    static boolean gluedVerb(String t, Set<String> verbs) {
        for (String v : verbs) {
            if (!v.isEmpty() && v.codePointAt(0) >= 0x2E80 && t.startsWith(v)) return true;
        }
        return false;
    }

    /** Words that make the line's camera words mean the camera, not a creature or a verb. */
    static final Set<String> CAMERA_CONTEXT = Set.of("camera", "shot", "lens", "镜头", "摄像机",
            "drone", "无人机", "航拍", "pov", "steadicam", "frame", "画面", "机位", "angle",
            "handheld", "hand-held", "手持", "肩扛", "tripod", "gimbal", "稳定器");
}
