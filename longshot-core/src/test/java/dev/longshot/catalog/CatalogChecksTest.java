package dev.longshot.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogChecksTest {
    private static String entry(String id, String kind, boolean drawn, String fallback,
            String zh, String en) {
        return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"drawn\":" + drawn
                + (fallback == null ? "" : ",\"fallback\":\"" + fallback + "\"")
                + ",\"zh\":[\"" + zh + "\"],\"en\":[\"" + en + "\"]"
                + ",\"recipe\":{\"family\":\"quadruped\",\"legLength\":1}}";
    }

    private static Catalog read(String... entries) throws IOException {
        String json = "{\"format\":\"longshot-catalog/1\",\"entries\":["
                + String.join(",", entries) + "]}";
        return Catalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "test.json");
    }

    private static List<String> problems(String... entries) {
        return assertThrows(CatalogException.class, () -> read(entries)).problems();
    }

    @Test
    void aSoundCatalogReads() throws IOException {
        Catalog c = read(entry("lion", "creature", true, null, "狮子", "lion"),
                entry("tiger", "creature", false, "lion", "老虎", "tiger"));
        assertEquals("lion", c.shownAs(c.byId("tiger").orElseThrow()).orElseThrow().id());
        assertEquals(1.0, c.byId("lion").orElseThrow().recipe().number("legLength", 0));
    }

    @Test
    void duplicateIdIsReported() {
        assertEquals(List.of("entry 'lion': duplicate id"),
                problems(entry("lion", "creature", true, null, "狮子", "lion"),
                        entry("lion", "creature", true, null, "雄狮", "lions")));
    }

    @Test
    void unknownFallbackIsReported() {
        assertEquals(List.of("entry 'tiger': fallback 'lino' is not an entry"),
                problems(entry("tiger", "creature", false, "lino", "老虎", "tiger")));
    }

    @Test
    void fallbackOfAnotherKindIsReported() {
        assertEquals(List.of("entry 'tiger': fallback 'forest' is a setting, not a creature"),
                problems(entry("forest", "setting", true, null, "森林", "forest"),
                        entry("tiger", "creature", false, "forest", "老虎", "tiger")));
    }

    @Test
    void fallbackOfAnotherShotSubKindIsReported() {
        String dutch = "{\"id\":\"dutch\",\"kind\":\"shot\",\"sub\":\"angle\",\"drawn\":false,"
                + "\"fallback\":\"pan\",\"zh\":[\"斜角\"],\"en\":[\"dutch\"],"
                + "\"recipe\":{\"family\":\"camera\"}}";
        String pan = "{\"id\":\"pan\",\"kind\":\"shot\",\"sub\":\"move\",\"drawn\":true,"
                + "\"zh\":[\"摇镜\"],\"en\":[\"pan\"],\"recipe\":{\"family\":\"camera\"}}";
        assertEquals(List.of("entry 'dutch': fallback 'pan' is a shot/move, not a shot/angle"),
                problems(pan, dutch));
    }

    @Test
    void fallbackChainThatNeverReachesADrawnEntryIsReported() {
        List<String> p = problems(entry("lion", "creature", false, null, "狮子", "lion"),
                entry("tiger", "creature", false, "lion", "老虎", "tiger"));
        assertEquals(List.of("entry 'tiger': fallback chain ends at 'lion', which is not drawn"),
                p);
    }

    @Test
    void fallbackLoopIsReported() {
        List<String> p = problems(entry("lion", "creature", false, "tiger", "狮子", "lion"),
                entry("tiger", "creature", false, "lion", "老虎", "tiger"));
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).contains("loops"), p.toString());
    }

    @Test
    void drawnEntryWithAFallbackIsReported() {
        assertEquals(List.of("entry 'tiger': drawn, so it needs no fallback (has 'lion')"),
                problems(entry("lion", "creature", true, null, "狮子", "lion"),
                        entry("tiger", "creature", true, "lion", "老虎", "tiger")));
    }

    @Test
    void phrasingClaimedByTwoEntriesOfOneKindIsReported() {
        assertEquals(List.of("phrasing 'Big Cat' is claimed by two creature entries: "
                        + "'lion' and 'tiger'"),
                problems(entry("lion", "creature", true, null, "狮子", "big cat"),
                        entry("tiger", "creature", true, null, "老虎", "Big Cat")));
    }

    @Test
    void samePhrasingInTwoKindsIsAllowed() throws IOException {
        Catalog c = read(entry("crane", "creature", true, null, "鹤", "crane"),
                entry("crane-up", "thing", true, null, "升起", "crane"));
        assertEquals(2, c.byPhrasing("Crane").size());
    }

    @Test
    void unknownKeysKindsAndMissingNamesAreReportedTogether() {
        String bad = "{\"id\":\"Tiger\",\"kind\":\"beast\",\"drawn\":\"no\",\"fallbak\":\"x\","
                + "\"zh\":[],\"en\":[\"tiger\"],\"recipe\":{}}";
        List<String> p = problems(bad);
        assertEquals(List.of(
                "entry 1: id 'Tiger' must be lower-case words joined by '-'",
                "entry 1: unknown key 'fallbak'",
                "entry 1: unknown kind 'beast' (valid kinds: setting, style, water, time, "
                        + "weather, sky, creature, thing, shot)",
                "entry 1: \"drawn\" must be true/false",
                "entry 1: \"zh\" must list at least one phrasing (its name)",
                "entry 1: \"recipe\" must be an object with a \"family\""), p);
    }

    @Test
    void brokenJsonNamesItsLine() {
        CatalogException e = assertThrows(CatalogException.class, () -> Catalog.read(
                new ByteArrayInputStream("{\n\"format\": \n]".getBytes(StandardCharsets.UTF_8)),
                "broken.json"));
        assertTrue(e.getMessage().startsWith("broken.json: 1 problem:"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }
}
