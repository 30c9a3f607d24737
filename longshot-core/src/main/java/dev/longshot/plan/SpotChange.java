package dev.longshot.plan;

import java.util.regex.Pattern;

/**
 * Whether a line moves the story to another spot of the same setting: a slug line or "cut to"
 * (a new scene), or the story's people going on to a named spot ("They stop at the penguin
 * pool", "The family moves on to the tiger enclosure", 我们来到了月牙泉). The setting stays;
 * what belonged to the old spot (its animals, its stalls) stays behind, as at a new place.
 */
final class SpotChange {
    /** "Cut to the street outside", "CUT TO:"; not "cut to black", which is a fade. */
    private static final Pattern CUT = Pattern.compile(
            "\\bcut\\s+to\\b(?!\\s*(?:black|white))", Pattern.CASE_INSENSITIVE);
    /**
     * People going to a spot named with "the": a verb of going, an optional "on"/"back", then
     * to/at/into the spot. Times ("at dawn") and the water ("to the water") are no spot.
     */
    private static final Pattern GOING = Pattern.compile(
            "\\b(?:they|we|the family|the group|the kids|the children)\\s+"
                    + "(?:\\w+\\s+){0,2}?(?:move|moves|moved|head|heads|headed|go|goes|went"
                    + "|walk|walks|walked|run|runs|ran|hurry|hurries|stop|stops|stopped"
                    + "|arrive|arrives|arrived|come|comes|came|get|gets|got|make|makes"
                    + "|return|returns|returned)"
                    + "(?:\\s+(?:on|back|over|their way|its way))?\\s+(?:to|at|into|toward|towards)"
                    + "\\s+the\\s+(?!water\\b|river\\b|lake\\b|sea\\b|shore\\b|edge\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "At the elephant house, …": a spot that opens the line (not a time: "At dusk,"). */
    private static final Pattern AT_SPOT = Pattern.compile(
            "^\\s*(?:at|inside|outside|over at|next,)\\s+the\\s+[\\w -]+,", Pattern.CASE_INSENSITIVE);
    /** Chinese: people coming to a spot (我们来到, 到了, 去 …泉). */
    private static final Pattern GOING_ZH = Pattern.compile(
            "(?:我们|一家人|全家)[^,。,;;]{0,4}(?:来到|到了|走到|赶到|回到)");

    /**
     * Chinese with the travellers left unsaid, as a diary writes: a clause that opens (after
     * a time) with a verb of going to somewhere (中午太热,回酒店休息; 下午四点去月牙泉), not
     * coming back (回来), turning the head (回头) or a time arriving (到了晚上).
     */
    private static final Pattern GOING_UNSAID = Pattern.compile(
            "(?:^|[,，。;；:：])\\s*(?:清晨|早上|上午|中午|下午|傍晚|晚上|半夜|第二天|次日|然后|接着"
                    + "|随后|最后)?(?:[一二三四五六七八九十两0-9]+点(?:半|钟)?)?"
                    + "(?:去(?![了过年])|回到|回(?![头望首应答来去过忆声])|来到|前往"
                    + "|到了(?![,，。!！;；]|早上|上午|中午|下午|傍晚|晚上|夜里|半夜|深夜|黄昏|夜晚"
                    + "|清晨|春天|夏天|秋天|冬天))");

    /**
     * A line that opens by going somewhere, as a walk or a vlog is written: "Out onto the
     * street.", "Into the forest.", "Up on the moor:", "Past Big Ben and out onto the bridge",
     * "Down to the beach." A place phrase that only says where something is ("Across the
     * river, a heron stands") is no heading.
     */
    private static final Pattern HEADING = Pattern.compile(
            "^\\s*(?:then\\s+|and\\s+)?(?:(?:out|back|up|down|over|off|on|round)\\s+)?"
                    + "(?:onto|into|on to|in to)\\s+\\S"
                    + "|^\\s*(?:up|down|out|over|back)\\s+(?:on|at|in|to|by)\\s+[^,.:;!?]{1,40}[.:]"
                    + "|^\\s*(?:past|through)\\s+[^,.:;!?]{1,40}\\b(?:onto|into|to)\\s+the\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Going on along a way, as a river or road trip is written: "Round the next bend, …",
     * "A little further on, …", "Further upstream …": the next spot, where those the story
     * follows go too.
     */
    private static final Pattern ALONG = Pattern.compile(
            "^\\s*(?:then\\s+|and\\s+|just\\s+)?(?:round|around)\\s+the\\s+(?:next\\s+)?"
                    + "(?:bend|corner|headland|point)\\b"
                    + "|^\\s*(?:then\\s+)?(?:a\\s+(?:little|bit|few miles|mile)\\s+)?further\\s+"
                    + "(?:on|up|down|along|upstream|downstream|upriver|downriver|inland)\\b"
                    + "|^\\s*(?:then\\s+)?back\\s+(?:at|in|on|to)\\s+[^,.:;!?]{1,40},",
            Pattern.CASE_INSENSITIVE);
    /**
     * The travellers landing or getting off (我们下船, 大家上了岸, 我们下了车): they arrive
     * somewhere else; the crowd of the quay they left and the gulls over the water stay behind.
     * Boats or a stranger coming ashore (几艘渔船慢慢靠岸, 剑客跳上岸) move no one there.
     */
    private static final Pattern LANDING_ZH = Pattern.compile(
            "(?:我们|咱们|大家|一家人|全家)[^,，。;；]{0,4}"
                    + "(?:上岸|上了岸|下船|下了船|登岛|上了岛|下车|下了车)");

    /** "St James's Park.", "Trafalgar Square:": a named spot standing alone as a heading. */
    private static final Pattern NAMED_SPOT = Pattern.compile(
            "^\\s*(?:[A-Z][\\w'’.-]*\\s+){1,3}(?:Park|Square|Gardens|Street|Market|Bridge|Station"
                    + "|Beach|Road|Lane|Hill|Pier|Harbour|Harbor|Quay|Wharf)\\s*[.:]");

    private SpotChange() {}

    /** Whether the line opens by going to another spot ({@link #HEADING}, {@link #NAMED_SPOT}). */
    static boolean heading(String line) {
        return HEADING.matcher(line).find() || NAMED_SPOT.matcher(line).find()
                || ALONG.matcher(line).find();
    }

    /** Whether the story's people, left unsaid, go on to somewhere ({@link #GOING_UNSAID}). */
    static boolean goingUnsaid(String line) {
        return GOING_UNSAID.matcher(line).find();
    }

    /** Whether {@code line} moves to another spot; {@code slug} whether it is a slug line. */
    static boolean of(String line, boolean slug) {
        return slug || CUT.matcher(line).find() || going(line) || heading(line);
    }

    /**
     * Whether the story's people go to the spot ("They stop at the penguin pool", "At the
     * elephant house, …"): unlike a cut, they are there too.
     */
    static boolean going(String line) {
        return GOING.matcher(line).find() || AT_SPOT.matcher(line).find()
                || GOING_ZH.matcher(line).find() || LANDING_ZH.matcher(line).find();
    }
}
