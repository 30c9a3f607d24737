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

    private SpotChange() {}

    /** Whether {@code line} moves to another spot; {@code slug} whether it is a slug line. */
    static boolean of(String line, boolean slug) {
        return slug || CUT.matcher(line).find() || going(line);
    }

    /**
     * Whether the story's people go to the spot ("They stop at the penguin pool", "At the
     * elephant house, …"): unlike a cut, they are there too.
     */
    static boolean going(String line) {
        return GOING.matcher(line).find() || AT_SPOT.matcher(line).find()
                || GOING_ZH.matcher(line).find();
    }
}
