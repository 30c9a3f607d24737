package dev.longshot.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code catalog.json} into entries, checking each entry alone: required keys, their
 * types, and no unknown keys (a mistyped key is an error, never ignored). Rules between
 * entries are {@link CatalogChecks}'s.
 */
final class CatalogReader {
    static final String FORMAT = "longshot-catalog/1";
    private static final Set<String> KEYS =
            Set.of("id", "kind", "sub", "drawn", "fallback", "zh", "en", "recipe");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> problems = new ArrayList<>();

    /** The entries of {@code in}, in file order; problems are collected in {@link #problems}. */
    List<CatalogEntry> read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            problems.add("not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr());
            return List.of();
        }
        if (root == null || !root.isObject()) {
            problems.add("expected a JSON object with \"format\" and \"entries\"");
            return List.of();
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            problems.add("\"format\" must be \"" + FORMAT + "\"");
        }
        JsonNode list = root.path("entries");
        if (!list.isArray()) {
            problems.add("\"entries\" must be a list");
            return List.of();
        }
        List<CatalogEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            CatalogEntry e = entry(list.get(i), i + 1);
            if (e != null) entries.add(e);
        }
        return entries;
    }

    List<String> problems() {
        return problems;
    }

    private CatalogEntry entry(JsonNode n, int position) {
        int before = problems.size();
        String where = "entry " + position;
        if (!n.isObject()) {
            problems.add(where + ": expected an object");
            return null;
        }
        String id = n.path("id").asText("");
        if (!id.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
            problems.add(where + ": id '" + id + "' must be lower-case words joined by '-'");
        } else {
            where = "entry '" + id + "'";
        }
        for (Iterator<String> keys = n.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!KEYS.contains(key)) problems.add(where + ": unknown key '" + key + "'");
        }
        CatalogKind kind = kind(n, where);
        String sub = sub(n, kind, where);
        if (!n.path("drawn").isBoolean()) problems.add(where + ": \"drawn\" must be true/false");
        JsonNode fb = n.path("fallback");
        if (!fb.isMissingNode() && !fb.isNull() && !fb.isTextual()) {
            problems.add(where + ": \"fallback\" must be an id");
        }
        List<String> zh = phrasings(n, "zh", where);
        List<String> en = phrasings(n, "en", where);
        CatalogRecipe recipe = recipe(n.path("recipe"), where);
        if (problems.size() > before) return null;
        return new CatalogEntry(id, kind, sub, n.get("drawn").asBoolean(),
                fb.isTextual() ? fb.asText() : null, zh, en, recipe);
    }

    private CatalogKind kind(JsonNode n, String where) {
        try {
            return CatalogKind.fromId(n.path("kind").asText(""));
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private String sub(JsonNode n, CatalogKind kind, String where) {
        JsonNode sub = n.path("sub");
        if (kind != CatalogKind.SHOT) {
            if (!sub.isMissingNode()) problems.add(where + ": only shot terms have a \"sub\"");
            return null;
        }
        if (!CatalogKind.SHOT_SUBS.contains(sub.asText(""))) {
            problems.add(where + ": shot terms need \"sub\", one of "
                    + String.join(", ", CatalogKind.SHOT_SUBS));
            return null;
        }
        return sub.asText();
    }

    private List<String> phrasings(JsonNode n, String key, String where) {
        JsonNode list = n.path(key);
        List<String> out = new ArrayList<>();
        if (!list.isArray() || list.isEmpty()) {
            problems.add(where + ": \"" + key + "\" must list at least one phrasing (its name)");
            return out;
        }
        for (JsonNode p : list) {
            if (!p.isTextual() || p.asText().isBlank()) {
                problems.add(where + ": \"" + key + "\" holds a phrasing that is not text");
            } else {
                out.add(p.asText().strip());
            }
        }
        return out;
    }

    private CatalogRecipe recipe(JsonNode r, String where) {
        if (!r.isObject() || !r.path("family").isTextual()) {
            problems.add(where + ": \"recipe\" must be an object with a \"family\"");
            return null;
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!f.getKey().equals("family")) {
                params.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
            }
        }
        return new CatalogRecipe(r.get("family").asText(), params);
    }
}
