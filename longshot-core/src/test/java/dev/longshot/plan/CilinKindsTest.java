package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.catalog.Catalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a Chinese noun is a kind of, read from the bundled 同义词词林 over the bundled catalog. */
class CilinKindsTest {
    private static final CilinKinds KINDS = CilinKinds.bundled();
    private static final StoryReader READER = StoryReader.bundled();

    private static void assertKind(String word, String id, double similarity) {
        Taxonomy.Kind k = KINDS.kindOf(word);
        assertTrue(k != null, word + " has no kind");
        assertEquals(id, k.entry().id(), word);
        assertEquals(similarity, k.similarity(), 1e-9, word);
    }

    @Test
    void roeDeerInChineseIsShownAsADeer() {
        assertKind("狍子", "deer", 0.85); // Bi05A05, in the group 鹿 heads
        LineReading r = READER.reading("一只狍子从林子里跑了出来。");
        assertTrue(r.subjects().stream().anyMatch(s -> s.id().equals("deer")), r.toString());
        assertTrue(r.approximated().stream().anyMatch(a -> a.said().equals("狍子")
                && a.shownAs().equals("deer")), r.approximated().toString());
    }

    @Test
    void aSynonymOfANamedBoatIsABoatForSure() {
        assertKind("小艇", "boat", 1.0); // Bo22A02= 小船 扁舟 划子 小艇 舴艋
        assertKind("舴艋", "boat", 1.0);
    }

    @Test
    void aJobNameIsAPerson() {
        for (String job : List.of("教师", "医生", "司机", "警察", "厨师", "邮差")) {
            assertKind(job, "person", 0.7);
        }
    }

    @Test
    void aBirdOfTheBirdGroupIsABird() {
        assertKind("黄鹂", "bird", 0.85);
    }

    @Test
    void anUnrelatedWordStaysNotShown() {
        // The sun shares a group with lamplight (Bg03B), a tail is also a hanger-on (Ak12B),
        // a rat sits in the group 袋鼠 is only a member of, a fridge among machines (摩托).
        for (String word : List.of("太阳", "尾巴", "背景", "老鼠", "冰箱", "墙壁")) {
            assertNull(KINDS.kindOf(word), word);
        }
    }

    @Test
    void aThingsPartOrProduceIsNotThatThing() {
        assertNull(KINDS.kindOf("竹笋"), "bamboo shoots are a dish"); // Bh01B09, under 竹
        assertNull(KINDS.kindOf("卧室"), "a bedroom is no house"); // Bn03A, rooms
    }

    @Test
    void aWordTheCatalogNamesOrEndsInIsLeftToTheCatalog() {
        assertNull(KINDS.kindOf("鹿"));
        assertNull(KINDS.kindOf("游船"), "游船 is a 船 by its head, not one of the ships");
    }

    @Test
    void aBrokenThesaurusLineFailsTheLoad() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new CilinKinds(Catalog.bundled(), List.of("Bi05A04= 麋", "Bi05A 驼鹿")));
        assertTrue(e.getMessage().contains(":2:"), e.getMessage());
    }
}
