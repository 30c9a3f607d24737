package dev.longshot.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Shared helpers: parse UTF-8 text, and expect a failure at an exact line. */
final class StoryAssertions {
    /** The first three lines of our example storyboard. */
    static final List<String> EXAMPLE = List.of(
            "晨光中的森林,鹿群在溪边饮水",
            "镜头跟随小鹿抬头,展现天空中掠过的鹰",
            "鹰的视角俯冲,穿过树冠层进入山谷");

    private StoryAssertions() {
    }

    static Storyboard parse(String name, String content) {
        return StoryboardParser.parse(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static StoryboardException fails(String name, byte[] bytes, int line, String problemPart) {
        StoryboardException e = assertThrows(StoryboardException.class,
                () -> StoryboardParser.parse(name, bytes));
        assertEquals(name, e.source(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.problem().contains(problemPart),
                () -> "expected \"" + problemPart + "\" in: " + e.getMessage());
        String where = line > 0 ? name + ":" + line + ": " : name + ": ";
        assertEquals(where + e.problem(), e.getMessage());
        return e;
    }

    static StoryboardException fails(String name, String content, int line, String problemPart) {
        return fails(name, content.getBytes(StandardCharsets.UTF_8), line, problemPart);
    }

    static List<String> texts(Storyboard board) {
        return board.lines().stream().map(StoryLine::text).toList();
    }
}
