package dev.longshot.plan;

import java.util.Map;

/**
 * The place a scene heading names is where the scene is (第6场 外景 山中寺庙 日, 第7场 外景 集市
 * 日): not a feature or a part of the place the story was in, but a move there. A heading that
 * names only a building sets the scene in the settlement it stands in
 * ({@code slug-buildings.tsv}).
 */
final class SlugPlace {
    private static final Map<String, String> BUILDINGS = BundledTable.map("slug-buildings.tsv");

    private SlugPlace() {}

    /** Reads the heading's place {@code place} into {@code d} as the line's named setting. */
    static void apply(ReadingDraft d, String place) {
        if (place == null || place.isBlank()) return;
        if (d.setting == null && d.settingHint != null) d.setting = d.settingHint;
        if (d.setting == null) d.setting = building(d, place);
        if (d.setting != null) d.settingCue = SettingCue.NAMED;
    }

    /** The settlement a building the heading names stands in, or null. */
    private static String building(ReadingDraft d, String place) {
        for (Map.Entry<String, ThingRef> t : d.things.entrySet()) {
            String setting = BUILDINGS.get(t.getKey());
            if (setting != null && !t.getValue().said().isEmpty()
                    && place.contains(t.getValue().said())) {
                return setting;
            }
        }
        return null;
    }

    /**
     * A scene set at a building has the water its line names: the river of the last scene
     * does not flow past the city gate the next one cuts to (a street of the same fishing
     * town keeps its sea, as no building moved the story there).
     */
    static void dry(ReadingDraft d, String place) {
        if (place != null && d.water == null && d.setting != null
                && d.setting.equals(building(d, place))) {
            d.water = "none";
        }
    }

}
