package dev.longshot.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English (and other Latin-script) text to words with lemmas; function words marked. */
final class EnglishSplitter {
    /**
     * A word with inner apostrophes or hyphens, a number with an optional "mm", or a mark that
     * ends a clause (kept so that "Wide shot: a herd" and "十一点,街道" have their clauses apart).
     */
    private static final Pattern TOKEN = Pattern.compile(
            "\\d+(?:\\.\\d+)?(?:\\s?mm\\b)?|[\\p{L}][\\p{L}'’-]*[\\p{L}]|[\\p{L}]"
            + "|[,;:.!?()\"—–]");
    private static final Set<String> FUNCTION = Set.of((""
            + "a an the and or but nor so yet of in on at to into onto over under through "
            + "across along above below beside besides near from with without by as while "
            + "than then there here now when where which who whom whose what why how if "
            + "because though although until till since during before after behind ahead "
            + "between among amid beneath within upon toward towards off out up down away "
            + "back around about against per via is am are was were be been being do does "
            + "did done has have had having will would shall should can could may might "
            + "must not no too very just only even still also again ever never more most "
            + "less least much many few some any all every each both either neither other "
            + "another such same own ones its it it's they them their theirs he him his "
            + "she her hers we us our ours you your yours i me my mine this that these those "
            + "itself themselves himself herself let lets let's ext int").split(" "));
    private static final Set<String> NUMBERS = Set.of(("zero one two three four five six seven "
            + "eight nine ten eleven twelve twenty hundred hundreds thousand thousands dozen "
            + "dozens several first second third half").split(" "));
    /** Words ending in -ly that are not adverbs. */
    private static final Set<String> NOT_ADVERBS = Set.of(("family lily butterfly dragonfly "
            + "firefly belly jelly holly bully rally hilly chilly curly woolly lovely lonely "
            + "friendly ugly silly early jolly holy daily gadfly housefly").split(" "));
    private static final String CLAUSE_MARKS = ",;:.!?()\"—–";
    private static final Set<String> PRONOUNS = Set.of(
            "it", "they", "them", "he", "him", "she", "her", "we", "us", "you", "i", "me");

    private final EnglishTagger tagger = new EnglishTagger();

    /**
     * The words of {@code text}, a run starting at {@code offset} in its line. Function
     * words, numbers, pronouns and -ly adverbs are known by list; the other words take the
     * tagger's noun, verb or adjective, read in the context of the whole run.
     */
    List<Word> split(String text, int offset) {
        List<Word> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String w = m.group();
            words.add(new Word(w, EnglishLemmatizer.lemma(w), partOfSpeech(w), offset + m.start(),
                    offset + m.end()));
        }
        if (words.stream().noneMatch(w -> w.pos() == PartOfSpeech.UNTAGGED)) return words;
        PartOfSpeech[] tags = tagger.tag(words.stream().map(Word::text).toArray(String[]::new));
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.pos() == PartOfSpeech.UNTAGGED && tags[i] != PartOfSpeech.UNTAGGED) {
                words.set(i, new Word(w.text(), w.lemma(), tags[i], w.start(), w.end()));
            }
        }
        return words;
    }

    private static PartOfSpeech partOfSpeech(String word) {
        if (CLAUSE_MARKS.indexOf(word.charAt(0)) >= 0) return PartOfSpeech.PUNCTUATION;
        String w = word.toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if (Character.isDigit(w.charAt(0)) || NUMBERS.contains(w)) return PartOfSpeech.NUMBER;
        if (PRONOUNS.contains(w)) return PartOfSpeech.PRONOUN;
        if (FUNCTION.contains(w)) return PartOfSpeech.FUNCTION;
        if (w.endsWith("ly") && w.length() > 4 && !NOT_ADVERBS.contains(w)) {
            return PartOfSpeech.ADVERB; // slowly, gently, gradually
        }
        return PartOfSpeech.UNTAGGED;
    }
}
