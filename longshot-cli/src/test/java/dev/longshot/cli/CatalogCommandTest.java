package dev.longshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {
    @Test
    void tableListsEveryCreatureWithItsNamesAndWhatItIsShownAs() {
        Cli r = Cli.run("catalog", "--kind", "creature");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith("id"), lines[0]);
        assertTrue(r.out().contains("长颈鹿"), r.out());
        String tiger = line(lines, "tiger ");
        assertTrue(tiger.contains("老虎") && tiger.endsWith("drawn"), tiger);
        // Every creature of the catalog is drawn now, the kangaroo too (it was shown as a deer).
        String kangaroo = line(lines, "kangaroo ");
        assertTrue(kangaroo.contains("袋鼠") && kangaroo.endsWith("drawn"), kangaroo);
        assertTrue(line(lines, "deer ").endsWith("drawn"));
        assertTrue(lines[lines.length - 1].matches("\\d+ entries, \\d+ drawn today;.*"));
        assertTrue(!r.out().contains("harbour"), "only creatures");
    }

    @Test
    void columnsLineUpDespiteChineseNames() {
        String[] lines = Cli.run("catalog", "--kind", "setting").out().split("\n");
        int at = TextTable.width(lines[0].substring(0, lines[0].indexOf("on screen")));
        for (int i = 1; i < lines.length - 1; i++) {
            String shown = lines[i].contains("shown as") ? "shown as" : "drawn";
            int col = TextTable.width(lines[i].substring(0, lines[i].lastIndexOf(shown)));
            assertEquals(at, col, lines[i]);
        }
    }

    @Test
    void jsonIsTheCatalogsOwnForm() throws IOException {
        Cli r = Cli.run("catalog", "--json", "--kind", "shot");
        assertEquals(0, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("longshot-catalog/1", root.get("format").asText());
        JsonNode first = root.get("entries").get(0);
        assertEquals("shot", first.get("kind").asText());
        assertEquals("move", first.get("sub").asText());
        assertTrue(first.get("zh").isArray() && first.get("recipe").has("family"));
        for (JsonNode e : root.get("entries")) assertEquals("shot", e.get("kind").asText());
    }

    @Test
    void unknownKindIsBadInputListingTheValidKinds() {
        Cli r = Cli.run("catalog", "--kind", "animal");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("unknown kind 'animal'"), r.err());
        assertTrue(r.err().contains("setting, style, water, time, weather, sky, creature, thing,"
                + " shot"), r.err());
    }

    private static String line(String[] lines, String start) {
        for (String l : lines) {
            if (l.startsWith(start)) return l;
        }
        throw new AssertionError("no line starts with '" + start + "'");
    }

    @Test
    void theCatalogSheetShowsEveryDrawnCreatureAndThingAndSaysItIsAiGenerated(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path out = dir.resolve("catalog.png");
        Cli r = Cli.run("catalog", "--sheet", out.toString());
        assertEquals(0, r.exit(), r.err());
        java.util.Map<String, String> text = new java.util.HashMap<>();
        java.awt.image.BufferedImage image;
        try (var in = javax.imageio.ImageIO.createImageInputStream(out.toFile())) {
            var reader = javax.imageio.ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            var root = (org.w3c.dom.Element) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_png_1.0");
            var entries = root.getElementsByTagName("iTXtEntry");
            for (int i = 0; i < entries.getLength(); i++) {
                var e = (org.w3c.dom.Element) entries.item(i);
                text.put(e.getAttribute("keyword"), e.getAttribute("text"));
            }
            image = reader.read(0);
            reader.dispose();
        }
        assertEquals("true", text.get("ai_generated"), text.toString());
        assertEquals("AI生成 · AI-generated", text.get("label"));
        assertTrue(text.get("Description").startsWith("AI-generated"), text.toString());
        // Six cells of 240 a row, one per drawn creature, sky event and thing.
        int creatures = dev.longshot.world.creature.Bestiary.bundled().all().size();
        long things = dev.longshot.catalog.Catalog.bundled()
                .ofKind(dev.longshot.catalog.CatalogKind.THING).stream()
                .filter(dev.longshot.catalog.CatalogEntry::drawn).count();
        assertEquals(8 + 6 * 248, image.getWidth());
        long rows = (creatures + things + 5) / 6;
        assertTrue(image.getHeight() > rows * 135, "height " + image.getHeight());
    }
}
