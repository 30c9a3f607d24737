package dev.longshot.catalog;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English words to their dictionary form by rule: plurals (elephants → elephant, wolves → wolf,
 * flies → fly, foxes → fox), verb forms (runs, running, rising, stopped → stop, flew → fly) and
 * possessives. No part-of-speech tagger decides between readings, so a word that is both a
 * plural noun and a verb takes the verb ({@code leaves} → leave: "the herd leaves"). Words
 * that only look inflected (lioness, grass, morning, red) stay whole. Measured alternative:
 * Lucene's KStem gave lioness → lio, wolves → wolve, flies → flies.
 */
final class EnglishLemmatizer {
    private static final Map<String, String> IRREGULAR = irregular(
            "wolves wolf calves calf halves half leaves leave knives knife wives wife "
            + "lives life thieves thief shelves shelf loaves loaf hooves hoof scarves scarf "
            + "elves elf dwarves dwarf selves self geese goose mice mouse lice louse oxen ox "
            + "lies lie dies die ties tie pies pie children child men man women woman feet foot teeth tooth dice die "
            + "hippopotami hippopotamus cacti cactus fungi fungus "
            + "buses bus gases gas lenses lens goes go does do has have is be are be was be "
            + "were be been be "
            + "ran run flew fly flown fly fell fall fallen fall rose rise risen rise swam swim "
            + "swum swim came come went go gone go stood stand took take taken take rode ride "
            + "ridden ride drove drive driven drive grew grow grown grow caught catch "
            + "brought bring began begin begun begin ate eat eaten eat drank drink sank sink "
            + "sunk sink blew blow blown blow broke break broken break froze freeze "
            + "frozen freeze hid hide hidden hide seen see saw see sat sit lay lie lain lie "
            + "led lead fled flee flung fling sprang spring sprung spring struck strike "
            + "shone shine shot shoot fought fight hung hang spun spin threw throw "
            + "thrown throw wove weave woven weave bore bear borne bear slid slide "
            + "crept creep swept sweep kept keep slept sleep felt feel met meet "
            + "buffaloes buffalo volcanoes volcano potatoes potato tomatoes tomato "
            + "heroes hero mosquitoes mosquito flamingoes flamingo mangoes mango "
            + "echoes echo torpedoes torpedo cargoes cargo dominoes domino");
    /** Words that end like inflections but are not: never changed. */
    private static final Set<String> WHOLE = Set.of(
            "lens", "news", "series", "species", "always", "perhaps", "thus", "yes", "canvas",
            "chaos", "cosmos", "iris", "oasis", "axis", "atlas", "bias", "pants", "clothes",
            "its", "his", "hers", "ours", "yours", "this", "us", "gas", "bus", "plus",
            "morning", "evening", "ceiling", "building", "painting", "lightning", "clothing",
            "pudding", "wedding", "herring", "dumpling", "sibling", "duckling", "gosling",
            "seedling", "darling", "sapling", "earring", "offspring", "stocking", "icing",
            "awning", "railing", "lighting", "opening", "ending", "beginning", "feeling",
            "meaning", "nothing", "something", "anything", "everything", "ring", "king",
            "thing", "wing", "spring", "string", "sing", "bring", "swing", "sting", "cling",
            "red", "bed", "shed", "sled", "hundred", "sacred", "naked", "wicked", "rugged",
            "crooked", "beloved", "ragged", "jagged", "learned", "aged", "blessed");

    private EnglishLemmatizer() {}

    /** The dictionary form of {@code word}, lower-case. */
    static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
        else if (w.endsWith("s'")) w = w.substring(0, w.length() - 1);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) return irregular;
        if (WHOLE.contains(w) || w.length() <= 3 || !w.chars().allMatch(Character::isLetter)) {
            return w;
        }
        if (w.endsWith("ing")) return verbStem(w.substring(0, w.length() - 3), w);
        if (w.endsWith("ied") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("ed") && !w.endsWith("eed")) return verbStem(w.substring(0, w.length() - 2), w);
        return plural(w);
    }

    private static String plural(String w) {
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ous")
                || !w.endsWith("s")) {
            return w;
        }
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")
                || w.endsWith("zzes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }

    /** The verb behind a stem left by -ing or -ed: running → run, rising → rise. */
    private static String verbStem(String stem, String word) {
        if (stem.length() < 2 || stem.chars().noneMatch(c -> vowel((char) c) || c == 'y')) {
            return word; // sing, bring, red: no verb inside
        }
        int n = stem.length();
        char last = stem.charAt(n - 1);
        if (n >= 3 && last == stem.charAt(n - 2) && !vowel(last) && "lsz".indexOf(last) < 0) {
            return stem.substring(0, n - 1); // running → run, stopped → stop
        }
        if (last == 'l' && n >= 3 && "aeioulrw".indexOf(stem.charAt(n - 2)) < 0) {
            return stem + "e"; // circling → circle, sparkled → sparkle
        }
        if (last == 'v' || last == 'c' || last == 'u') {
            return stem + "e"; // arrived → arrive, dancing → dance, continued → continue
        }
        if (last == 's' && n >= 3 && vowel(stem.charAt(n - 2)) && vowel(stem.charAt(n - 3))) {
            return stem + "e"; // raised → raise, causing → cause
        }
        if (oneShortVowelThenConsonant(stem)) {
            return stem + "e"; // rising → rise, grazing → graze, taking → take
        }
        return stem;
    }

    /** One syllable with one vowel letter, ending in one consonant: ris, graz, glid, shin. */
    private static boolean oneShortVowelThenConsonant(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        if (vowel(last) || "wxy".indexOf(last) >= 0 || !vowel(stem.charAt(n - 2))) return false;
        if (n >= 3 && vowel(stem.charAt(n - 3))) return false; // eat, rain, look: no e
        return oneVowelGroup(stem);
    }

    private static boolean oneVowelGroup(String stem) {
        int groups = 0;
        boolean in = false;
        for (int i = 0; i < stem.length(); i++) {
            boolean v = vowel(stem.charAt(i)) || i > 0 && stem.charAt(i) == 'y';
            if (v && !in) groups++;
            in = v;
        }
        return groups == 1;
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static Map<String, String> irregular(String pairs) {
        String[] w = pairs.trim().split("\\s+");
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i + 1 < w.length; i += 2) map.put(w[i], w[i + 1]);
        return Map.copyOf(map);
    }
}
