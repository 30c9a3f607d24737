package dev.longshot.plan;

import dev.longshot.catalog.Catalog;
import dev.longshot.catalog.CatalogEntry;
import dev.longshot.catalog.CatalogKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a Chinese noun is a kind of, by the synonym thesaurus 同义词词林 (extended edition, as
 * shipped in the HanLP jar): 狍子 shares the deer group with 鹿, 小艇 the boat synonyms with
 * 小船, 教师 the people with 人 (驼鹿 and 游船 are left to their heads, 鹿 and 船). A code such as {@code Bi05A04=} reads class B (things), Bi
 * (animals), Bi05 (hoofed), Bi05A (deer-like), group 04 of synonyms ({@code =}), related
 * words of one kind ({@code #}) or a word alone ({@code @}).
 *
 * <p>Every catalog creature or thing claims the groups its Chinese phrasings sit in, at each
 * level the reading trusts; a word no entry names is the kind of the entry that claims its
 * group at the deepest such level. Every word is resolved once, at load.
 */
final class CilinKinds implements Taxonomy {
    /** The thesaurus inside the HanLP portable jar. */
    static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";
    private static final Pattern CODE = Pattern.compile("[A-L][a-z]\\d\\d[A-Z]\\d\\d[=#@]");

    /**
     * A level a word is matched at: the length of its code's prefix there, how sure a match
     * is, and the classes read there (by the code's first two letters). Deepest first: a line
     * of synonyms (小艇 = 小船) of people (A) or things (B); a narrow kind of people (Ae07A,
     * farmers) or animals (Bi05A, the deer); and the class of people (a 铁匠 is a person).
     * A narrow kind of other things holds their parts and produce too (竹笋 with 竹, rooms
     * with houses, Bh01B and Bn03A), and a thing that is not there stays on screen line
     * after line: on dev the one such match (竹笋炒肉, a dish) was wrong for six lines.
     */
    private record Level(int prefix, double similarity, Pattern classes) {}

    private static final List<Level> LEVELS = List.of(
            new Level(7, 1.0, Pattern.compile("[AB].")),
            new Level(5, 0.85, Pattern.compile("A.|Bi")),
            new Level(1, 0.7, Pattern.compile("A.")));

    /** An entry's name weighs as two phrasings: it claims a group alone. */
    private static final int NAME_WEIGHT = 2;

    private final Map<String, Kind> kinds;

    CilinKinds(Catalog catalog, List<String> lines) {
        Map<String, List<String>> codes = codes(lines);
        Set<String> named = new HashSet<>();
        Set<String> heads = new HashSet<>();
        for (CatalogEntry e : catalog.entries()) {
            named.addAll(e.zh());
            if (e.kind() == CatalogKind.CREATURE || e.kind() == CatalogKind.THING) {
                heads.addAll(e.zh());
            }
        }
        List<Map<String, CatalogEntry>> claims = claims(catalog, codes, firstLines(lines));
        Map<String, Kind> out = new HashMap<>();
        codes.forEach((word, cs) -> {
            if (!named.contains(word) && !headed(word, heads)
                    && word.codePointCount(0, word.length()) > 1) {
                Kind k = resolve(cs, claims);
                if (k != null) out.put(word, k);
            }
        });
        kinds = Map.copyOf(out);
    }

    /**
     * The groups each catalog creature or thing claims, by level. The thesaurus heads each
     * group with its general words (Bi05A01 鹿 heads the deer, Aa01A01 人 all people), so an
     * entry claims a group only from its first line: 袋鼠 sits among the rats (Bi08B01 鼠)
     * and 摩托 among machines, which are no kangaroos or motorcycles. A line of synonyms
     * ({@code =}) is its own first line. Above a line, an entry claims a group by its name or
     * by two of its phrasings: one stray phrasing may mean something else there (the
     * catalog's 屋子 is a house, the thesaurus' a room, Bn03A; its 学者 a scholar, the
     * thesaurus' any expert, Al02B).
     */
    private static List<Map<String, CatalogEntry>> claims(Catalog catalog,
            Map<String, List<String>> codes, Map<String, String> firstLines) {
        List<Map<String, Claim>> claims = new ArrayList<>();
        for (int l = 0; l < LEVELS.size(); l++) claims.add(new HashMap<>());
        for (CatalogEntry e : catalog.entries()) {
            if (e.kind() != CatalogKind.CREATURE && e.kind() != CatalogKind.THING) continue;
            char home = home(e, codes);
            for (String phrasing : e.zh()) {
                for (String code : codes.getOrDefault(phrasing, List.of())) {
                    // 雄鹰 is a hero too (Ak01A), 人家 a household: not the eagle's or house's.
                    if (code.charAt(0) != home) continue;
                    for (int l = 0; l < LEVELS.size(); l++) {
                        String group = code.substring(0, LEVELS.get(l).prefix);
                        if (l == 0 ? synonyms(code) : code.equals(firstLines.get(group))) {
                            claims.get(l).computeIfAbsent(group, g -> new Claim()).add(e, code,
                                    phrasing.equals(e.chineseName()));
                        }
                    }
                }
            }
        }
        List<Map<String, CatalogEntry>> out = new ArrayList<>();
        for (int l = 0; l < LEVELS.size(); l++) {
            Map<String, CatalogEntry> level = new HashMap<>();
            int least = l == 0 ? 1 : 2;
            claims.get(l).forEach((group, c) -> {
                CatalogEntry e = c.entry(least);
                if (e != null) level.put(group, e);
            });
            out.add(level);
        }
        return out;
    }

    /** The thesaurus over the bundled catalog, read on first use. */
    static CilinKinds bundled() {
        return Bundled.INSTANCE;
    }

    /** A taxonomy that reads the bundled thesaurus only when first asked (English needs none). */
    static Taxonomy lazy() {
        return lemma -> bundled().kindOf(lemma);
    }

    private static final class Bundled {
        static final CilinKinds INSTANCE = new CilinKinds(Catalog.bundled(), read());
    }

    @Override
    public Kind kindOf(String lemma) {
        return kinds.get(lemma);
    }

    /** How many words the thesaurus shows as some entry. */
    int size() {
        return kinds.size();
    }

    /**
     * The entries whose phrasings sit in one group: the group is the kind of the entry with
     * most of them (birds are birds, though 乌鸦 and 天鹅 are there too), on a tie the one the
     * thesaurus lists first, as it lists the general word first (车 before 卡车).
     */
    private static final class Claim {
        /** How many phrasings of each entry sit in the group, its name counting as two. */
        private final Map<CatalogEntry, Integer> count = new LinkedHashMap<>();
        private final Map<CatalogEntry, String> first = new HashMap<>();

        void add(CatalogEntry e, String code, boolean name) {
            count.merge(e, name ? NAME_WEIGHT : 1, Integer::sum);
            first.merge(e, code, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }

        /** The group's entry among those with {@code least} phrasings there, or null. */
        CatalogEntry entry(int least) {
            CatalogEntry best = null;
            int most = 0;
            for (Map.Entry<CatalogEntry, Integer> e : count.entrySet()) {
                int n = e.getValue();
                if (n < least) continue;
                if (n > most || n == most
                        && first.get(e.getKey()).compareTo(first.get(best)) < 0) {
                    best = e.getKey();
                    most = n;
                }
            }
            return best;
        }
    }

    /**
     * The deepest claim on one of {@code codes}, the word's first sense first at each level.
     * A word that is also a thing (尾巴, a tail and a hanger-on) is no person by class alone.
     */
    private static Kind resolve(List<String> codes, List<Map<String, CatalogEntry>> claims) {
        boolean thing = codes.stream().anyMatch(c -> c.charAt(0) == 'B');
        for (int l = 0; l < LEVELS.size(); l++) {
            Level level = LEVELS.get(l);
            if (level.prefix == 1 && thing) break;
            for (String code : codes) {
                // A line of siblings (#: 梅花鹿 with 长颈鹿) is read as the kind above it.
                if (l == 0 && !synonyms(code)
                        || !level.classes.matcher(code.substring(0, 2)).matches()) {
                    continue;
                }
                CatalogEntry e = claims.get(l).get(code.substring(0, level.prefix));
                if (e != null) return new Kind(e, level.similarity);
            }
        }
        return null;
    }

    private static boolean synonyms(String code) {
        return code.charAt(7) == '=';
    }

    /**
     * The class most of an entry's phrasings mean first (A people, B things): its other
     * senses are figures (黄牛 is a ticket tout in class A) and claim nothing.
     */
    private static char home(CatalogEntry e, Map<String, List<String>> codes) {
        Map<Character, Integer> count = new LinkedHashMap<>();
        for (String p : e.zh()) {
            List<String> cs = codes.getOrDefault(p, List.of());
            if (!cs.isEmpty()) count.merge(cs.get(0).charAt(0), 1, Integer::sum);
        }
        char best = 0;
        int most = 0;
        for (Map.Entry<Character, Integer> c : count.entrySet()) {
            if (c.getValue() > most) {
                best = c.getKey();
                most = c.getValue();
            }
        }
        return best;
    }

    /**
     * Whether a compound ends in a word a creature or thing is named by (游船 in 船, 白马 in
     * 马): the reader shows it as its head, which is nearer than a sibling in the thesaurus
     * (游船 sits with the ships).
     */
    private static boolean headed(String word, Set<String> heads) {
        for (int i = word.offsetByCodePoints(0, 1); i < word.length();
                i = word.offsetByCodePoints(i, 1)) {
            if (heads.contains(word.substring(i))) return true;
        }
        return false;
    }

    /** The first line's code of every group, by each level's prefix: lines come sorted. */
    private static Map<String, String> firstLines(List<String> lines) {
        Map<String, String> first = new HashMap<>();
        for (String line : lines) {
            String code = line.strip().split(" ", 2)[0];
            if (code.isEmpty()) continue;
            for (Level level : LEVELS) first.putIfAbsent(code.substring(0, level.prefix), code);
        }
        return first;
    }

    /** Each word's codes in the thesaurus' order, checked: a broken line fails the load. */
    static Map<String, List<String>> codes(List<String> lines) {
        Map<String, List<String>> codes = new HashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String[] cells = line.strip().split(" ");
            if (cells[0].isEmpty()) continue;
            if (!CODE.matcher(cells[0]).matches() || cells.length < 2) {
                throw new IllegalStateException(RESOURCE + ":" + n + ": not a code and words: "
                        + line);
            }
            for (int i = 1; i < cells.length; i++) {
                List<String> cs = codes.computeIfAbsent(cells[i], w -> new ArrayList<>(1));
                if (!cs.contains(cells[0])) cs.add(cells[0]);
            }
        }
        return codes;
    }

    /** The thesaurus' lines, without the byte-order mark it starts with. */
    static List<String> read() {
        InputStream in = CilinKinds.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>(r.lines().toList());
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
