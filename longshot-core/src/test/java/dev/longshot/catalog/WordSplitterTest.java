package dev.longshot.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSplitterTest {
    private static final WordSplitter SPLITTER = new WordSplitter(Catalog.bundled());

    private static List<String> content(String line) {
        return SPLITTER.contentWords(line).stream().map(Word::text).toList();
    }

    private static List<String> contentLemmas(String line) {
        return SPLITTER.contentWords(line).stream().map(Word::lemma).toList();
    }

    @Test
    void unknownChineseWordsComeBackWholeNotAsFragments() {
        List<String> words = content("挑夫们扛着货物走过石桥");
        assertTrue(words.containsAll(List.of("挑夫", "货物", "石桥")), words.toString());
        assertTrue(words.stream().noneMatch(w -> w.startsWith("挑夫们")), words.toString());
        assertEquals(List.of("骆驼商队", "穿过", "沙漠"), content("骆驼商队穿过沙漠"),
                "a catalog phrasing stays one word");
    }

    @Test
    void catalogPhrasingsSplitByTheSegmenterAreJoined() {
        List<Word> words = SPLITTER.split("木帆船驶入港口,镜头缓缓推进,特写小鹿");
        List<String> texts = words.stream().map(Word::text).toList();
        assertTrue(texts.containsAll(List.of("木帆船", "港口", "小鹿", "特写")), texts.toString());
        Word junk = words.get(texts.indexOf("木帆船"));
        assertEquals(PartOfSpeech.NOUN, junk.pos());
        assertEquals("木帆船驶入港口".indexOf("木帆船"), junk.start());
        assertEquals(List.of("逐步过渡到", "火山口"), content("逐步过渡到火山口"));
    }

    @Test
    void aHyphenatedWordWhosePartsSpellAPhrasingReadsAsThatPhrasing() {
        Word song = SPLITTER.split("A Song-dynasty harbour town").stream()
                .filter(w -> w.text().equals("Song-dynasty")).findFirst().orElseThrow();
        assertEquals("song dynasty", song.lemma());
        Word close = SPLITTER.split("Close-up on the deer").stream()
                .filter(w -> w.text().equals("Close-up")).findFirst().orElseThrow();
        assertEquals("Close-up", close.text(), "a hyphenated phrasing stays as written");
    }

    @Test
    void idiomsAreTaggedAsIdiomsNotAsTheirParts() {
        Word idiom = SPLITTER.split("正午,太阳高照,街上人山人海").stream()
                .filter(w -> w.text().equals("人山人海")).findFirst().orElseThrow();
        assertEquals(PartOfSpeech.IDIOM, idiom.pos());
    }

    @Test
    void chineseFunctionWordsAndPunctuationAreNotContent() {
        List<Word> words = SPLITTER.split("一群大象在水塘边喝水。");
        List<String> content = words.stream().filter(Word::content).map(Word::text).toList();
        assertTrue(content.contains("大象") && content.contains("水塘"), content.toString());
        for (String function : List.of("一", "在", "。")) {
            assertTrue(!content.contains(function), function + " in " + content);
        }
    }

    @Test
    void englishContentWordsComeBackWithTheirLemmas() {
        assertEquals(List.of("elephant", "drink", "waterhole", "calf"),
                contentLemmas("Two elephants drink at the waterhole with their calves."));
        assertEquals(List.of("herd of elephant", "cross", "river"),
                contentLemmas("A herd of elephants crosses the river"), "a catalog phrasing");
        assertEquals(List.of("lioness", "watch", "zebra"),
                contentLemmas("The lioness watches the zebras"));
        assertEquals(List.of("vulture", "circle", "overhead"),
                contentLemmas("Vultures circling overhead"));
    }

    @Test
    void englishCatalogPhrasingsAreJoinedAfterLemmas() {
        List<Word> words = SPLITTER.split("Two police cars race past the hot air balloons");
        List<String> lemmas = words.stream().map(Word::lemma).toList();
        assertTrue(lemmas.contains("police car"), lemmas.toString());
        assertTrue(lemmas.contains("hot air balloon"), lemmas.toString());
        assertEquals(PartOfSpeech.NUMBER, SPLITTER.split("close-up, 85 mm, shallow depth of field")
                .stream().filter(w -> w.text().startsWith("85")).findFirst().orElseThrow().pos());
    }

    @Test
    void mixedLinesSplitEachLanguageItsOwnWay() {
        List<Word> words = SPLITTER.split("Close-up: 一只老虎 walks slowly 穿过竹林");
        List<String> texts = new ArrayList<>();
        for (Word w : words) if (w.content()) texts.add(w.text());
        assertEquals(List.of("Close-up", "老虎", "walks", "穿过", "竹林"), texts);
        Word slowly = words.stream().filter(w -> w.text().equals("slowly")).findFirst()
                .orElseThrow();
        assertEquals(PartOfSpeech.ADVERB, slowly.pos());
        for (Word w : words) assertEquals(w.text(), "Close-up: 一只老虎 walks slowly 穿过竹林"
                .substring(w.start(), w.end()));
    }

    @Test
    void splittingIsDeterministic() {
        String line = "夜幕降临,灯笼亮起,几只秃鹫在天空盘旋 while the crowd leaves";
        assertEquals(SPLITTER.split(line), new WordSplitter(Catalog.bundled()).split(line));
    }

    @Test
    void splitsFarFasterThanThePlanningBudgetOfFiveHundredLinesASecond() {
        String[] lines = {"晨光中的森林,鹿群在溪边饮水", "A herd of elephants crosses the river",
            "镜头缓缓推进,特写一只老虎", "Low angle, handheld: the soldiers march through the gate",
            "正午,太阳高照,街上人山人海", "木帆船驶入港口,码头上人来人往"};
        SPLITTER.split(lines[0]); // load the dictionaries first: the figure is per line
        // CPU time of this thread, not wall time: the figure must not depend on what else the
        // machine runs. Splitting may take at most a fifth of planning's 2 ms a line.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int n = 3600;
        long start = cpu.getCurrentThreadCpuTime();
        int words = 0;
        for (int i = 0; i < n; i++) words += SPLITTER.split(lines[i % lines.length]).size();
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        double perSecond = n / seconds;
        System.out.printf("WordSplitter: %d lines, %d words in %.3f s of CPU: %.0f lines/s%n", n,
                words, seconds, perSecond);
        assertTrue(perSecond >= 2500, perSecond + " lines/s");
    }
}
