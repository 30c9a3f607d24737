package dev.longshot.plan;

import dev.longshot.catalog.PartOfSpeech;
import dev.longshot.catalog.Word;
import java.util.List;
import java.util.Set;

/**
 * 佛顶山, 普陀山: a name no list knows, written right before 山, names a mountain. Climbed or
 * reached (爬佛顶山, 登上普陀山) it is where the story goes; only named (坐船去普陀山) it sets
 * the scene only when the story has no place yet.
 */
final class MountainName {
    /** Verbs of climbing, reaching or crossing over (翻过日月山: on the pass) before the name. */
    private static final Set<String> CLIMBS = Set.of("爬", "登", "爬上", "登上", "攀登", "爬到",
            "来到", "到了", "到达", "抵达", "走到", "上了", "翻过", "翻越", "越过");
    /** What a name is made of: nouns and words the splitter could not tag, never a verb (下山). */
    private static final Set<PartOfSpeech> NAME = Set.of(PartOfSpeech.NOUN, PartOfSpeech.PLACE,
            PartOfSpeech.UNTAGGED);

    private MountainName() {}

    /** The most characters a name (or 一座) may have between the verb and 山. */
    private static final int MAX_NAME = 4;

    /** How word {@code i} names a mountain's setting, or null when it is no 山 of a name. */
    static SettingCue cue(List<Word> words, int i) {
        Word mountain = words.get(i);
        if (!mountain.text().equals("山") || i == 0) return null;
        for (int b = i - 1; b >= 0 && words.get(b).pos() != PartOfSpeech.PUNCTUATION; b--) {
            Word verb = words.get(b);
            if (mountain.start() - verb.end() > MAX_NAME) break;
            String t = verb.text();
            // 爬佛顶山 (the splitter may cut the name into 佛/顶), 登上一座山, 爬山.
            if (CLIMBS.contains(t) || CLIMBS.stream().anyMatch(t::endsWith)) {
                return SettingCue.NAMED;
            }
        }
        Word name = words.get(i - 1);
        boolean named = name.end() == mountain.start() && NAME.contains(name.pos())
                && !name.text().isEmpty() && name.text().codePointAt(0) >= 0x2E80;
        return named ? SettingCue.FEATURE : null;
    }
}
