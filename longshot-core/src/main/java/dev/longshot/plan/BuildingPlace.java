package dev.longshot.plan;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A building the story goes into (我们来到一家茶馆, 回酒店休息, 走进商场) takes it to the
 * settlement the building stands in, read from {@code buildings.tsv}. Only going there counts:
 * a hotel named in passing moves no one.
 */
final class BuildingPlace {
    private static final String RESOURCE = "buildings.tsv";
    private static final Map<String, String> SETTLEMENT = BundledTable.map(RESOURCE);
    /** A verb of going in, then at most a determiner and a measure word or a short modifier. */
    private static final Pattern GOING = Pattern.compile(
            "(?:来到|走进|回到|进入|住进|到了|逛|去|回|进)了?(?:[一这那]?[家座间个处]|附近的|街边的|路边的)?"
                    + "(\\p{IsHan}{2,4})");

    private BuildingPlace() {}

    /** The setting of the building {@code line} goes into, or null. */
    static String goneInto(String line) {
        Matcher m = GOING.matcher(line);
        // From each verb on: 去逛夜市 goes to the market, though 去 came first.
        for (int at = 0; m.find(at); at = m.start() + 1) {
            String after = m.group(1);
            // The longest building name that opens what follows the verb (茶馆里 is 茶馆).
            for (int n = after.length(); n >= 2; n--) {
                String s = SETTLEMENT.get(after.substring(0, n));
                if (s != null) return s;
            }
        }
        return null;
    }

}
