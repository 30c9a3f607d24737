package dev.longshot.plan;

import java.util.Set;

/** The action the bundled reader gives one subject of one line, for action tests. */
final class ActionOf {
    private ActionOf() {}

    private static final StoryReader READER = StoryReader.bundled();

    /** The contract's action ids a table may map a verb to. */
    static final Set<String> ACTIONS = Set.of("walk", "run", "hunt", "fly", "circle", "dive",
            "swim", "jump", "play", "drink", "graze", "eat", "sleep", "rest", "ride", "carry",
            "fight", "hide", "work", "leave", "arrive", "stand", "watch", "dance");

    static String action(String line, String id) {
        return READER.reading(line).subjects().stream().filter(s -> s.id().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " not read in " + line))
                .action();
    }
}
