package dev.longshot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code longshot catalog}: the words a storyboard can use, for the people who write them —
 * every entry with its English and Chinese name and whether it is drawn today (or what it is
 * shown as until it is).
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List what a storyboard can ask for: settings, styles, water, times,"
                + " weathers, sky events, creatures, things and shot terms.")
final class CatalogCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Option(names = "--kind", paramLabel = "K",
            description = "Only entries of this kind: setting, style, water, time, weather, sky,"
                    + " creature, thing or shot.")
    String kind;

    @Option(names = "--json", description = "Print the entries as JSON (the catalog's own form).")
    boolean json;

    @Option(names = "--sheet", paramLabel = "SHEET.png",
            description = "Also draw every drawn creature and sky event alone in a captioned,"
                    + " AI-labelled grid (PNG).")
    Path sheet;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = Catalog.bundled();
        List<CatalogEntry> entries = catalog.entries();
        if (kind != null) {
            CatalogKind k;
            try {
                k = CatalogKind.fromId(kind);
            } catch (IllegalArgumentException e) {
                throw new UserError("--kind: " + e.getMessage());
            }
            entries = catalog.ofKind(k);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (sheet != null) {
            writeSheet(OutputFiles.checkWritable(sheet, ".png"));
            out.println("wrote " + sheet);
            out.flush();
            return ExitCode.OK;
        }
        out.print(json ? json(entries) : table(catalog, entries));
        out.flush();
        return ExitCode.OK;
    }

    private static void writeSheet(Path target) throws IOException {
        ContactSheet grid = new ContactSheet(240, 135, 6);
        CreatureSheet.addAll(grid, 240, 135);
        SkySheet.addAll(grid, 240, 135);
        ThingSheet.addAll(grid, 240, 135);
        String generator = "longshot " + Version.current();
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Software", generator);
        text.put("Description", "AI-generated catalog sheet: every creature, sky event"
                + " and thing longshot draws, synthesised by " + generator + "; not camera footage.");
        text.put("ai_generated", "true");
        text.put("label", "AI生成 · AI-generated");
        LabelledPng.publish(grid.render(), text, target);
    }

    private static String table(Catalog catalog, List<CatalogEntry> entries) {
        TextTable t = new TextTable("id", "kind", "English", "中文", "on screen");
        int drawn = 0;
        for (CatalogEntry e : entries) {
            if (e.drawn()) drawn++;
            t.row(e.id(), e.kindLabel(), e.englishName(), e.chineseName(), shown(catalog, e));
        }
        return t.toString() + entries.size() + " entries, " + drawn + " drawn today; the others are shown "
                + "as the entry named, or not shown yet.\n";
    }

    private static String shown(Catalog catalog, CatalogEntry e) {
        if (e.drawn()) return "drawn";
        return catalog.shownAs(e).map(s -> "shown as " + s.id()).orElse("not shown yet");
    }

    private static String json(List<CatalogEntry> entries) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "longshot-catalog/1");
        ArrayNode list = root.putArray("entries");
        for (CatalogEntry e : entries) {
            ObjectNode n = list.addObject();
            n.put("id", e.id());
            n.put("kind", e.kind().id());
            if (e.sub() != null) n.put("sub", e.sub());
            n.put("drawn", e.drawn());
            if (e.fallback() != null) n.put("fallback", e.fallback());
            e.zh().forEach(n.putArray("zh")::add);
            e.en().forEach(n.putArray("en")::add);
            ObjectNode recipe = n.putObject("recipe");
            recipe.put("family", e.recipe().family());
            e.recipe().params().forEach((k, v) -> recipe.set(k, JSON.valueToTree(v)));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
