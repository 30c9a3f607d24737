package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Chinese words for people by their "one who" ending: 轿夫, 小贩, 书童, 迎亲队伍. */
class AgentSuffixTest {
    private static final StoryReader READER = StoryReader.bundled();

    @Test
    void tradeOrRoleEndingNamesAPerson() {
        assertEquals("person", AgentSuffix.of("轿夫"));
        assertEquals("person", AgentSuffix.of("小贩"));
        assertEquals("child", AgentSuffix.of("书童"));
        assertNull(AgentSuffix.of("功夫"), "a skill, not someone");
        assertNull(AgentSuffix.of("夫"), "one character alone is no such word");
    }

    @Test
    void portersCarryingASedanAreAGroupOfPeople() {
        SubjectRef porters = READER.reading("八个轿夫抬着一顶花轿。").subjects().stream()
                .filter(s -> s.id().equals("person")).findFirst().orElseThrow();
        assertEquals("group", porters.count());
    }

    @Test
    void aProcessionIsAGroupOfPeople() {
        SubjectRef column = READER.reading("迎亲队伍从山路上走了过来。").subjects().stream()
                .filter(s -> s.id().equals("person")).findFirst().orElseThrow();
        assertEquals("group", column.count());
    }
}
