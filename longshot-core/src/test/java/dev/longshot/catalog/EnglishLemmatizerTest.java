package dev.longshot.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishLemmatizerTest {
    private static void assertLemmas(String pairs) {
        String[] w = pairs.split(" ");
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i + 1 < w.length; i += 2) {
            String got = EnglishLemmatizer.lemma(w[i]);
            if (!got.equals(w[i + 1])) wrong.add(w[i] + " → " + got + " (want " + w[i + 1] + ")");
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void pluralsBecomeTheirSingular() {
        assertLemmas("elephants elephant wolves wolf flies fly foxes fox torches torch "
                + "bushes bush giraffes giraffe hippos hippo buffaloes buffalo geese goose "
                + "ponies pony skies sky waves wave horses horse houses house canoes canoe "
                + "lionesses lioness glasses glass cliffs cliff Zebras zebra children child "
                + "oxen ox calves calf buses bus fishes fish");
    }

    @Test
    void wordsThatOnlyLookInflectedStayWhole() {
        assertLemmas("lioness lioness grass grass lens lens species species morning morning "
                + "evening evening lightning lightning building building red red bus bus "
                + "sheep sheep deer deer fish fish series series spring spring thing thing "
                + "sea sea walrus walrus oasis oasis");
    }

    @Test
    void verbFormsBecomeTheVerb() {
        assertLemmas("running run rising rise grazing graze swimming swim flying fly "
                + "stopped stop walked walk circling circle arrived arrive raised raise "
                + "taking take drinks drink rises rise leaves leave flew fly fell fall "
                + "melting melt carried carry continued continue smiling smile waiting wait "
                + "dancing dance howled howl sailed sail covered cover hunting hunt");
    }

    @Test
    void possessivesAndCurlyApostrophesAreDropped() {
        assertLemmas("bird's bird eagles' eagle deer’s deer");
    }
}
