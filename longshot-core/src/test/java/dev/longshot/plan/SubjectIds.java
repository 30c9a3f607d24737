package dev.longshot.plan;

import java.util.List;

/** The sorted subject ids the bundled reader reads in one line, for reading tests. */
final class SubjectIds {
    private static final StoryReader READER = StoryReader.bundled();

    private SubjectIds() {}

    static List<String> of(String line) {
        return READER.reading(line).subjects().stream().map(SubjectRef::id).sorted().toList();
    }
}
