package dev.longshot.plan;

/**
 * How strongly a line names its setting: a place named outright moves the story there; a part
 * of a settlement (a street, a temple, a pier) moves it only from nature, since in a harbour
 * or a city it is that place's own; a place named in passing ("stars over the hills",
 * "looking back at the city") moves it nowhere once the story has a place.
 */
public enum SettingCue {
    /** No setting named. */
    NONE,
    /** Named outright ("in the forest", 来到山谷). */
    NAMED,
    /** A part of a settlement, or a thing that also names a place (street, temple, 码头). */
    PART,
    /** Named in passing, as where something else is. */
    PASSING,
    /**
     * A feature of a landscape (a slope, a shore, a meadow, the peaks): where something is in
     * the place the story is in, so it moves the story only when it has no place yet.
     */
    FEATURE
}
