package dev.longshot.memory.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.longshot.story.StoryLine;
import dev.longshot.story.Storyboard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One storyboard of the labelled set in format {@code longshot-eval/2} (see the README beside
 * the set): its lines, each with the expected plan/2 keys of its second and its tags.
 *
 * @param name  file name, for messages
 * @param lang  the file's language ({@code zh}, {@code en}, {@code mixed}), or empty
 * @param lines labelled lines, one second each
 */
public record LabelledStoryV2(String name, String lang, List<Line> lines) {
    /** Format tag every file starts with. */
    public static final String FORMAT = "longshot-eval/2";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One labelled line: its text, the expected keys and tags. */
    public record Line(String text, JsonNode expect, List<String> tags) {
        public boolean tagged(String tag) {
            return tags.contains(tag);
        }
    }

    public LabelledStoryV2 {
        lines = List.copyOf(lines);
    }

    /** Whether {@code json} looks like a file of this format. */
    public static boolean isV2(String json) {
        return json.contains("\"" + FORMAT + "\"");
    }

    /** Parses one file; the message names the file and what is wrong. */
    public static LabelledStoryV2 parse(String name, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not JSON: " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(name + ": format is not " + FORMAT);
        }
        List<Line> lines = new ArrayList<>();
        for (JsonNode l : root.path("lines")) {
            List<String> tags = new ArrayList<>();
            l.path("tags").forEach(t -> tags.add(t.asText()));
            if (!l.path("expect").isObject()) {
                throw new IllegalArgumentException(name + ": line " + (lines.size() + 1)
                        + " has no expect object");
            }
            lines.add(new Line(l.path("text").asText(), l.get("expect"), tags));
        }
        if (lines.isEmpty()) throw new IllegalArgumentException(name + ": no lines");
        return new LabelledStoryV2(name, root.path("lang").asText(""), lines);
    }

    /** The storyboard these lines make, one second per line. */
    public Storyboard storyboard() {
        List<StoryLine> story = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            story.add(new StoryLine(i + 1, i, 1, lines.get(i).text()));
        }
        return new Storyboard(name, story, "");
    }
}
