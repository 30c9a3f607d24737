package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import dev.longshot.catalog.WordSplitter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a storyboard line the way people write it, into catalog ids ({@link LineReading}) and
 * the old vocabulary ({@link Mentions}, through {@link DrawnVocabulary}): idioms first, then
 * slug lines, lenses and frame rates, then word by word against the catalog's phrasings, with
 * counts, actions and changes read from the words around each entry; implications last
 * (a harbour is sea and boats). Every content word ends in one place: an entry's {@code said},
 * {@code approximated} (the nearest entry by meaning) or {@code notShown}.
 */
public final class StoryReader implements TextEncoder {
    /** Single verbs the catalog lists as camera moves that are changes without a camera. */
    private static final Set<String> CHANGE_VERBS = Set.of("升起", "升高", "降下", "rises",
            "rising above", "lifts up", "dives", "swoops", "flies over", "soars over",
            "flying over", "circling", "circles around", "follows", "following", "follow", "running with",
            "runs with", "running alongside",
            "tracks", "跟随", "跟着", "追随", "追踪", "俯冲", "飞越", "推进", "放大", "缩小",
            "抬头", "仰望", "扫过", "环绕", "绕着", "眼中", "视角", "high above", "from above",
            "moves forward", "moving forward", "moves back", "looks up", "sweeps across",
            "sweep across", "holds still", "pulls out", "pull out", "descending", "descends",
            "ascending", "ascends", "下降", "降落", "定格", "拉近", "拉远", "掠过上空", "俯瞰", "鸟瞰");
    /** Styles a Chinese text implies by its buildings and lights. */
    private static final Set<String> CLASSICAL_THINGS = Set.of("shopfront", "gate", "lantern",
            "pagoda", "junk", "market-stall", "city-wall", "palace");

    /** What alone is left: "only the giraffes remain", "only X is left", 只剩下, 只留下. */
    private static final java.util.regex.Pattern ONLY = java.util.regex.Pattern.compile(
            "\\bonly\\b[^.;!?]*\\b(remains?|remained|left|stays?|stayed)\\b"
            // "Only the sentry stays awake": staying in a state is no one else leaving.
            + "(?!\\s+(?:awake|asleep|still|quiet|silent|calm|close|alert|up|low|hidden))"
            + "|只剩|只留下");
    /** Vehicles that need a road under them. */
    private static final Set<String> ROAD_VEHICLES = Set.of("car", "truck", "bus",
            "motorcycle", "bicycle");
    /** Words of a street or its traffic. */
    private static final java.util.regex.Pattern STREET = java.util.regex.Pattern.compile(
            "\\bstreets?\\b|\\bavenue|\\bred light|traffic|intersection|crossroads|"
            + "街道|街上|街头|大街|马路|红灯|红绿灯|路口|十字路口|车流");

    private final Catalog catalog;
    private final WordSplitter splitter;
    private final Idioms idioms;
    private final NearestEntry nearest;
    private final DrawnVocabulary drawn;
    private final KindsOf kinds = KindsOf.bundled();
    private final SceneWords sceneWords = SceneWords.bundled();

    /**
     * @param nearest the open-vocabulary matcher, or null to report every unknown word as
     *                not shown
     */
    public StoryReader(Catalog catalog, Idioms idioms, NearestEntry nearest) {
        this.catalog = catalog;
        // 春风拂面, 乌云滚滚: a weather word the segmenter would part is kept whole.
        Set<String> known = new HashSet<>(kinds.chineseWords());
        known.addAll(ReaderWords.chineseWeatherWords());
        this.splitter = new WordSplitter(catalog, known);
        this.idioms = idioms;
        this.nearest = nearest;
        this.drawn = new DrawnVocabulary(catalog);
    }

    /** The bundled catalog, idioms and embedding model; one per JVM. */
    public static StoryReader bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final StoryReader INSTANCE = new StoryReader(Catalog.bundled(), Idioms.bundled(),
                new NearestEntry(Catalog.bundled(), new BgeEmbedder(), NearestEntry.THRESHOLD,
                        NearestEntry.THRESHOLD_EN));
    }

    /** Readings of recent distinct lines: a storyboard repeats its lines. */
    private final java.util.Map<String, Mentions> recent =
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Mentions> e) {
                    return size() > 4096;
                }
            };

    /**
     * The line read in both vocabularies. A line repeated word for word gets the same reading
     * object, so the memory takes it as one line (its camera and transition are not re-cut).
     */
    @Override
    public Mentions read(String text) {
        synchronized (recent) {
            Mentions m = recent.get(text);
            if (m == null) {
                m = readFresh(text);
                recent.put(text, m);
            }
            return m;
        }
    }

    private Mentions readFresh(String text) {
        LineReading r = reading(text);
        Set<Subject> named = drawn.subjects(r.subjects());
        Set<Subject> leaving = drawn.subjects(r.subjects().stream()
                .filter(SubjectRef::leaving).toList());
        named.removeAll(leaving);
        List<String> refs = r.pronounAction() != null ? List.of("it") : List.of();
        return new Mentions(
                r.setting() == null ? null : drawn.setting(r.setting()), null,
                r.water() == null ? null : drawn.water(r.water()),
                r.timeOfDay() == null ? null : drawn.timeOfDay(r.timeOfDay()),
                r.weather() == null ? null : drawn.weather(r.weather()),
                named, leaving,
                r.camera().move().equals("static") ? null : DrawnVocabulary.move(r.camera().move()),
                r.notShown().stream().map(NotShownWord::said).toList(), refs,
                !leaving.isEmpty() || "leave".equals(r.pronounAction()),
                r.transition() == null ? null : DrawnVocabulary.transition(r.transition()), r);
    }

    /** What the line says, in catalog ids. */
    public LineReading reading(String text) {
        ReadingDraft d = new ReadingDraft();
        d.line = text;
        List<Idioms.Found> figures = idioms.find(text);
        for (Idioms.Found f : figures) {
            String sky = SkyFigure.weather(f, text);
            if (sky != null) {
                // 天色暗下来,乌云压城: the figure said of the real sky is the weather.
                d.weather = sky;
                d.said.add(f.said());
                d.understood = true;
            } else {
                figure(f, d);
            }
        }
        String line = Idioms.blank(text, figures);
        // What is said, asked, a title or not here now is set aside: reported, not read.
        line = setAside(line, Speech.find(line), "spoken, not shown", d);
        line = setAside(line, Question.find(line), "asked, not shown", d);
        line = setAside(line, Titles.find(line), "a title, not shown", d);
        List<Speech.Said> absent = NotHereNow.find(line);
        line = setAside(line, absent, "not here now", d);
        // Where the story goes is read from the text as written, less what is not here now.
        String scene = Speech.blank(text, absent);
        List<Places.Found> places = Places.bundled().find(line);
        Set<Places.Found> modifying = PlaceModifier.modifiers(line, places,
                s -> headPlace(new Word(s, s, PartOfSpeech.NOUN, 0, s.length())));
        for (Places.Found p : places) {
            if (modifying.contains(p)) {
                // 长江边的武汉: the river gives the water, the city is the place.
                if (d.water == null) d.water = p.place().water();
                d.said.add(p.said());
            }
        }
        for (Places.Found p : places) {
            if (!modifying.contains(p)) place(p, d);
        }
        line = blankPlaces(line, places);
        boolean slug = ShotLanguage.slug(line);
        if (slug) d.timeOfDay = ShotLanguage.slugTime(line);
        else d.timeOfDay = ShotLanguage.openingTime(line);
        d.lensMm = ShotLanguage.lens(line);
        d.speed = ShotLanguage.speed(line);
        List<Word> words = splitter.split(line);
        boolean camera = cameraContext(words);
        boolean han = line.codePoints().anyMatch(c ->
                Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        List<Integer> leftover = new ArrayList<>();
        String lastSubject = null;
        boolean driving = false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            d.at = i;
            String key = Catalog.normalize(w.text());
            if ((negated(words, i) || NoneAtAll.said(words, i)) && w.content()) {
                if (absentWeather(w)) {
                    // "Not a cloud in the sky", 没有雨: the weather named as absent is clear.
                    if (d.weather == null) d.weather = "clear";
                    d.said.add(w.text());
                    d.understood = true;
                } else {
                    d.notShown.add(new NotShownWord(w.text(), "said to be absent"));
                }
                continue;
            }
            if (key.equals("falls") && !fallsNamed(words, i)) {
                // "Light falls across the Forum", "B falls": a verb, not a waterfall.
                d.modifiers.add(w.text());
                continue;
            }
            int turn = SkyTurn.predicateAt(words, i);
            if (turn > i) {
                // 天又阴了, 天慢慢黑了: the sky and its predicate, adverbs between, say the
                // weather or time as one phrasing would.
                Word p = words.get(turn);
                CatalogEntry meant = catalog.byPhrasing(SkyTurn.meaning(words, i, turn)).get(0);
                d.said.add(w.text());
                for (int k = i + 1; k < turn; k++) d.modifiers.add(words.get(k).text());
                apply(meant, p, words, turn, d, camera);
                i = turn;
                continue;
            }
            int named = ChineseNames.nameAt(words, i, t -> !catalog.byPhrasing(t).isEmpty()
                    || ReaderWords.WEATHER_WORDS.containsKey(t));
            if (named > 0) {
                // 李青骑着马, 小明和王大爷: a name the segmenter split is someone on screen.
                int last = i + named - 1;
                d.subject("person", line.substring(w.start(), words.get(last).end()), "one",
                        ActionWords.nextAction(words, last));
                for (int k = i; k <= last; k++) d.modifiers.add(words.get(k).text());
                lastSubject = "person";
                i = last;
                continue;
            }
            if (ChineseNames.surnameOfTitle(words, i)) {
                d.modifiers.add(w.text()); // 王大爷: the title names the person
                continue;
            }
            if (w.content() && simile(words, i) && !catalog.byPhrasing(w.text()).isEmpty()) {
                // "累得像条狗", "packed like sardines": a likeness, not a thing on screen.
                d.notShown.add(new NotShownWord(w.text(), "a figure of speech, not scenery"));
                continue;
            }
            if (PACKED.contains(key) && lastSubject != null && !HUMAN.contains(lastSubject)) {
                // "hippos lie packed in the shallows": how the animals just named lie, no
                // crowd of people.
                d.modifiers.add(w.text());
                continue;
            }
            if (CreatureCompound.modifier(words, i, this::namesAnimal)
                    || CreatureCompound.youngOfBefore(words, i, this::namesAnimal)) {
                // "a fish eagle": the eagle; "a zebra foal": the zebra (see CreatureCompound).
                d.modifiers.add(w.text());
                continue;
            }
            if (ReaderWords.PARENTS.contains(key) && (animalNamed(d) || youngNamed(d))) {
                // 小马驹跟在妈妈身边, "two cubs … their mother": an animal's mother is of its
                // kind, not a person.
                d.modifiers.add(w.text());
                continue;
            }
            if ((ReaderWords.KIN.contains(key) || ReaderWords.KIN.contains(w.lemma()))
                    && lastSubject != null && d.subjects.containsKey(lastSubject)) {
                // "a polar bear and her two cubs": the young are more of the same kind.
                SubjectRef s = d.subjects.get(lastSubject);
                String young = SubjectCount.count(w, words, i);
                String more = "group".equals(young) || "many".equals(young)
                        || "group".equals(s.count()) || "many".equals(s.count())
                        ? ("many".equals(s.count()) ? "many" : "group") : "few";
                d.subjects.put(lastSubject, new SubjectRef(s.id(), s.said(), more,
                        s.action() != null ? s.action() : ActionWords.nextAction(words, i)));
                d.modifiers.add(w.text());
                continue;
            }
            if (ReaderWords.PARENTS.contains(key) && i > 0 && lastSubject == null
                    && Catalog.normalize(words.get(i - 1).text()).equals("the")) {
                // "the mother stops": the mother of the animals on screen, said back.
                d.refersBack = true;
                d.modifiers.add(w.text());
                continue;
            }
            if (ReaderWords.KIN.contains(key) || ReaderWords.KIN.contains(w.lemma())
                    || key.equals("does") && !counted(words, i)) {
                // "her calf", "the matriarch": the young and old of what is on screen, not a
                // new creature; "how does": a verb. "The cub stays close, watching": what
                // they do is done by the animals on screen.
                if (!key.equals("does") && i > 0 && DETERMINERS.contains(
                        Catalog.normalize(words.get(i - 1).text()))) {
                    d.refersBack = true;
                }
                d.modifiers.add(w.text());
                continue;
            }
            String ofThem = SubjectCount.countOfThem(words, i);
            if (ofThem != null && lastSubject == null && d.subjects.isEmpty()) {
                // "Then another, and another: three of them now": the count of what is on
                // screen, named on a line before.
                d.countBack = ofThem;
                d.refersBack = true;
                d.modifiers.add(w.text());
                continue;
            }
            if (ofThem != null && lastSubject != null) {
                // "Dolphins! Three of them…": the count of what was just named.
                SubjectRef s = d.subjects.get(lastSubject);
                d.subjects.put(lastSubject, new SubjectRef(s.id(), s.said(), ofThem,
                        s.action()));
                d.modifiers.add(w.text());
                continue;
            }
            boolean referredBefore = d.refersBack;
            if (ReaderWords.REFERENCES.contains(key) || Set.of("we", "us", "我们", "大家", "咱们",
                    "him", "her", "his").contains(key)) {
                d.refersBack = true;
            }
            if (Set.of("he", "she", "him", "her", "他", "她").contains(key)) {
                // A reference back: the action goes to the subject last named, and a camera
                // on the line frames whom it agrees with.
                if (d.pronoun == null && Set.of("he", "she").contains(key)) d.pronoun = key;
                // "The camera follows her": whom it frames, as "she" would say.
                if (d.pronoun == null && key.equals("him")) d.pronoun = "he";
                if (d.pronoun == null && key.equals("her") && !possessive(words, i)) {
                    d.pronoun = "she";
                }
                continue;
            }
            if (Set.of("大家", "everyone", "everybody").contains(key) && animalNamed(d)) {
                // 猴王带着大家: "everyone" in an animal's tale is the rest of its kind.
                d.modifiers.add(w.text());
                continue;
            }
            if (ActionWords.EVERYONE.contains(key)) {
                // "The market closes and everyone heads home": all the people on screen.
                d.refersBack = true;
                d.modifiers.add(w.text());
                lastSubject = null;
                continue;
            }
            if (key.equals("we") && cameraNamed(d, camera) && i + 1 < words.size()
                    && CAMERA_VERBS.contains(words.get(i + 1).lemma())) {
                // "Tracking shot: we follow the turtle": in a shot list "we" is the camera.
                d.modifiers.add(w.text());
                continue;
            }
            int look = Address.lookHere(words, i);
            if (look > i) {
                // 你看, 同学们请看: the narrator points; no one on screen looks.
                for (int k = i; k <= look; k++) d.modifiers.add(words.get(k).text());
                i = look;
                continue;
            }
            if (Set.of("we", "us", "我们", "大家", "咱们", "同学们").contains(key)
                    && learning(words, i)) {
                // 今天我们来认识水的循环, "today we learn": a lesson's class, not on screen.
                d.modifiers.add(w.text());
                continue;
            }
            boolean narrator = Set.of("we", "我们", "咱们").contains(key);
            int boarded = narrator ? Boarding.vehicleAfter(words, i, this::namesVehicle) : -1;
            if (boarded > i) {
                // "We climb into a long wooden boat", 我们上了船: the narrator rides it.
                d.subject("person", w.text(), "few", "ride");
                lastSubject = "person";
                continue;
            }
            int travel = narrator ? Narration.travelVerb(words, i) : -1;
            if (travel > i) {
                // "we reach Santorini", 我们出发去鸣沙山: the narrator tells the way there; the
                // verb is the narrator's too, no action of anyone on screen ("We drive up").
                // Where they go is another spot: what stays behind at the old one is not seen.
                d.refersBack = referredBefore;
                d.travels = true;
                for (int k = i; k <= travel; k++) d.modifiers.add(words.get(k).text());
                i = travel;
                continue;
            }
            if (narrator && Narration.onlyLooks(words, i)) {
                // "without any signal we can see", "we lose it in the brown water": the
                // narrator only looks; the eye is the camera's, no one on screen.
                d.refersBack = referredBefore;
                d.modifiers.add(w.text());
                continue;
            }
            if (key.equals("us") && i > 0 && (OBJECT_PLACES.contains(
                    Catalog.normalize(words.get(i - 1).text())) || Narration.lookedAt(words, i))
                    || Narration.onlyTheCamera(words, i)) {
                // "a tour boat going under us", "gulls fly past us", 冲我们摇尾巴, "as we get
                // closer": where the camera is, not people on screen.
                d.refersBack = referredBefore;
                d.modifiers.add(w.text());
                continue;
            }
            if (Set.of("we", "us", "我们", "大家", "咱们").contains(key)) {
                // The travellers telling the story are people on screen; in a crowd, they
                // are the crowd (人山人海,大家都在拍照).
                String who = d.subjects.containsKey("crowd") ? "crowd" : "person";
                String act = ActionWords.nextAction(words, i);
                if (who.equals("crowd")) {
                    if (act != null) d.act("crowd", act);
                    d.said.add(w.text());
                } else {
                    // "We" telling a trip are a few; 大家 and a tour group grow the count.
                    d.subject("person", w.text(), key.equals("大家") ? "group" : "few", act);
                }
                lastSubject = who;
                continue;
            }
            String styled = ReaderWords.STYLE_WORDS.get(w.lemma());
            if (styled == null) styled = ReaderWords.STYLE_WORDS.get(key);
            if (styled != null && d.style == null) d.style = styled;
            PastPeriod.Age age = PastPeriod.of(words, i);
            if (age != null) {
                d.past = true;
                if (age.style() != null && d.style == null) d.style = age.style();
            }
            if ((ReaderWords.PEOPLE.contains(w.lemma()) || ReaderWords.PEOPLE.contains(key))
                    && creatureFollows(words, i)) {
                // "a baby elephant": a word for a person before a creature is its age.
                d.modifiers.add(w.text());
                continue;
            }
            if ((ReaderWords.PEOPLE.contains(w.lemma()) || ReaderWords.PEOPLE.contains(key))
                    && homeFollows(words, i)) {
                // 到了新娘家门口, 去奶奶家: whose home it is, not someone on screen.
                d.modifiers.add(w.text());
                continue;
            }
            if ((ReaderWords.PEOPLE.contains(w.lemma()) || ReaderWords.PEOPLE.contains(key))
                    && saidInGeneral(words, i)) {
                d.notShown.add(new NotShownWord(w.text(), "said in general, not on screen"));
                continue;
            }
            if (ReaderWords.PEOPLE.contains(w.lemma()) || ReaderWords.PEOPLE.contains(key)) {
                String act = ActionWords.nextAction(words, i);
                if (ReaderWords.DRIVERS.contains(w.lemma()) || ReaderWords.DRIVERS.contains(key)) {
                    driving = true;
                }
                d.subject("person", w.text(), SubjectCount.count(w, words, i), act);
                ourPeople(words, i, d);
                lastSubject = "person";
                continue;
            }
            if (styled != null && catalog.byPhrasing(w.text()).isEmpty()
                    && catalog.byPhrasing(w.lemma()).isEmpty()) {
                d.said.add(w.text());
                continue;
            }
            String weatherWord = ReaderWords.WEATHER_WORDS.get(key);
            if (weatherWord != null) {
                weather(weatherWord, w, words, i, d);
                d.understood = true;
                continue;
            }
            if (key.equals("俯视") || key.equals("俯视镜头")) {
                d.angle = "top-down";
                d.modifiers.add(w.text());
                continue;
            }
            if (ReaderWords.HOSTS.contains(key) && i > 0 && vehicle(words.get(i - 1))) {
                // 机车大军, "an army of scooters": many riders, not soldiers.
                d.subject("person", w.text(), "many", "ride");
                continue;
            }
            if (SexOfKind.said(words, i, this::namesCreature)) {
                d.modifiers.add(w.text()); // "a moose cow": which of its kind, not a cow
                continue;
            }
            if (Collectives.countsNext(words, i, this::namesCreature)) {
                // "a flock of gulls": the herd word counts the gulls, it is no bird of its own.
                d.modifiers.add(w.text());
                continue;
            }
            CatalogEntry e = entry(w, camera, i == 0 || slugStart(words, i),
                    i + 1 >= words.size() || words.get(i + 1).pos() == PartOfSpeech.PUNCTUATION);
            // "The camera orbits the sheep": a camera verb before its object is the camera;
            // other verbs before an object are not the entry they spell (rams, flies).
            if (e != null && verbBeforeObject(words, i)
                    && !(camera && e.kind() == CatalogKind.SHOT)) {
                e = null;
            }
            if (e != null && !englishVerb(w) && SHOWN_AS_NOUNS.contains(e.kind())
                    && (agreesWithDoer(words, i) || coordinatedVerb(words, i))) {
                // "The old fisherman waves", "the pigs squeal and crowd round": a verb by its
                // place in the sentence, though the tagger read a noun; spent as the doer's.
                String act = ActionWords.action(words, i);
                if (act != null && lastSubject != null) d.act(lastSubject, act);
                d.modifiers.add(w.text());
                continue;
            }
            // (A slug heading's capitals, "EXT. DOCKSIDE STREET", are names of places whatever
            // the tagger makes of them.)
            if (e != null && englishVerb(w)
                    && SHOWN_AS_NOUNS.contains(e.kind())
                    && !Catalog.normalize(w.text()).endsWith("ed")
                    && !(slug && w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT)))) {
                // "Farmer Jones waves", "a swallow flies low": a word tagged as a verb names
                // no place, water, creature or thing (but the catalog's "packed" is a crowd).
                e = null;
            }
            if (e != null && e.kind() == CatalogKind.THING && headFollows(words, i, camera)) {
                // "a stone pier", "the lighthouse door" is not: an English compound of two
                // things is the last one; the first says what it is made of or for.
                d.modifiers.add(w.text());
                continue;
            }
            if (e != null) {
                String id = apply(e, w, words, i, d, camera);
                if (e.kind() == CatalogKind.CREATURE && id != null) {
                    lastSubject = id;
                    int name = GivenName.after(words, i);
                    if (name > i) {
                        GivenName.give(d, id, words, name); // "a fox called Pip"
                        i = name;
                    }
                }
                continue;
            }
            CatalogEntry head = w.content() && !simile(words, i) && kinds.of(w) == null
                    ? headOf(w) : null;
            if (head != null) {
                // 白马, 橘猫, 乌篷船: a Chinese compound is a kind of its last part.
                String id = apply(head, w, words, i, d, camera);
                d.said.remove(w.text());
                d.approximated.add(new Approximation(w.text(), head.id(), 1.0));
                if (id != null) lastSubject = id;
                continue;
            }
            KindsOf.Kind kind = w.content() && !simile(words, i) && !verbSlot(words, i)
                    ? kinds.of(w) : null;
            if (kind != null) {
                // "hyenas", 鬣狗, "girafes": a kind of an entry, counted and acted as one.
                String id = apply(kind.entry(), w, words, i, d, camera);
                if (kind.entry().kind() != CatalogKind.SETTING) {
                    // A kind of place (渔村, 商业街) is the setting itself, said, not a guess.
                    d.said.remove(w.text());
                    d.approximated.add(new Approximation(w.text(), kind.entry().id(),
                            kind.similarity()));
                }
                if (id != null) lastSubject = id;
                continue;
            }
            String action = ActionWords.action(words, i);
            // 晒太阳, one word to the splitter: whoever basks in the sun has it shining on them.
            String bask = Catalog.normalize(w.text());
            if (bask.startsWith("晒") && ReaderWords.SUN.contains(bask.substring(1))
                    && d.weather == null) {
                d.weather = "clear";
            }
            if (action != null && lastSubject != null && ActionWords.purpose(words, i)
                    && d.subjects.get(lastSubject) != null
                    && d.subjects.get(lastSubject).action() != null
                    && !Set.of("arrive", "leave", "walk", "run", "stand").contains(
                            d.subjects.get(lastSubject).action())) {
                // (but "return to drink", "went to eat": coming is for what they do there;
                // "the hikers stop to eat": stopping is too)
                // "the squire sits down to wait": what the action is for, not a new action.
                d.modifiers.add(w.text());
                continue;
            }
            if (action != null && ActionWords.insideLikeness(words, i)) {
                d.modifiers.add(w.text()); // 像一片移动的白云: a likeness, no one's action
                continue;
            }
            String inverted = Inversion.action(words, i, action);
            int after = inverted != null ? Inversion.subjectAfter(words, i) : -1;
            if (after > i && creatureAt(words, after)) {
                // "Up in the oak sat the owl", "Here comes our diver": the subject follows.
                d.actionForNext = inverted;
                d.modifiers.add(w.text());
                continue;
            }
            int object = action != null ? existentialObject(words, i) : -1;
            if (object > i) {
                // 天边出现了一群大雁, 东边出现了一道彩虹: the verb comes before what appears;
                // it is the action of a creature named after it, of no one named before.
                if (creatureAt(words, object)) d.actionForNext = action;
                d.modifiers.add(w.text());
                continue;
            }
            if (action != null && ActionWords.cameraClause(words, i, d)) {
                // 推镜头,穿过人群,停在摊位前: in a camera line a clause that names no one
                // moves the camera, not the crowd it passes.
                d.modifiers.add(w.text());
                continue;
            }
            if (action != null && !(lastSubject == null && d.subjects.isEmpty()
                    && !ActionWords.referenceBefore(words, i, line) && !d.refersBack)) {
                String them = ActionWords.subjectPronoun(words, i);
                if (lastSubject != null && !(them != null
                        && Narration.notTheNarrator(them, d.subjects.get(lastSubject)))) {
                    d.act(lastSubject, action);
                } else if (lastSubject != null) {
                    // "We hold our breath as it strikes": "it" is the heron on screen, not us.
                    d.pronounAction = action;
                    d.pronoun = them;
                } else {
                    d.pronounAction = action;
                    d.pronoun = ActionWords.pronounBefore(words, i);
                }
                // A glued action (跳/来/跳/去) is spent whole, not re-read in parts.
                int parts = ActionWords.gluedAction(words, i);
                for (int k = i; k < i + parts; k++) d.modifiers.add(words.get(k).text());
                i += parts - 1;
                continue;
            }
            if (change(w, words, i, d)) continue;
            if (ReaderWords.COLLECTIVES.contains(w.lemma()) || ReaderWords.GROUP.contains(key)
                    || ReaderWords.MANY.contains(key) || ReaderWords.FEW.contains(key)) {
                if (Collectives.saidBack(words, i)) d.herdBack = true;
                d.modifiers.add(w.text());
                continue;
            }
            if (slug && (key.equals("day") || key.equals("日") || key.equals("外景")
                    || key.equals("内景"))) {
                d.modifiers.add(w.text());
                continue;
            }
            if (ReaderWords.CAMERA_CONTEXT.contains(key) || CHANGE_VERBS.contains(key)
                    || action != null) {
                // Camera words, verbs of motion without a camera, actions with no one named:
                // spent on the line's camera and motion, not things to show.
                d.modifiers.add(w.text());
                continue;
            }
            // "Farmer Jones", "Inspector Chen": a name after its title is the person named.
            if (w.content() && Names.personActing(words, i) && !d.namedAt.containsValue(i - 1)) {
                // "A-Ming runs along the pier": someone named is a person on screen; "Tom and
                // Mei walk in" are two.
                boolean pair = i >= 2 && Catalog.normalize(words.get(i - 1).text()).equals("and")
                        && words.get(i - 2).text().matches("[A-Z][A-Za-z-]+");
                // "Sir Aldric rides out": a knight, one of the soldiers of the contract.
                String who = i > 0 && words.get(i - 1).text().equals("Sir") ? "soldier"
                        : "person";
                d.subject(who, w.text(), pair ? "few" : "one", null);
                lastSubject = who;
                continue;
            }
            if (w.content() && verbOfSomeone(words, i)) {
                // "the stag lifts its head", "a fisherman casts": what a doer does is no thing.
                d.modifiers.add(w.text());
                continue;
            }
            SettingCue mountain = MountainName.cue(words, i);
            if (mountain != null) {
                if (d.setting == null) {
                    d.setting = "mountains";
                    d.settingCue = mountain;
                }
                d.said.add(w.text());
                continue;
            }
            if (w.content()) leftover.add(i);
        }
        stops(d);
        DroneMove.apply(words, leftover, d);
        followed(lower(line), d);
        d.sunlit = ReaderWords.SUNSHINE.stream().anyMatch(lower(line)::contains);
        d.emptied = EmptyPlace.said(catalog, lower(line), words);
        d.elsewhere = d.travels || SpotChange.of(scene, slug);
        d.heading = SpotChange.heading(scene);
        d.leap = TimeLeap.dayOrMore(line);
        if (SpotChange.going(scene)) d.refersBack = true; // the story's people go there too
        d.goesOn = !d.elsewhere && SpotChange.goingUnsaid(scene);
        if (d.goesOn) d.refersBack = true;
        // Only said of subjects: "只剩下风声" (only the wind is heard) clears no one.
        d.only = !d.subjects.isEmpty() && ONLY.matcher(lower(line)).find();
        if (d.sunlit || ReaderWords.CLEAR_LIGHT.stream().anyMatch(lower(line)::contains)) {
            d.weakWeather = "clear";
        }
        Riding.horsemen(d);
        // Chinese gaits are matched in the text: the segmenter may split 策马 into 策/马.
        if (words.stream().anyMatch(w -> ReaderWords.GAITS.contains(w.lemma())
                || ReaderWords.GAITS.contains(Catalog.normalize(w.text())))
                || han && ReaderWords.GAITS.stream().anyMatch(line::contains)) {
            Riding.gallop(d);
        }
        Riding.unridden(catalog, d);
        Riding.mounts(d);
        SubjectRef driver = d.subjects.get("person");
        if (driving && driver != null && driver.action() == null) d.act("person", "ride");
        sharedVerbs(words, d);
        moreOfTheSame(words, d);
        Companions.follow(words, d);
        LeavesAfter.mark(words, d);
        onVehicles(words, d);
        crowdOfPeople(d);
        d.allAlong = theyLead(words);
        if (slug) SlugPlace.apply(d, ShotLanguage.slugPlace(line));
        implications(d, han);
        if (slug) SlugPlace.dry(d, ShotLanguage.slugPlace(line));
        streetTraffic(d);
        sceneWords.account(words, leftover, d, w -> {
            int at = words.indexOf(w);
            if (cameraNamed(d, camera) && vantage(words, at)) {
                // "Wide shot from the battlements": where the camera stands, not in shot.
                d.notShown.add(new NotShownWord(w.text(), "where the camera stands"));
            } else {
                approximate(w, verbSlot(words, at), d);
            }
        });
        return d.reading();
    }

    /** Verbs of appearing that put what appears after them (出现了一道彩虹, 飞来一群鸟). */
    private static final Set<String> APPEARING = Set.of("出现", "出现了", "冒出", "冒出了",
            "飞来", "飞来了", "游来", "游来了", "跑来", "跑来了", "走来", "走来了", "来了", "浮现",
            "涌来", "涌来了", "钻出", "钻出了");

    /**
     * The word a Chinese verb of appearing at {@code i} puts on screen, past 了, numbers,
     * measures and adjectives: a creature, thing or sky entry; -1 when it names none.
     */
    private int existentialObject(List<Word> words, int i) {
        if (!APPEARING.contains(Catalog.normalize(words.get(i).text()))) return -1;
        for (int k = i + 1; k < Math.min(words.size(), i + 5); k++) {
            Word a = words.get(k);
            if (a.pos() == PartOfSpeech.PUNCTUATION) return -1;
            // 两/只 is tagged an adverb: a measure word all the same.
            if (Set.of(PartOfSpeech.FUNCTION, PartOfSpeech.NUMBER, PartOfSpeech.MEASURE,
                    PartOfSpeech.ADJECTIVE, PartOfSpeech.ADVERB).contains(a.pos())) {
                continue;
            }
            boolean shown = catalog.byPhrasing(a.text()).stream().anyMatch(e ->
                    Set.of(CatalogKind.CREATURE, CatalogKind.THING, CatalogKind.SKY)
                            .contains(e.kind()))
                    || kinds.of(a) != null || headOf(a) != null;
            return shown ? k : -1;
        }
        return -1;
    }

    /** Whether the word at {@code k} names a creature. */
    private boolean creatureAt(List<Word> words, int k) {
        Word a = words.get(k);
        if (catalog.byPhrasing(a.text()).stream().anyMatch(e -> e.kind() == CatalogKind.CREATURE)) {
            return true;
        }
        KindsOf.Kind kind = kinds.of(a);
        CatalogEntry head = kind != null ? kind.entry() : headOf(a);
        return head != null && head.kind() == CatalogKind.CREATURE;
    }

    /** Whether the English word after {@code i} names a thing too ("stone pier"). */
    private boolean headFollows(List<Word> words, int i, boolean camera) {
        if (i + 1 >= words.size() || !words.get(i).text().chars().allMatch(c -> c < 128)) {
            return false;
        }
        Word next = words.get(i + 1);
        if (next.pos() == PartOfSpeech.PUNCTUATION || !next.content()) return false;
        if (verbSlot(words, i + 1) || verbAfterThing(words, i + 1)) return false;
        // "pine trees", "palm trees": before a word for plants a plant names the kind; any
        // other thing is only part of the kind's name ("plane trees" are no planes).
        boolean plants = java.util.stream.Stream.of(next.text(), next.lemma())
                .flatMap(t -> catalog.byPhrasing(t).stream())
                .anyMatch(x -> Set.of("tree", "flowers", "tall-grass").contains(x.id()));
        if (plants) {
            CatalogEntry first = entry(words.get(i), camera, false, false);
            return first != null && !PLANTS.contains(first.id());
        }
        CatalogEntry head = entry(next, camera, false, false);
        return head != null && head.kind() == CatalogKind.THING;
    }

    /**
     * Whether the -s word at {@code i} is the verb of the thing before it ("the boat rocks at
     * its mooring", "the flag flies high"): a preposition, article or adverb follows it.
     */
    private static boolean verbAfterThing(List<Word> words, int i) {
        String t = Catalog.normalize(words.get(i).text());
        if (!ReaderWords.sForm(t) || i + 1 >= words.size()) return false;
        String after = Catalog.normalize(words.get(i + 1).text());
        return DETERMINERS.contains(after) || after.endsWith("ly")
                || ReaderWords.LOCATIVE_BEFORE.contains(after)
                || Set.of("at", "in", "on", "by", "off", "away", "up", "down", "high", "low")
                .contains(after);
    }

    /** What is made of or from a creature (鱼丸, 牛肉, 羊毛, 鸡蛋): the creature is not shown. */
    private static final Set<String> PRODUCTS = Set.of("丸", "丸子", "肉", "汤", "奶", "蛋", "毛",
            "皮", "油", "骨", "骨头", "干", "粉", "饭", "面", "翅", "腿", "丝", "罐头", "排骨",
            "烟"); // 狼烟: the smoke of a beacon fire

    /** Whether the Chinese creature word at {@code i} runs straight into a product of it. */
    private static boolean madeFrom(List<Word> words, int i) {
        if (i + 1 >= words.size()) return false;
        Word w = words.get(i);
        Word next = words.get(i + 1);
        return next.start() == w.end() && PRODUCTS.contains(next.text())
                && w.text().codePoints().allMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.HAN);
    }

    /**
     * Endings that keep a Chinese word what it names: places at it (桥上, 河边, 树下) and
     * gatherings of it (松林, 花丛, 船队).
     */
    private static final String AT_OR_MANY = "上下边旁里内外前后中顶头底脚口间侧畔林丛群队们堆片阵串排列行";

    /**
     * Whether a Chinese word holds a name of {@code e} only in front of a head of its own
     * (鱼丸, 牛奶), not before a place or gathering word (桥上, 松林).
     */
    private static boolean modifiedBy(String word, CatalogEntry e) {
        boolean inFront = false;
        for (String name : e.zh()) {
            int at = word.indexOf(name);
            if (at < 0) continue;
            String rest = word.substring(at + name.length());
            if (rest.codePoints().allMatch(c -> AT_OR_MANY.indexOf(c) >= 0)) return false;
            inFront = true;
        }
        return inFront;
    }

    /**
     * Whether the English word at {@code i} is a verb, which shows nothing of its own: what
     * the tagger reads as one ("the stag lifts its head", "a fisherman casts"), or any word
     * right after a pronoun ("they kick"). Verbs of sound stay reported: they are heard.
     */
    private static boolean verbOfSomeone(List<Word> words, int i) {
        String t = Catalog.normalize(words.get(i).text());
        if (i == 0 || !t.chars().allMatch(c -> c < 128 && Character.isLetter(c))) return false;
        int k = i - 1;
        if (k > 0 && words.get(k).pos() == PartOfSpeech.ADVERB) k--;
        String b = Catalog.normalize(words.get(k).text());
        if (Set.of("he", "she", "it", "they", "we", "i", "you").contains(b)) return true;
        if (SOUNDS.contains(words.get(i).lemma())) return false; // heard, so reported
        return englishVerb(words.get(i));
    }

    /**
     * Whether the English word at {@code i} is the verb of the one doer right before it: an
     * -s form after a singular creature or person ("the old fisherman waves", "a swallow
     * flies") or after a name inside the sentence ("Farmer Jones waves"). The tagger often
     * reads such a word as a plural noun.
     */
    private boolean agreesWithDoer(List<Word> words, int i) {
        String t = words.get(i).text();
        if (i == 0 || !t.chars().allMatch(c -> c < 128 && Character.isLetter(c))
                || !t.endsWith("s") || t.endsWith("ss")) {
            return false;
        }
        Word b = words.get(i - 1);
        String bt = b.text();
        // "The fishing boat rocks at its mooring": a boat or cart that rocks, not a rock.
        if (Catalog.normalize(t).equals("rocks") && catalog.byPhrasing(bt).stream()
                .anyMatch(x -> Riding.VEHICLES.contains(x.id()))) {
            return true;
        }
        if (!bt.chars().allMatch(c -> c < 128 && Character.isLetter(c))) return false;
        // A capital inside a sentence, not the one opening it ("White houses tumble").
        boolean name = i >= 2 && Character.isUpperCase(bt.charAt(0))
                && words.get(i - 2).pos() != PartOfSpeech.PUNCTUATION
                && words.get(i - 2).text().chars().allMatch(c -> c < 128 && c != '.');
        boolean oneCreature = Catalog.normalize(bt).equals(b.lemma())
                && catalog.byPhrasing(bt).stream().anyMatch(x -> x.kind() == CatalogKind.CREATURE);
        return name || oneCreature;
    }

    /**
     * Whether the English word at {@code i} is a second verb joined by "and" to the verb
     * before it ("the pigs squeal and crowd round", "gulls wheel and flock"): a verb, not the
     * crowd or flock it spells.
     */
    private static boolean coordinatedVerb(List<Word> words, int i) {
        if (i < 2 || !Catalog.normalize(words.get(i - 1).text()).equals("and")) return false;
        Word v = words.get(i - 2);
        if (!v.text().chars().allMatch(c -> c < 128)) return false;
        return englishVerb(v) || SOUNDS.contains(v.lemma())
                || ReaderWords.ACTIONS.containsKey(v.lemma()) && !v.text().equals(v.lemma() + "s")
                        && i >= 3 && words.get(i - 3).pos() != PartOfSpeech.PUNCTUATION
                        && !Set.of("the", "a", "an", "of").contains(
                                Catalog.normalize(words.get(i - 3).text()));
    }

    /** Kinds of entry that a noun names (a verb spelled the same names none of them). */
    /** {@code line} with {@code found} blanked, each reported as not shown for {@code why}. */
    private static String setAside(String line, List<Speech.Said> found, String why,
            ReadingDraft d) {
        for (Speech.Said s : found) d.notShown.add(new NotShownWord(s.words(), why));
        return Speech.blank(line, found);
    }

    /** "follows her", 跟着他: the camera phrase keeps its pronoun, whom the track frames. */
    private static final java.util.regex.Pattern FOLLOWED = java.util.regex.Pattern.compile(
            "\\bfollow(?:s|ing)? (him|her|them)\\b|跟着(他|她|它)");

    private static void followed(String lowerLine, ReadingDraft d) {
        java.util.regex.Matcher m = FOLLOWED.matcher(lowerLine);
        if (!m.find()) return;
        d.refersBack = true;
        String who = m.group(1) != null ? m.group(1) : m.group(2);
        if (d.pronoun == null) {
            d.pronoun = switch (who) {
                case "him", "他" -> "he";
                case "her", "她" -> "she";
                default -> null;
            };
        }
    }

    /**
     * Whether "her" at word {@code i} owns what follows ("her calf", "her red coat") rather
     * than being whom the line acts on ("follows her down the street", "watch her", end of
     * line): only a following preposition or adverb of place leaves it an object.
     */
    private static boolean possessive(List<Word> words, int i) {
        if (i + 1 >= words.size()) return false;
        return !OBJECT_FOLLOWERS.contains(Catalog.normalize(words.get(i + 1).text()));
    }

    /** Words after an object pronoun: where or how it is followed. */
    private static final Set<String> OBJECT_FOLLOWERS = Set.of("down", "up", "into", "through",
            "across", "along", "to", "towards", "toward", "from", "as", "past", "around",
            "round", "out", "in", "on", "onto", "over", "under", "with", "back", "away",
            "home", "again", "closely", "slowly", "until", "while", "and", "off", "inside");

    private static final Set<CatalogKind> SHOWN_AS_NOUNS = Set.of(CatalogKind.SETTING,
            CatalogKind.WATER, CatalogKind.CREATURE, CatalogKind.THING);

    /** Whether {@code w} is English and the tagger is sure it is a verb. */
    private static boolean englishVerb(Word w) {
        return w.pos() == PartOfSpeech.VERB && w.text().chars().allMatch(c -> c < 128);
    }

    /** Verbs of a sound: what they say is heard, not seen, and is reported as not shown. */
    private static final Set<String> SOUNDS = Set.of("call", "howl", "roar", "sing", "bark",
            "cry", "chirp", "shout", "scream", "whistle", "hoot", "growl", "bellow", "honk",
            "ring", "erupt", "thunder", "cheer", "laugh", "squeal", "grunt", "moo", "bleat",
            "neigh", "whinny", "quack", "cluck", "crow", "snort", "hiss", "squawk", "purr",
            "meow", "chatter", "trumpet", "yelp", "whimper");

    /** Whether {@code w} names a creature or people, by the catalog or as a kind of one. */
    /** Whether {@code w} names a vehicle one rides in ("boat", "ferry", 船). */
    private boolean namesVehicle(Word w) {
        return java.util.stream.Stream.concat(catalog.byPhrasing(w.text()).stream(),
                catalog.byPhrasing(w.lemma()).stream())
                .anyMatch(e -> e.kind() == CatalogKind.THING && Riding.VEHICLES.contains(e.id()));
    }

    /** Whether {@code w} names an animal: a creature that is not people. */
    private boolean namesAnimal(Word w) {
        if (ReaderWords.PEOPLE.contains(w.lemma())
                || ReaderWords.PEOPLE.contains(Catalog.normalize(w.text()))) {
            return false;
        }
        List<CatalogEntry> found = new ArrayList<>(catalog.byPhrasing(w.text()));
        found.addAll(catalog.byPhrasing(w.lemma()));
        if (found.isEmpty()) {
            KindsOf.Kind kind = kinds.of(w);
            if (kind != null) found.add(kind.entry());
        }
        return !found.isEmpty() && found.stream().allMatch(e -> e.kind() == CatalogKind.CREATURE
                && !HUMAN.contains(e.id()));
    }

    /** The catalog's words of a crowd that also say how closely anything lies. */
    private static final Set<String> PACKED = Set.of("packed", "crowded", "thronged");

    /** Creature ids that are people. */
    private static final Set<String> HUMAN = Set.of("person", "child", "crowd", "soldier",
            "farmer", "fisherman", "merchant", "monk", "porter", "scholar", "knight", "rider",
            "archer", "army");

    private boolean namesCreature(Word w) {
        if (ReaderWords.PEOPLE.contains(w.lemma())
                || ReaderWords.PEOPLE.contains(Catalog.normalize(w.text()))) {
            return true;
        }
        boolean listed = java.util.stream.Stream.concat(catalog.byPhrasing(w.text()).stream(),
                catalog.byPhrasing(w.lemma()).stream())
                .anyMatch(e -> e.kind() == CatalogKind.CREATURE);
        KindsOf.Kind kind = listed ? null : kinds.of(w);
        return listed || kind != null && kind.entry().kind() == CatalogKind.CREATURE;
    }

    /** Words that join subjects into one: "and", 和, 与, 跟, 、 and commas. */
    private static final Set<String> JOINERS = Set.of("and", "和", "与", "跟", "、", ",",
            "\uFF0C");

    /**
     * "Mum, Dad and the two kids walk in": subjects joined by "and" (和, 与, a comma) share
     * the verb that follows the last of them, when nothing between them is a verb.
     */
    private static void sharedVerbs(List<Word> words, ReadingDraft d) {
        List<Map.Entry<String, Integer>> named = new ArrayList<>(d.namedAt.entrySet());
        named.sort(Map.Entry.comparingByValue());
        for (int j = named.size() - 1; j > 0; j--) {
            SubjectRef later = d.subjects.get(named.get(j).getKey());
            SubjectRef earlier = d.subjects.get(named.get(j - 1).getKey());
            if (later == null || earlier == null || later.action() == null
                    || earlier.action() != null) {
                continue;
            }
            boolean joined = false;
            boolean apart = false;
            for (int k = named.get(j - 1).getValue() + 1; k < named.get(j).getValue(); k++) {
                String t = Catalog.normalize(words.get(k).text());
                if (JOINERS.contains(t)) joined = true;
                else if (words.get(k).pos() == PartOfSpeech.PUNCTUATION
                        || ActionWords.action(words, k) != null) {
                    apart = true;
                }
            }
            if (joined && !apart) d.act(earlier.id(), later.action());
        }
    }

    /**
     * "Sir Aldric rides out first, then five more knights behind him": those counted as more,
     * with no verb of their own, do what the one named before them does.
     */
    private static void moreOfTheSame(List<Word> words, ReadingDraft d) {
        List<Map.Entry<String, Integer>> named = new ArrayList<>(d.namedAt.entrySet());
        named.sort(Map.Entry.comparingByValue());
        for (int j = 1; j < named.size(); j++) {
            SubjectRef later = d.subjects.get(named.get(j).getKey());
            SubjectRef earlier = d.subjects.get(named.get(j - 1).getKey());
            int at = named.get(j).getValue();
            if (later == null || earlier == null || later.action() != null
                    || earlier.action() == null) {
                continue;
            }
            for (int k = at - 1; k >= Math.max(0, at - 2); k--) {
                if (Catalog.normalize(words.get(k).text()).equals("more")) {
                    d.act(later.id(), earlier.action());
                    break;
                }
            }
        }
    }

    /** "A man on an e-bike": people on a vehicle the line names ride it. */
    private static void onVehicles(List<Word> words, ReadingDraft d) {
        for (String id : List.copyOf(d.namedAt.keySet())) {
            if (!Riding.RIDERS.contains(id) || !d.subjects.containsKey(id)) continue;
            int at = d.namedAt.get(id);
            for (int k = at + 1; k < Math.min(words.size(), at + 3); k++) {
                String t = Catalog.normalize(words.get(k).text());
                if (!Set.of("on", "in").contains(t)) continue;
                for (int v = k + 1; v < Math.min(words.size(), k + 3); v++) {
                    String said = words.get(v).text();
                    boolean vehicle = d.things.values().stream().anyMatch(r ->
                            Riding.VEHICLES.contains(r.id()) && r.said().equals(said));
                    if (vehicle) d.act(id, "ride");
                }
            }
            // "The family climbs into the boat": whoever boards a vehicle the line names rides.
            if (Boarding.vehicleAfter(words, at, w -> d.things.values().stream().anyMatch(r ->
                    Riding.VEHICLES.contains(r.id()) && r.said().equals(w.text()))) > at) {
                d.act(id, "ride");
            }
        }
    }

    /**
     * "Thousands of runners packed …": people by the thousand named with a crowd are that
     * crowd, one entry (the contract's crowd), not a crowd and as many people again.
     */
    private static void crowdOfPeople(ReadingDraft d) {
        SubjectRef people = d.subjects.get("person");
        // "packed with people": people with no count, named with a crowd, are that crowd.
        boolean uncounted = people != null && ONLY_PLURAL.contains(
                Catalog.normalize(people.said())) && "group".equals(people.count());
        if (people == null || !("many".equals(people.count()) || uncounted)
                || !d.subjects.containsKey("crowd")) {
            return;
        }
        d.subjects.remove("person");
        SubjectRef crowd = d.subjects.get("crowd");
        String action = crowd != null && crowd.action() != null ? crowd.action() : people.action();
        String said = crowd != null ? crowd.said() + " " + people.said() : people.said();
        d.subjects.put("crowd", new SubjectRef("crowd", said, "many", action));
    }

    /** Whether the line opens with "they" (他们, 它们): everyone on screen does what it says. */
    private static boolean theyLead(List<Word> words) {
        for (Word w : words) {
            if (w.pos() == PartOfSpeech.PUNCTUATION) continue;
            return Set.of("they", "他们", "她们", "它们").contains(Catalog.normalize(w.text()));
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    private static void place(Places.Found f, ReadingDraft d) {
        Places.Place p = f.place();
        if (d.setting == null) d.setting = p.setting();
        if (p.style() != null && d.style == null) d.style = p.style();
        if (p.water() != null && d.water == null) d.water = p.water();
        d.said.add(f.said());
        d.understood = true;
    }

    /**
     * The setting {@code w} names as the head of a phrase, or null: a slope or a meadow (雪山
     * 脚下的草地) is a feature of the place before it, which stays the setting.
     */
    private String headPlace(Word w) {
        if (ReaderWords.LANDSCAPE_FEATURES.contains(Catalog.normalize(w.text()))) return null;
        KindsOf.Kind k = kinds.of(w);
        if (k != null) return k.entry().kind() == CatalogKind.SETTING ? k.entry().id() : null;
        return catalog.byPhrasing(w.text()).stream()
                .filter(e -> e.kind() == CatalogKind.SETTING).map(e -> e.id())
                .findFirst().orElse(null);
    }

    private static String blankPlaces(String line, List<Places.Found> found) {
        char[] c = line.toCharArray();
        for (Places.Found f : found) {
            for (int k = f.start(); k < f.end(); k++) c[k] = ' ';
        }
        return new String(c);
    }

    private void figure(Idioms.Found f, ReadingDraft d) {
        String m = f.idiom().meaning();
        if (m.equals("-")) {
            d.notShown.add(new NotShownWord(f.said(), "a figure of speech, not scenery"));
        } else if (m.equals("lights")) {
            d.thing("lights", f.said()); // resolved by implications(): lanterns or street lamps
        } else {
            String[] p = m.split(":");
            switch (p[0]) {
                case "creature" -> d.subject(p[1], f.said(), p.length > 2 ? p[2] : "one", null);
                case "thing" -> {
                    d.thing(p[1], f.said()); // 小桥流水: a set phrase for what it names
                    d.understood = true;
                }
                case "weather" -> {
                    d.weather = p[1];
                    d.said.add(f.said());
                    d.understood = true;
                }
                default -> throw new IllegalStateException("idiom meaning " + m);
            }
        }
    }

    private static boolean cameraContext(List<Word> words) {
        for (Word w : words) {
            String k = Catalog.normalize(w.text());
            // "They set up their tripods", "tourists with cameras": gear in the plural is
            // carried by people, it does not make the line a shot.
            if (GEAR.contains(w.lemma()) && !k.equals(w.lemma())) continue;
            // 航拍镜头, 特写镜头: a Chinese camera word glued to its noun.
            if (ReaderWords.CAMERA_CONTEXT.contains(k) || ReaderWords.CAMERA_CONTEXT.contains(
                    w.lemma()) || k.contains("镜头") || k.startsWith("航拍")) {
                return true;
            }
        }
        return false;
    }

    /** Things that grow: a kind of tree or flower is named by one of them. */
    private static final Set<String> PLANTS = Set.of("tree", "pine", "palm", "acacia", "bamboo",
            "blossom-tree", "flowers", "tall-grass", "bush", "crops");

    /** Prepositions after which "us" is where the camera stands ("under us", "past us"). */
    private static final Set<String> OBJECT_PLACES = Set.of("under", "over", "past", "beside",
            "behind", "above", "below", "around", "towards", "toward", "near", "by", "beneath");

    /** English words for people in the plural that say nothing of how many. */
    static final Set<String> ONLY_PLURAL = Set.of("people", "villagers", "tourists",
            "townsfolk", "onlookers", "passers-by");

    /** Camera gear a person may carry (in the plural it is theirs, not the shot's). */
    private static final Set<String> GEAR = Set.of("camera", "tripod", "drone", "lens",
            "gimbal");

    private static boolean slugStart(List<Word> words, int i) {
        return i > 0 && words.get(i - 1).pos() == PartOfSpeech.PUNCTUATION && i <= 2;
    }

    /**
     * The catalog entry the word names, the kind chosen by the words around it; {@code alone}:
     * the word ends its phrase ("Overhead:", "Low angle.").
     */
    private CatalogEntry entry(Word w, boolean camera, boolean lineStart, boolean alone) {
        List<CatalogEntry> found = catalog.byPhrasing(w.text());
        String written = Catalog.normalize(w.text());
        if (found.isEmpty() && !w.lemma().equals(written) && !written.endsWith("ing")
                && !written.endsWith("ed")) {
            found = catalog.byPhrasing(w.lemma());
        }
        if (found.isEmpty()) return null;
        CatalogEntry shot = null;
        CatalogEntry other = null;
        for (CatalogEntry e : found) {
            if (e.kind() == CatalogKind.SHOT) shot = shot == null ? e : shot;
            else if (other == null) other = e;
        }
        if (shot != null && !shotWord(shot, w, camera, lineStart, alone)) shot = null;
        if (shot != null && (other == null || camera)) return shot;
        return other;
    }

    /** Whether a camera phrasing is meant as the camera here ("rises" is a change). */
    private static boolean shotWord(CatalogEntry e, Word w, boolean camera, boolean lineStart,
            boolean alone) {
        String p = Catalog.normalize(w.text());
        if ("move".equals(e.sub()) && CHANGE_VERBS.contains(p)) return camera;
        boolean plural = p.chars().allMatch(c -> c < 128 && Character.isLetter(c))
                && ReaderWords.sForm(p) && !w.lemma().equals(p);
        // "They set up their tripods", "drones buzz": gear named in the plural is things
        // people carry, not what this shot stands on.
        if ("support".equals(e.sub()) && plural) return false;
        // "paella in massive pans": a move's -s form is the camera's verb only where a camera
        // is named ("The camera pans left"); elsewhere it is a plural noun.
        if ("move".equals(e.sub()) && plural && !camera && !lineStart) return false;
        if ("size".equals(e.sub()) && p.indexOf(' ') < 0 && p.indexOf('-') < 0
                && p.chars().allMatch(c -> c < 128)) {
            return lineStart || camera && !p.equals("wide");
        }
        // "Gulls circling overhead": a plain word of height is the camera only in a camera line,
        // or as a line's heading ("Overhead:"); "Overhead a bald eagle circles" is where the
        // eagle is.
        if ("angle".equals(e.sub()) && p.indexOf(' ') < 0 && p.indexOf('-') < 0
                && p.chars().allMatch(c -> c < 128)) {
            return camera || lineStart && alone;
        }
        if ("transition".equals(e.sub()) && p.equals("cut")) return lineStart;
        if ("lens".equals(e.sub()) && p.equals("wide")) return false;
        return true;
    }

    /** Puts an entry on the line; returns the subject id when it is a creature. */
    private String apply(CatalogEntry e, Word w, List<Word> words, int i, ReadingDraft d,
            boolean camera) {
        d.understood = true;
        String id = e.id();
        switch (e.kind()) {
            case SETTING -> {
                boolean alsoThing = !catalog.byPhrasing(w.text()).stream()
                        .filter(x -> x.kind() == CatalogKind.THING).toList().isEmpty();
                if (alsoThing) {
                    if (d.settingHint == null) {
                        d.settingHint = id;
                        // 前面农家乐养的狗: a place ahead or far off is seen, not reached; a
                        // grove (竹林) is a forest to be in only when gone into (钻进了竹林),
                        // else it grows in the place the story is in (两岸是竹林).
                        d.hintCue = passingCue(words, i) == SettingCue.PASSING
                                ? SettingCue.PASSING
                                : id.equals("forest") && !entered(words, i) ? SettingCue.FEATURE
                                : SettingCue.PART;
                    }
                    // 到码头坐渡轮, 渡轮靠上了码头: a pier with its boat is the harbour's
                    // waterfront, not a street of the town behind it.
                    if (id.equals("harbour") && d.setting == null
                            && d.hintCue != SettingCue.PASSING && boatNamed(words)) {
                        d.setting = id;
                        d.settingCue = SettingCue.NAMED;
                    }
                    catalog.byPhrasing(w.text()).stream()
                            .filter(x -> x.kind() == CatalogKind.THING)
                            .findFirst().ifPresent(t -> d.thing(t.id(), w.text()));
                } else if (ChinesePlaceHead.modifier(words, i, id, this::headPlace)) {
                    // 海边的小渔村, 渔村码头: the last place is the setting; a sea by it stays.
                    if (d.water == null && WaterOfPlace.bySea(id)) d.water = "sea";
                    d.said.add(w.text());
                } else if (CompoundPlace.modifier(catalog, words, i)) {
                    // "a mountain village": the village is the setting, the mountains around it.
                    if (d.settingHint == null) {
                        d.settingHint = id;
                        d.hintCue = SettingCue.FEATURE;
                    }
                    d.said.add(w.text());
                } else if (left(words, i)) {
                    // 走出森林, "out of the forest": the place left is not where the story is.
                    d.said.add(w.text());
                } else if (passing(words, i)) {
                    if (d.settingHint == null) {
                        d.settingHint = id;
                        d.hintCue = feature(words, i) && passingCue(words, i) == SettingCue.NAMED
                                ? SettingCue.FEATURE : passingCue(words, i);
                    }
                    d.said.add(w.text());
                } else if (followedBy(words, i, ReaderWords.BECOMES) || covering(words, i)) {
                    // "The field turns to mud", "slopes covered in pine forest": the ground of
                    // this place, not another place.
                    d.said.add(w.text());
                    treesOf(w, d);
                } else {
                    treesOf(w, d);
                    // 街市, "market street": a street of stalls.
                    if (Set.of("街市", "market street", "marketplace").contains(
                            Catalog.normalize(w.text()))) {
                        d.things.putIfAbsent("market-stall", new ThingRef("market-stall",
                                w.text()));
                    }
                    // 东海边有一座花果山, "an oasis in the dunes": the sea by a coast and the pool
                    // of an oasis are there even when another place is the setting.
                    if (d.water == null && !feature(words, i)) d.water = WaterOfPlace.of(id, w.text());
                    // "Mount Fuji, a cone-shaped volcano": a volcano is the mountain named.
                    boolean narrower = "mountains".equals(d.setting) && id.equals("volcano");
                    if (d.setting == null || narrower) {
                        d.setting = id;
                        d.settingCue = ReaderWords.SETTLEMENT_PARTS.contains(
                                Catalog.normalize(w.text())) ? SettingCue.PART
                                : feature(words, i) || WhereSkyIs.at(words, i, this::skyOrWeather)
                                ? SettingCue.FEATURE : SettingCue.NAMED;
                    }
                    d.said.add(w.text());
                }
            }
            case STYLE -> {
                d.style = id;
                d.said.add(w.text());
            }
            case WATER -> {
                // 一条小河…河上: a bare 河 after the line named its water is that water again.
                boolean again = d.water != null && w.text().codePointCount(0,
                        w.text().length()) == 1;
                // 小河边, split 小/河边: a small river is a stream.
                if (id.equals("river") && i > 0 && words.get(i - 1).text().equals("小")
                        && words.get(i - 1).end() == w.start()) {
                    id = "stream";
                }
                if (!again && (d.water == null || !id.equals("none"))) d.water = id;
                d.said.add(w.text());
            }
            case TIME -> {
                String k = Catalog.normalize(w.text());
                d.timeOfDay = k.equals("清晨") || k.equals("early morning") ? "morning" : id;
                d.said.add(w.text());
            }
            case WEATHER -> weather(id, w, words, i, d);
            case SKY -> sky(id, w, words, i, d);
            case CREATURE -> {
                if (i > 0 && ReaderWords.SCULPTED.contains(
                        Catalog.normalize(words.get(i - 1).text()))) {
                    // "marble lions", "a bronze horse": a statue of the creature.
                    d.thing("statue", w.text());
                    d.said.remove(w.text());
                    d.approximated.add(new Approximation(w.text(), "statue", 1.0));
                    return null;
                }
                if (madeFrom(words, i)) {
                    // 鱼丸, 牛肉 split by the segmenter into 鱼/丸: food made of the creature.
                    d.notShown.add(new NotShownWord(w.text() + words.get(i + 1).text(),
                            "made of or from " + id + ", not one"));
                    d.modifiers.add(words.get(i + 1).text());
                    return null;
                }
                if (HeardOnly.said(words, i)) {
                    // 远处传来几声狗叫, "an owl hoots somewhere": the call is heard; the
                    // creature is not on screen.
                    int call = HeardOnly.callAt(words, i);
                    String said = call < 0 ? w.text() : w.text()
                            + (words.get(call).start() == w.end() ? "" : " ")
                            + words.get(call).text();
                    d.notShown.add(new NotShownWord(said, "heard, not seen"));
                    for (int k = i + 1; k <= call; k++) d.modifiers.add(words.get(k).text());
                    return null;
                }
                if (Mistaken.said(words, i)) {
                    // "A bear? No, just a dark rock.": taken for one, then denied.
                    d.notShown.add(new NotShownWord(w.text(), "asked after, then denied"));
                    return null;
                }
                if (Sought.sought(words, i)) {
                    // "waiting for a fish": wanted, not on screen.
                    d.notShown.add(new NotShownWord(w.text(), "sought, not on screen"));
                    return null;
                }
                if (saidInGeneral(words, i)) {
                    // "reef sharks hardly ever bother divers": what they do in general.
                    d.notShown.add(new NotShownWord(w.text(), "said in general, not on screen"));
                    return null;
                }
                if (Traces.only(words, i)) {
                    // "the eagle's nest", "tracks of deer": its trace is seen, not the creature.
                    d.notShown.add(new NotShownWord(w.text(), "only its trace or home is seen"));
                    return null;
                }
                if (spotOf(words, i)) {
                    // "the penguin pool", "the tiger enclosure": a spot named after its
                    // animal, which the line does not put on screen.
                    d.modifiers.add(w.text());
                    return null;
                }
                String action = ActionWords.nextAction(words, i);
                if (action == null && d.actionForNext != null) action = d.actionForNext;
                d.actionForNext = null;
                if (action == null && ActionWords.herded(words, i)) {
                    action = "walk"; // 赶着羊群, "herding the goats": the herd walks
                }
                String count = SubjectCount.count(w, words, i);
                if (id.equals("crowd") && ONLY_PLURAL.contains(Catalog.normalize(w.text()))
                        && !"many".equals(count)) {
                    // "people running for cover", "villagers come out": people in the plural
                    // with no word of multitude are a group of people, not a crowd.
                    id = "person";
                } else if (id.equals("crowd")) {
                    count = "many";
                }
                d.subject(id, w.text(), count, action);
                if (id.equals("person") || id.equals("child")) ourPeople(words, i, d);
                return id;
            }
            case THING -> {
                String doing = Riding.VEHICLES.contains(id) || !doerSaidBack(words, i) ? null
                        : ActionWords.action(words, i + 1);
                if (doing != null && CREATURE_DOINGS.contains(doing)) {
                    // "the column rides over the bridge": a thing that rides or marches is a
                    // word for those on screen (a column of riders), not the thing it spells.
                    d.refersBack = true;
                    d.pronounAction = doing;
                    d.modifiers.add(w.text());
                    return null;
                }
                if (cameraNamed(d, camera) && vantage(words, i)) {
                    // "Wide shot from the bridge": where the camera stands, not in shot.
                    d.notShown.add(new NotShownWord(w.text(), "where the camera stands"));
                    return null;
                }
                if (id.equals("well") && adverb(words, i)) {
                    d.modifiers.add(w.text()); // "they have eaten well": how, not a well
                    return null;
                }
                if (Traces.soundOnly(words, i)) {
                    // "a ship's horn sounds out in the fog": the sound is heard, not the ship.
                    d.notShown.add(new NotShownWord(w.text() + " " + words.get(i + 1).text(),
                            "heard, not seen"));
                    d.modifiers.add(words.get(i + 1).text());
                    return null;
                }
                if (material(words, i)) {
                    d.modifiers.add(w.text()); // "a castle of grey stone": what it is made of
                } else if (Riding.VEHICLES.contains(id) && followedBy(words, i, ReaderWords.GONE, 6)) {
                    // "the truck can't stop and skids off into the sea", 船开走了: still on
                    // its leaving line, gone from the next (a longer reach than most verbs).
                    d.thingsGone.add(id);
                    d.thing(id, w.text());
                } else {
                    d.thing(id, w.text());
                }
            }
            case SHOT -> shot(e, w, d, camera);
        }
        return null;
    }

    private void weather(String id, Word w, List<Word> words, int i, ReadingDraft d) {
        if (id.equals("dust") && NotWeather.kickedUp(words, i)) {
            // "dust kicking up behind the horse": a puff of dust, not the weather.
            d.notShown.add(new NotShownWord(w.text(), "dust kicked up, not the weather"));
            return;
        }
        if (id.equals("dust") && NotWeather.insideAThing(words, i, this::thingWord)) {
            // 寺庙里烟雾缭绕: incense smoke inside the temple, not the weather outside.
            d.notShown.add(new NotShownWord(w.text(), "smoke inside a building, not the weather"));
            return;
        }
        if (id.equals("clear") && NotWeather.ofWater(words, i)) {
            // "clear, warm water": the water is clear, not the sky.
            d.modifiers.add(w.text());
            return;
        }
        if (WeatherNotNow.said(words, i)) {
            // 昨天还下着雪, 天气预报说明天有大雪: another day's weather, not this second's.
            d.notShown.add(new NotShownWord(w.text(), "weather of another time, not now"));
            return;
        }
        d.said.add(w.text());
        if (NotWeather.lyingSnow(w) && WeatherStop.after(words, i) == WeatherStop.Said.NOTHING) {
            if (d.weakWeather == null) d.weakWeather = id; // a snowy place, not a snowfall
            return;
        }
        if (Set.of("storm", "rain", "snow").contains(id) && WeatherToCome.coming(words, i)) {
            // "A storm is brewing", 快要下雪了: only the clouds are here yet.
            if (d.weather == null) d.weather = "cloudy";
        } else if (WeatherStop.after(words, i) == WeatherStop.Said.ENDS
                || Set.of("fog", "cloudy").contains(id) && WeatherStop.dispelled(words, i)) {
            d.stoppedWeather = id;
            if (d.weather == null) d.weather = "clear";
        } else if (WeatherStop.after(words, i) == WeatherStop.Said.HOLDS || turnsInto(words, i)) {
            // 雾还没散: still there, whatever the line said before; 多云转晴: what it turns
            // into is the weather now.
            d.weather = id;
        } else if (id.equals("clear") && d.weather != null && !d.weather.equals("clear")
                && d.stoppedWeather == null && ClearingAfter.laterClause(words, i,
                        this::namesWeather)) {
            // 雷阵雨来得快去得也快,没多久就雨过天晴了: the later clause is the sky now.
            d.stoppedWeather = d.weather;
            d.weather = id;
        } else if (d.weather == null || "clear".equals(d.weather) && d.stoppedWeather != null
                || !id.equals("clear")) {
            if (!(id.equals("cloudy") && "storm".equals(d.weather))) d.weather = id;
        }
    }

    /** Whether the line names a boat (船, 渡轮, "ferry"). */
    private boolean boatNamed(List<Word> words) {
        return words.stream().anyMatch(w -> catalog.byPhrasing(w.text()).stream()
                .anyMatch(e -> e.kind() == CatalogKind.THING
                        && Set.of("boat", "ship", "sailboat").contains(e.id())));
    }

    /** Whether {@code w} names a thing of the catalog (寺庙, 屋). */
    private boolean thingWord(Word w) {
        return catalog.byPhrasing(w.text()).stream().anyMatch(e -> e.kind() == CatalogKind.THING);
    }

    /** Whether {@code w} names a weather, as a catalog phrasing or a reader's weather word. */
    private boolean namesWeather(Word w) {
        String key = Catalog.normalize(w.text());
        return ReaderWords.WEATHER_WORDS.containsKey(key) || catalog.byPhrasing(w.text())
                .stream().anyMatch(e -> e.kind() == CatalogKind.WEATHER);
    }

    /** Whether the weather word at {@code i} follows 转 (多云转晴, 天气转阴): what it turns into. */
    private static boolean turnsInto(List<Word> words, int i) {
        return i > 0 && Set.of("转", "转为", "转成", "转向").contains(
                Catalog.normalize(words.get(i - 1).text()));
    }

    private static final Set<String> MOONLIGHT = Set.of("moonlight", "moonlit", "月光",
            "月色", "月光下");

    private void sky(String id, Word w, List<Word> words, int i, ReadingDraft d) {
        d.said.add(w.text());
        if (followedBy(words, i, ReaderWords.SETS) || stopFollows(words, i)
                || followedBy(words, i, ReaderWords.HIDDEN)) {
            // 月亮落下, 星星不见了, 月亮也被遮住了: out of sight from this line on.
            d.skyRemoved.add(id);
        } else if (!d.skyAdded.contains(id)) {
            d.skyAdded.add(id);
        }
        // "in the moonlight", 月光下: light of the moon is light at night.
        if (id.equals("moon") && d.timeOfDay == null && MOONLIGHT.contains(
                Catalog.normalize(w.text())) && !d.skyRemoved.contains(id)) {
            d.timeOfDay = "night";
        }
        // 一轮圆月升起, "the moon rises": the night has come, unless the line says when.
        if (id.equals("moon") && d.timeOfDay == null && followedBy(words, i, ReaderWords.RISES)) {
            d.timeOfDay = "night";
        }
    }

    private void shot(CatalogEntry e, Word w, ReadingDraft d, boolean camera) {
        d.modifiers.add(w.text());
        String id = e.id();
        switch (e.sub()) {
            case "move" -> {
                if (d.move == null || d.move.equals("aerial")) d.move = id;
            }
            case "size" -> d.shot = id;
            case "angle" -> d.angle = id;
            case "support" -> {
                d.support = id;
                if (id.equals("drone") && d.move == null) d.move = "aerial";
            }
            case "lens" -> { /* a lens named without a number leaves lensMm to the regex */ }
            case "speed" -> d.speed = switch (id) {
                case "slow-motion" -> d.speed < 1 ? d.speed : 0.5;
                case "time-lapse" -> 4;
                default -> 1;
            };
            case "focus" -> d.focus = id;
            case "transition" -> {
                d.transition = id;
                // "The forest gives way to grassland": what it turns into is the place.
                if (id.equals("morph") && d.setting != null) {
                    d.morphedFrom = d.setting;
                    d.setting = null;
                }
            }
            default -> throw new IllegalStateException("shot sub-kind " + e.sub());
        }
        String said = Catalog.normalize(w.text());
        if (id.equals("aerial") && said.startsWith("航拍")) d.support = "drone";
        // 俯瞰 from the air looks down on the scene: a high angle.
        if (id.equals("aerial") && (said.equals("俯瞰") || said.equals("鸟瞰"))
                && d.angle == null) {
            d.angle = "high";
        }
    }

    /** "covered in pine forest", 覆盖着: what covers the place named before. */
    private static boolean covering(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String t = Catalog.normalize(words.get(k).text());
            if (ReaderWords.COVERED.contains(t) || ReaderWords.COVERED.contains(
                    words.get(k).lemma())) {
                return true;
            }
            if (words.get(k).pos() == PartOfSpeech.PUNCTUATION) return false;
        }
        return false;
    }

    /** A forest named by its trees ("pine forest", 松林) shows those trees. */
    private void treesOf(Word w, ReadingDraft d) {
        String t = Catalog.normalize(w.text());
        if (t.contains("pine") || t.contains("松")) d.thing("pine", w.text());
    }

    /** Whether the next word names a creature other than people ("baby elephant"). */
    private boolean creatureFollows(List<Word> words, int i) {
        if (i + 1 >= words.size()) return false;
        Word n = words.get(i + 1);
        List<CatalogEntry> found = new ArrayList<>(catalog.byPhrasing(n.text()));
        found.addAll(catalog.byPhrasing(n.lemma()));
        return found.stream().anyMatch(e -> e.kind() == CatalogKind.CREATURE
                && !Riding.RIDERS.contains(e.id()));
    }

    /** Whether the creature word {@code i} only names a spot ("the penguin pool"). */
    private static boolean spotOf(List<Word> words, int i) {
        Word w = words.get(i);
        boolean singular = Catalog.normalize(w.text()).equals(w.lemma());
        return singular && i + 1 < words.size()
                && ReaderWords.SPOT_HEADS.contains(Catalog.normalize(words.get(i + 1).text()));
    }

    /** Whether a verb of leaving comes right before the place named at {@code i}. */
    private static boolean left(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return false;
            // The segmenter may split 走出 into 走/出: the two words before, glued, count too.
            String two = k > 0 ? words.get(k - 1).text() + b.text() : "";
            if (ReaderWords.LEAVING.contains(b.lemma())
                    || ReaderWords.LEAVING.contains(Catalog.normalize(b.text()))
                    || ReaderWords.LEAVING.contains(two)) {
                return true;
            }
        }
        return false;
    }

    /**
     * People named with "the" or "our" ("the family", "the kids", "our guide") are the
     * story's people already on screen, who go along to a new spot; others are new people.
     */
    private static void ourPeople(List<Word> words, int i, ReadingDraft d) {
        String before = i > 0 ? Catalog.normalize(words.get(i - 1).text()) : "";
        if (Set.of("the", "our").contains(before)) {
            d.refersBack = true;
        } else if (!locals(words, i)) {
            d.peopleNamed = true;
        }
    }

    /** Whether a Chinese home word runs straight on from the person at {@code i} (新娘家门口). */
    private static boolean homeFollows(List<Word> words, int i) {
        if (i + 1 >= words.size()) return false;
        Word next = words.get(i + 1);
        return next.start() == words.get(i).end() && next.text().startsWith("家")
                && !next.text().startsWith("家人") && !next.text().startsWith("家伙");
    }

    /**
     * Whether the Chinese people word at {@code i} is said to be of the place (村里的人, 镇上的
     * 人们, 当地的人): the place's own, who do not replace the story's people arriving there.
     */
    private static boolean locals(List<Word> words, int i) {
        if (i < 2 || !words.get(i - 1).text().equals("的")) return false;
        Word place = words.get(i - 2);
        String t = place.text();
        return place.pos() == PartOfSpeech.PLACE || t.startsWith("当地") || t.startsWith("本地")
                || t.length() >= 2 && "里上边".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * Whether word {@code i} names a feature of many landscapes (a slope, a shore, a meadow)
     * as where something is: in a place phrase (在草地上, "on the far shore", 风吹过田野, 山上).
     * One travelled to (来到高高的山上, "climb to the summit") or opening a scene ("The hills
     * at dawn.") is a move.
     */
    private static boolean feature(List<Word> words, int i) {
        String t = Catalog.normalize(words.get(i).text());
        if (!ReaderWords.LANDSCAPE_FEATURES.contains(t)) return false;
        if (heading(words, i)) return false;
        boolean located = t.length() > 1 && "上里中间".indexOf(t.charAt(t.length() - 1)) >= 0
                && t.codePointAt(0) >= 0x2E80
                || i + 1 < words.size() && ReaderWords.LOCATIVE_AFTER.contains(
                        Catalog.normalize(words.get(i + 1).text()));
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            Word b = words.get(k);
            String bt = Catalog.normalize(b.text());
            if (b.pos() == PartOfSpeech.PUNCTUATION) break;
            if (ReaderWords.TRAVEL.contains(b.lemma()) || ReaderWords.TRAVEL.contains(bt)) {
                return false;
            }
            if (ReaderWords.LOCATIVE_BEFORE.contains(bt)
                    || bt.codePointAt(0) >= 0x2E80 && (bt.endsWith("过") || bt.contains("满"))) {
                located = true;
            }
        }
        return located;
    }

    /** Actions only creatures and people do (a thing said to do them stands for them). */
    private static final Set<String> CREATURE_DOINGS = Set.of("ride", "graze", "eat",
            "drink", "sleep", "hunt", "fight");

    /**
     * Whether the English thing word at {@code i} is said back with "the" and followed right
     * away by a verb in -s or -ed ("the column rides"), not a compound ("a bamboo stalk").
     */
    private static boolean doerSaidBack(List<Word> words, int i) {
        if (i == 0 || i + 1 >= words.size()) return false;
        String verb = Catalog.normalize(words.get(i + 1).text());
        return Catalog.normalize(words.get(i - 1).text()).equals("the")
                && verb.chars().allMatch(c -> c < 128 && Character.isLetter(c))
                && (ReaderWords.sForm(verb) || verb.endsWith("ed") || !verb.equals(
                        words.get(i + 1).lemma()));
    }

    /** Adverbs of rarity that make a clause a statement in general, not a scene. */
    private static final Set<String> RARELY = Set.of("rarely", "seldom", "hardly", "never");

    /**
     * Whether the English creature at {@code i} is the object of a verb said in general,
     * after an adverb of rarity in its clause ("reef sharks hardly ever bother divers").
     */
    private static boolean saidInGeneral(List<Word> words, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return false;
            if (RARELY.contains(Catalog.normalize(b.text()))) return k < i - 1;
        }
        return false;
    }

    /** Verbs the camera does when a shot list says "we" ("we follow", "we push in"). */
    private static final Set<String> CAMERA_VERBS = Set.of("follow", "track", "pan", "tilt",
            "push", "pull", "drift", "glide", "zoom", "orbit", "circle", "crane", "dolly",
            "rise", "descend", "hold");

    /** Whether the line is a camera line or has named a shot, move, angle or support so far. */
    private static boolean cameraNamed(ReadingDraft d, boolean camera) {
        return camera || d.shot != null || d.move != null || d.angle != null
                || d.support != null;
    }

    /** Whether "from" (the, a) comes right before word {@code i}: the camera's place. */
    private static boolean vantage(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String t = Catalog.normalize(words.get(k).text());
            if (t.equals("from")) return true;
            if (!DETERMINERS.contains(t) && words.get(k).pos() != PartOfSpeech.ADJECTIVE) {
                return false;
            }
        }
        return false;
    }

    /** Little words a heading may open with before its place ("Up on the moor:"). */
    private static final Set<String> HEADING_WORDS = Set.of("up", "down", "out", "over", "back",
            "on", "at", "in", "onto", "into", "to", "across", "the", "a", "an", "then");

    /**
     * Whether the place at {@code i} is the line's heading: only little words of direction
     * before it, a colon or full stop after it ("Up on the moor:", "Into the meadow."). A
     * heading goes there; "On the far shore, a heron stands" only says where the heron is.
     */
    private static boolean heading(List<Word> words, int i) {
        if (i + 1 >= words.size() || !Set.of(":", ".").contains(words.get(i + 1).text())) {
            return false;
        }
        for (int k = 0; k < i; k++) {
            if (!HEADING_WORDS.contains(Catalog.normalize(words.get(k).text()))) return false;
        }
        return true;
    }

    /** Whether {@code w} names a vehicle of the catalog. */
    private boolean vehicle(Word w) {
        return catalog.byPhrasing(w.text()).stream().anyMatch(e -> Riding.VEHICLES.contains(e.id()));
    }

    /** Whether a word of likeness comes right before word {@code i} ("like a dog", 像条狗). */
    private static boolean simile(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return false;
            String t = Catalog.normalize(b.text());
            if (ReaderWords.LIKE.contains(t)) return true;
        }
        return false;
    }

    /** Whether the line has named the young of the creatures on screen ("two cubs"). */
    private static boolean youngNamed(ReadingDraft d) {
        return d.modifiers.stream().anyMatch(m -> ReaderWords.KIN.contains(Catalog.normalize(m)));
    }

    /** Whether the line has named an animal (not a person) so far. */
    private static boolean animalNamed(ReadingDraft d) {
        return d.subjects.keySet().stream().anyMatch(id -> !Riding.RIDERS.contains(id));
    }

    /** Whether a verb of learning follows "we" in its clause ("we learn", 我们来认识). */
    private static boolean learning(List<Word> words, int i) {
        // 我们从海南岛的海边说起: the lesson's verb may come after where it starts from.
        for (int k = i + 1; k < Math.min(words.size(), i + 7); k++) {
            Word a = words.get(k);
            if (a.pos() == PartOfSpeech.PUNCTUATION) return false;
            String t = Catalog.normalize(a.text());
            if (ReaderWords.LEARNING.contains(a.lemma()) || ReaderWords.LEARNING.contains(t)
                    || t.equals("说") && k + 1 < words.size()
                    && Catalog.normalize(words.get(k + 1).text()).equals("起")) {
                return true;
            }
            if (ActionWords.action(words, k) != null) return false;
        }
        return false;
    }

    /** A place named in passing ("stars over the hills", "looking back at the city"). */
    private static boolean passing(List<Word> words, int i) {
        return passingCue(words, i) != null;
    }

    /**
     * How a place named in passing counts: weather, light or a flight over it ("Dusk falls
     * over the valley", "clouds gather over the canyon") is a feature of the scene, which
     * sets it only when the story has no place yet; a place looked at, beyond, behind or come
     * from is elsewhere ({@link SettingCue#PASSING}). Null when the place is not named in
     * passing.
     */
    private static SettingCue passingCue(List<Word> words, int i) {
        if (FarOff.framed(words, i)) return SettingCue.PASSING;
        // "the town below", "a lake far below": a place seen from above, not gone to.
        if (i + 1 < words.size() && Catalog.normalize(words.get(i + 1).text()).equals("below")) {
            return SettingCue.PASSING;
        }
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            String t = Catalog.normalize(words.get(k).text());
            // "Clouds gather over the canyon", "an eagle soars over the mountains": the sky
            // or a flight over a place is seen from where the story is, so it sets the scene
            // only when the story has none yet (as a feature of the landscape does). "We
            // pulled over at a village": a particle, the place is the object of "at".
            // A line with no verb ("Dusk over the desert dunes", "Night over the harbour") is a
            // scene heading: the place it names is the new scene.
            if (Set.of("over", "above", "across").contains(t)
                    && !particleBefore(words, k, i)) {
                return words.stream().anyMatch(w -> w.pos() == PartOfSpeech.VERB
                        || COPULAS.contains(Catalog.normalize(w.text())))
                        ? SettingCue.FEATURE : SettingCue.NAMED;
            }
            if (Set.of("beyond", "behind", "toward", "towards", "looking", "looks",
                    "overlooking", "overlooks", "from", "远处", "对面", "对岸", "前面", "前方")
                    .contains(t)) {
                return SettingCue.PASSING;
            }
            // 山下村子里的灯: a village below the hill the story is on, unless gone to.
            if (Set.of("山下", "山脚下").contains(t)) {
                return travelledTo(words, k) ? null : SettingCue.PASSING;
            }
            if (words.get(k).pos() == PartOfSpeech.PUNCTUATION) return null;
        }
        return null;
    }

    /** Forms of "be", which the word lists mark as function words, not verbs. */
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been",
            "being", "am");

    /** Prepositions that make an "over" before them a verb's particle ("pulled over at"). */
    private static final Set<String> AFTER_PARTICLE = Set.of("at", "in", "to", "into", "on",
            "by", "near", "beside", "onto");

    /** Whether a preposition stands between word {@code k} and the place at {@code i}. */
    private static boolean particleBefore(List<Word> words, int k, int i) {
        for (int j = k + 1; j < i; j++) {
            if (AFTER_PARTICLE.contains(Catalog.normalize(words.get(j).text()))) return true;
        }
        return false;
    }

    /** Words of going into a place: 钻进, 走进, 穿过, "into", "through". */
    private static final Set<String> INTO = Set.of("进", "入", "穿过", "穿行", "into",
            "through", "enter", "enters", "entering");

    /** Whether word {@code i} is gone into or travelled to in its clause (钻进了一大片竹林). */
    private static boolean entered(List<Word> words, int i) {
        if (travelledTo(words, i)) return true;
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) return false;
            String t = Catalog.normalize(b.text());
            if (INTO.contains(t) || INTO.stream().anyMatch(x -> x.codePointAt(0) >= 0x2E80
                    && t.codePointAt(0) >= 0x2E80 && t.contains(x))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a verb of travel comes before word {@code i} in its clause (来到山脚下). */
    private static boolean travelledTo(List<Word> words, int i) {
        StringBuilder clause = new StringBuilder();
        for (int k = i - 1; k >= 0; k--) {
            Word b = words.get(k);
            if (b.pos() == PartOfSpeech.PUNCTUATION) break;
            if (ReaderWords.TRAVEL.contains(b.lemma())) return true;
            clause.insert(0, b.text());
        }
        // The segmenter may part 来到 into 来/到: look for the verb in the clause's text.
        return ReaderWords.TRAVEL.stream().anyMatch(t -> t.codePointAt(0) >= 0x2E80
                && clause.indexOf(t) >= 0);
    }

    /** Whether a word names the weather or something in the sky (雾, 彩虹, 阳光). */
    private boolean skyOrWeather(Word w) {
        String k = Catalog.normalize(w.text());
        if (ReaderWords.WEATHER_WORDS.containsKey(k) || ReaderWords.SUN.contains(k)
                || ReaderWords.SUNSHINE.contains(k) || ReaderWords.CLEAR_LIGHT.contains(k)) {
            return true;
        }
        return catalog.byPhrasing(k).stream().anyMatch(e -> e.kind() == CatalogKind.WEATHER
                || e.kind() == CatalogKind.SKY);
    }

    /** Whether a negated word names a weather other than clear ("no cloud", 没有雨). */
    private boolean absentWeather(Word w) {
        String key = Catalog.normalize(w.text());
        String named = ReaderWords.WEATHER_WORDS.get(key);
        if (named != null) return true;
        for (String form : List.of(key, w.lemma(), w.lemma() + "s")) {
            for (CatalogEntry e : catalog.byPhrasing(form)) {
                if (e.kind() == CatalogKind.WEATHER && !e.id().equals("clear")) return true;
            }
        }
        return false;
    }

    /**
     * "The truck rams the crates": an English -s word after its subject and right before an
     * article is a verb, not a plural (rams, flies, bears).
     */
    private static boolean verbBeforeObject(List<Word> words, int i) {
        String t = Catalog.normalize(words.get(i).text());
        if (i == 0 || i + 1 >= words.size() || !t.chars().allMatch(c -> c < 128)) return false;
        String after = Catalog.normalize(words.get(i + 1).text());
        if (!t.endsWith("s") && pluralNoun(words.get(i - 1)) && (DETERMINERS.contains(after)
                || after.endsWith("ly") || ReaderWords.LOCATIVE_BEFORE.contains(after))) {
            // "marble lions guard the lake", "boats rock gently", "boats rock at anchor":
            // a plural's verb has no -s
            return true;
        }
        if (!ReaderWords.sForm(t)) return false;
        String next = Catalog.normalize(words.get(i + 1).text());
        String before = Catalog.normalize(words.get(i - 1).text());
        return Set.of("the", "a", "an", "his", "her", "its", "their").contains(next)
                && !Set.of("the", "a", "an", "of", "and", "two", "three", "many", "some")
                .contains(before) && words.get(i - 1).pos() != PartOfSpeech.PUNCTUATION;
    }

    /** Words after which an English "well" is the adverb ("as well", "very well"). */
    private static final Set<String> BEFORE_ADVERB = Set.of("as", "very", "so", "too", "quite",
            "pretty", "really", "fairly", "just");

    /** Whether the English "well" at {@code i} follows a verb or an adverb: how, not what. */
    private static boolean adverb(List<Word> words, int i) {
        if (i == 0 || !Catalog.normalize(words.get(i).text()).equals("well")) return false;
        Word b = words.get(i - 1);
        // "have eaten well": a participle after its auxiliary, whatever the tagger says.
        boolean participle = i > 1 && AUXILIARIES.contains(
                Catalog.normalize(words.get(i - 2).text()));
        return b.pos() == PartOfSpeech.VERB || participle
                || BEFORE_ADVERB.contains(Catalog.normalize(b.text()));
    }

    private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "is", "are",
            "was", "were", "been", "be");

    /** An English plural noun: written with -s, its lemma without ("lions"). */
    private static boolean pluralNoun(Word w) {
        String t = Catalog.normalize(w.text());
        return w.pos() != PartOfSpeech.FUNCTION && ReaderWords.sForm(t)
                && !w.lemma().equals(t) && t.chars().allMatch(c -> c < 128);
    }

    /** Words that start a noun phrase: what follows a verb, not a plural. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her",
            "its", "their", "our", "this", "that", "these", "those");

    /** A singular material after "of" ("a castle of grey stone", "walls of marble"). */
    private static boolean material(List<Word> words, int i) {
        String t = Catalog.normalize(words.get(i).text());
        if (!ReaderWords.MATERIALS.contains(t)) return false;
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (Catalog.normalize(words.get(k).text()).equals("of")) return k > 0;
        }
        return false;
    }

    /** Whether a count or an article comes right before word {@code i} ("two does"). */
    private static boolean counted(List<Word> words, int i) {
        if (i == 0) return false;
        String b = Catalog.normalize(words.get(i - 1).text());
        return b.equals("the") || ReaderWords.ONE.contains(b) || ReaderWords.FEW.contains(b)
                || ReaderWords.GROUP.contains(b) || ReaderWords.MANY.contains(b);
    }

    /** "the falls", "Victoria Falls": falls named as a place, not a verb. */
    private static boolean fallsNamed(List<Word> words, int i) {
        if (i == 0) return false;
        Word before = words.get(i - 1);
        String b = Catalog.normalize(before.text());
        return b.equals("the") || words.get(i).text().equals("Falls")
                && Character.isUpperCase(before.text().charAt(0));
    }

    /** Sun rising or setting, a weather or sky ending: the verbs of change. */
    private boolean change(Word w, List<Word> words, int i, ReadingDraft d) {
        String k = Catalog.normalize(w.text());
        if (k.equals("凌晨") || k.equals("半夜") || k.equals("深夜")) {
            d.timeOfDay = "night";
            d.said.add(w.text());
            d.understood = true;
            return true;
        }
        if ((k.equals("风") || k.equals("wind") || k.equals("风雨")) && stopFollows(words, i)) {
            d.stoppedWeather = "dust";
            d.modifiers.add(w.text());
            return true;
        }
        // "pelicans sunning on the rocks": to sun oneself is to bask, said of whoever does it.
        boolean basking = !ReaderWords.SUN.contains(k) && (k.endsWith("ing") || k.endsWith("ed"));
        if (!basking && (ReaderWords.SUN.contains(k) || ReaderWords.SUN.contains(w.lemma()))) {
            d.said.add(w.text());
            d.understood = true;
            if (followedBy(words, i, ReaderWords.SUN_OUT)) {
                // 太阳出来了, "the sun comes out": out of the clouds, not over the horizon.
                d.weather = "clear";
            } else if (followedBy(words, i, BLAZES)) {
                // "The sun beats down", 太阳火辣辣地晒着: a hot sun high up, not a setting one.
                if (d.weather == null) d.weather = "clear";
                d.sunlit = true;
            } else if (followedBy(words, i, ReaderWords.RISES)) d.timeOfDay = "dawn";
            else if (followedBy(words, i, ReaderWords.SETS)) d.timeOfDay = "dusk";
            else if (d.weather == null) d.weather = "clear";
            return true;
        }
        if (ReaderWords.STOPS.contains(w.lemma()) || ReaderWords.STOPS.contains(k)
                || ReaderWords.RISES.contains(k) || ReaderWords.SETS.contains(w.lemma())) {
            boolean afterSomething = i > 0;
            if (afterSomething) {
                d.modifiers.add(w.text());
                return true;
            }
        }
        return false;
    }

    /** Verbs of a sun that burns down from high up. */
    private static final Set<String> BLAZES = Set.of("beat", "beats", "beating", "blaze",
            "blazes", "blazing", "burn", "burns", "scorch", "scorches", "glare", "glares", "bake",
            "bakes", "火辣辣", "毒辣辣", "晒", "烤");

    private static boolean stopFollows(List<Word> words, int i) {
        return WeatherStop.after(words, i) == WeatherStop.Said.ENDS;
    }

    /** Whether one of {@code verbs} follows word {@code i} within its clause. */
    private static boolean followedBy(List<Word> words, int i, Set<String> verbs) {
        return followedBy(words, i, verbs, 4);
    }

    /** Whether one of {@code verbs} comes within {@code reach} words after word {@code i}. */
    private static boolean followedBy(List<Word> words, int i, Set<String> verbs, int reach) {
        for (int k = i + 1; k < Math.min(words.size(), i + 1 + reach); k++) {
            Word a = words.get(k);
            if (a.pos() == PartOfSpeech.PUNCTUATION) return false;
            if (verbs.contains(a.lemma()) || verbs.contains(Catalog.normalize(a.text()))) {
                return true;
            }
            if (ReaderWords.gluedVerb(a.text(), verbs)) return true;
        }
        return false;
    }

    private static boolean negated(List<Word> words, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 2); k--) {
            String t = Catalog.normalize(words.get(k).text());
            if (ReaderWords.NEGATION.contains(t)) return true;
            if (words.get(k).pos() == PartOfSpeech.PUNCTUATION) return false;
        }
        return false;
    }

    /** A stopped weather without a new one clears; what a place implies follows it. */
    private void stops(ReadingDraft d) {
        if (d.stoppedWeather != null && d.weather == null) d.weather = "clear";
        // Rain with lightning or thunder ("Thunder rolls; the first raindrops hit") is a storm.
        if ("rain".equals(d.weather) && (d.skyAdded.contains("lightning")
                || StormSigns.thunder(d.line) || StormSigns.gale(d.line))) {
            d.weather = "storm";
        }
        if ("storm".equals(d.weather) && StormSigns.sandBlown(d.line)) d.weather = "dust";
        // 雷声渐渐远去: the thunder going away takes the lightning with it.
        if (StormSigns.fading(d.line) && !d.skyRemoved.contains("lightning")) {
            d.skyRemoved.add("lightning");
        }
        // 打雷了,闪电划破夜空: lightning seen and thunder heard, with no weather named.
        if (d.weather == null && d.skyAdded.contains("lightning") && StormSigns.thunder(d.line)) {
            d.weather = "storm";
        }
        // A thunderstorm has lightning in it, unless it is the storm that ends.
        boolean thunderstorm = d.said.stream().anyMatch(w -> ReaderWords.THUNDERSTORMS.contains(
                Catalog.normalize(w)));
        if (thunderstorm && d.stoppedWeather == null && !d.skyAdded.contains("lightning")) {
            d.skyAdded.add("lightning");
        }
        // 撑着伞走在街上: an umbrella up with no weather named is up against rain.
        if (d.weather == null && d.stoppedWeather == null && UmbrellaUp.said(d.line)) {
            d.weather = "rain";
        }
        // A sky one can see stars or a blue sky in is clear.
        if (d.weather == null && (d.skyAdded.contains("stars") || d.said.stream().anyMatch(
                w -> w.contains("蓝天") || w.equalsIgnoreCase("blue")))) {
            d.weather = "clear";
        }
    }

    private void implications(ReadingDraft d, boolean han) {
        if (d.setting == null) d.setting = d.morphedFrom; // it turned into no other place
        if (d.setting == null && d.settingHint == null) {
            // 回酒店休息: the story goes where the hotel is, a street of a settlement.
            d.setting = BuildingPlace.goneInto(d.line);
            if (d.setting != null) d.settingCue = SettingCue.PART;
        }
        String place = d.setting != null ? d.setting : d.settingHint;
        boolean passing = d.setting == null && d.hintCue == SettingCue.PASSING;
        if ("harbour".equals(place) && !passing) {
            if (d.water == null) d.water = "sea";
            boolean boat = d.things.keySet().stream().anyMatch(t -> Set.of("boat", "sailboat",
                    "junk", "ship").contains(t));
            if (!boat) d.things.put("boat", new ThingRef("boat", ""));
        }
        // A shore named as where something is (a lake's far shore) brings no sea.
        boolean feature = d.setting != null ? d.settingCue == SettingCue.FEATURE
                : d.hintCue == SettingCue.FEATURE;
        if ("coast".equals(place) && d.water == null && !feature) d.water = "sea";
        // A past age with no style of its own keeps today's style away (Victorian London).
        if (d.past && "modern".equals(d.style) && !saidStyle(d, "modern")) d.style = null;
        boolean named = d.style != null;
        // A thing shown only as the nearest entry to what was said ("candle" as a lantern,
        // "lamp" as a street lamp) is a guess: it must not restyle the whole place.
        Set<String> guessed = new HashSet<>();
        for (Approximation a : d.approximated) guessed.add(a.said());
        Set<String> things = new HashSet<>();
        // Nor must a thing only implied (the car someone drives): it was not said.
        d.things.forEach((id, ref) -> {
            if (!guessed.contains(ref.said()) && !ref.said().isEmpty()) things.add(id);
        });
        // Pagodas are Chinese in any language; lanterns, gates and stalls only
        // in a Chinese text.
        if (d.style == null && (han && (things.stream()
                .anyMatch(CLASSICAL_THINGS::contains) || "ancient-city".equals(place)
                || "town".equals(place) && things.contains("lights"))
                || things.contains("pagoda"))) {
            d.style = "chinese-classical";
        }
        if (d.style == null && things.contains("castle")) {
            d.style = "medieval-european";
        }
        if (d.style == null && !d.past && ("city".equals(d.setting)
                || things.stream().anyMatch(ReaderWords.MODERN_THINGS::contains))) {
            d.style = "modern";
        }
        d.styleImplied = !named && d.style != null;
        ThingRef lights = d.things.remove("lights");
        if (lights != null) {
            String id = "chinese-classical".equals(d.style) || han ? "lantern" : "street-lamp";
            d.things.put(id, new ThingRef(id, lights.said()));
        }
    }

    /** Whether the line said a phrasing of style {@code id} itself ("modern", 现代). */
    private boolean saidStyle(ReadingDraft d, String id) {
        return d.said.stream().anyMatch(w -> catalog.byPhrasing(w).stream()
                .anyMatch(e -> e.kind() == CatalogKind.STYLE && e.id().equals(id)));
    }

    /**
     * Vehicles in a street or at a light drive on a road ("scooters waiting at the red
     * light", 街道上只剩几个外卖小哥骑着电动车); people walking a street need none drawn.
     */
    private static void streetTraffic(ReadingDraft d) {
        boolean traffic = d.things.keySet().stream().anyMatch(ROAD_VEHICLES::contains);
        if (traffic && STREET.matcher(lower(d.line)).find()) {
            d.things.putIfAbsent("road", new ThingRef("road", ""));
        }
    }

    /** Verbs that open a two-character verb-object word (迷路 is getting lost). */
    private static final String VERB_HEADS = "迷走赶问带让上引领开探绕拦挡指关";
    /** 水花, 浪花, 雪花, 火花, 泪花: a spray or a spark in the shape of a flower, no flower. */
    private static final String SPRAYS = "水浪雪火泪烟礼";

    /**
     * The creature or thing a Chinese compound no entry names is a kind of: its head, the
     * longest last part an entry names (白马 → 马, 天桥 → 桥); null when no last part is one
     * (熊掌 is a paw, not a bear), or the word is not Chinese.
     */
    private CatalogEntry headOf(Word w) {
        String t = w.text();
        int n = t.codePointCount(0, t.length());
        if (n < 2 || n > 4 || t.codePointAt(0) < 0x2E80 || w.pos() == PartOfSpeech.VERB
                || w.pos() == PartOfSpeech.ADJECTIVE || w.pos() == PartOfSpeech.IDIOM) {
            return null;
        }
        for (int k = 1; k < n; k++) {
            String tail = t.substring(t.offsetByCodePoints(0, k));
            if (tail.equals("花") && SPRAYS.indexOf(t.codePointAt(0)) >= 0) return null;
            for (CatalogEntry e : catalog.byPhrasing(tail)) {
                if (e.kind() == CatalogKind.THING && k == 1
                        && VERB_HEADS.indexOf(t.codePointAt(0)) >= 0) {
                    continue; // 迷路, 走路, 开门: a verb and its object, no thing on screen
                }
                if (e.kind() == CatalogKind.CREATURE || e.kind() == CatalogKind.THING) return e;
            }
        }
        return null;
    }

    /**
     * An English word in its subject's verb place: right after a creature or person, before
     * a preposition or an article ("hippos wallow in", "monkeys climb in"), or an -s form
     * there ("a donkey carries sacks"); or a plural's verb ({@link #verbBeforeObject}). An
     * unknown word in that place is what they do, not a thing (wallow was shown as a bird, by
     * way of swallow).
     */
    private boolean verbSlot(List<Word> words, int i) {
        if (i <= 0) return false;
        String t = Catalog.normalize(words.get(i).text());
        if (!t.chars().allMatch(c -> c < 128)) return false;
        if (verbBeforeObject(words, i)) return true; // "boats rock gently"
        Word prev = words.get(i - 1);
        boolean afterSubject = false;
        for (String form : List.of(Catalog.normalize(prev.text()), prev.lemma())) {
            for (CatalogEntry e : catalog.byPhrasing(form)) {
                afterSubject |= e.kind() == CatalogKind.CREATURE;
            }
        }
        if (!afterSubject) return false;
        if (ReaderWords.sForm(t)) return true;
        String next = i + 1 < words.size() ? Catalog.normalize(words.get(i + 1).text()) : "";
        return ReaderWords.LOCATIVE_BEFORE.contains(next) || DETERMINERS.contains(next);
    }

    /**
     * A word no entry names: shown as its nearest entry, or reported; {@code verb}: it stands
     * where its subject's verb does ({@link #verbSlot}).
     */
    private void approximate(Word w, boolean verb, ReadingDraft d) {
        // Verbs and qualities name no thing (English ones as the tagger reads them).
        boolean thingLike = !verb && switch (w.pos()) {
            case VERB, ADJECTIVE, IDIOM, TIME -> false;
            default -> true;
        };
        // A single Chinese character is a fragment the model cannot place (楼, 云, 水).
        if (w.text().codePointCount(0, w.text().length()) < 2) thingLike = false;
        NearestEntry.Match m = nearest == null || !thingLike ? null : nearest.near(w.lemma());
        if (m != null && modifiedBy(w.text(), m.entry())) {
            // 鱼丸, 牛奶: a Chinese compound is a kind of its last part; the entry named in
            // front is what it is made of or from, not what is shown.
            d.notShown.add(new NotShownWord(w.text(), "made of or from "
                    + m.entry().id() + ", not one"));
            return;
        }
        if (m == null) {
            d.notShown.add(new NotShownWord(w.text(), "no catalog entry is near enough"));
            return;
        }
        d.approximated.add(new Approximation(w.text(), m.entry().id(), m.similarity()));
        d.understood = true;
        String id = m.entry().id();
        switch (m.entry().kind()) {
            case CREATURE -> d.subject(id, w.text(), "one", null);
            case THING -> d.thing(id, w.text());
            case WEATHER -> {
                if (d.weather == null) d.weather = id;
            }
            case SKY -> d.skyAdded.add(id);
            default -> { }
        }
        d.said.remove(w.text());
    }
}
