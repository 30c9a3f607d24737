package dev.longshot.memory;

import static dev.longshot.memory.PlannedKeys.last;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.PlanKeys;
import org.junit.jupiter.api.Test;

/** A change of time, weather or sky named on a line is already true on that line. */
class StateChangesOnTheirLineTest {
    @Test
    void nightfallMakesNightOnItsOwnLine() {
        assertEquals("night", last("A castle on a hill at dusk.",
                "By nightfall the army camps below the walls.").timeOfDay());
        assertEquals("night", last("黄昏的城堡", "天黑了,城头点起了火把").timeOfDay());
    }

    @Test
    void dawnNamedOnALineIsDawnThere() {
        assertEquals("dawn", last("Night over the keep.",
                "At dawn the archers line the battlements.").timeOfDay());
        assertEquals("dawn", last("夜晚的城墙", "破晓时分,城门打开").timeOfDay());
    }

    @Test
    void stoppedRainIsClearOnItsLine() {
        assertEquals("clear", last("Rain on the castle.", "The rain has stopped.").weather());
        assertEquals("clear", last("城堡外下着大雨", "雨停了").weather());
    }

    @Test
    void stormThatBlewItselfOutIsClear() {
        assertEquals("clear", last("Up on the moor: rain in sheets, lightning overhead.",
                "By dusk the storm has blown itself out.").weather());
    }

    @Test
    void mistThatBurntOffIsClear() {
        assertEquals("clear", last("Dawn, mist on the moat.",
                "By noon the mist has burnt off and they ride into the village.").weather());
    }

    @Test
    void stormThatBreaksBegins() {
        assertEquals("storm", last("Dark clouds pile up over the hills.",
                "The storm breaks as they ride out of the village.").weather());
    }

    @Test
    void starsBetweenTheLastCloudsShineInAClearSky() {
        assertEquals("clear", last("Dark clouds pile up over the hills.",
                "Stars come out between the last clouds.").weather());
    }

    @Test
    void lowCloudIsACloudySky() {
        assertEquals("cloudy", last("Early morning in a river valley. Low cloud over the hills.")
                .weather());
    }

    @Test
    void fullMoonRisingIsNightWithTheMoon() {
        PlanKeys k = last("The castle at dusk.", "A full moon rises over the keep.");
        assertEquals("night", k.timeOfDay());
        assertTrue(k.sky().contains("moon"), k.sky().toString());
    }

    @Test
    void sunshineWithNoTimeNamedIsNoon() {
        PlanKeys k = last("很久很久以前,有一座花果山。", "阳光明媚,猴子们在水潭里洗澡。");
        assertEquals("noon", k.timeOfDay());
        assertEquals("clear", k.weather());
        assertEquals("morning", last("An early morning in the village.",
                "Sunshine on the rooftops.").timeOfDay(), "a time already named stays");
    }

    @Test
    void lightOnlyAClearSkyGivesIsClear() {
        assertEquals("clear", last("Dawn breaks over the savanna.",
                "A lone acacia stands against the orange sky.").weather());
    }

    @Test
    void thunderstormBringsLightning() {
        PlanKeys k = last("Rice paddies in the afternoon.", "A thunderstorm rolls in!");
        assertEquals("storm", k.weather());
        assertTrue(k.sky().contains("lightning"), k.sky().toString());
        assertTrue(last("草原上的下午", "一场雷阵雨来了").sky().contains("lightning"));
    }

    @Test
    void stormThatIsBrewingIsOnlyClouds() {
        assertEquals("cloudy", last("Morning in the Forum, sunny.",
                "Clouds gather; a storm is brewing.").weather());
    }

    @Test
    void endedFireworksLeaveTheSky() {
        PlanKeys k = last("上海外滩的夜晚", "江面上空燃起了烟花。", "烟花结束,人潮慢慢散去。");
        assertFalse(k.sky().contains("fireworks"), k.sky().toString());
    }

    @Test
    void firstLightningMakesAStormAndRainUnderItStaysTheStorm() {
        assertEquals("storm", last("远处乌云压了过来,海风越来越大。", "第一道闪电划破天空。")
                .weather());
        assertEquals("storm", last("Dark clouds roll in over the peaks.",
                "Thunder, then the first lightning over the ridge.",
                "Heavy rain lashes down on the hut.").weather());
        assertEquals("rain", last("Dark clouds roll in over the peaks.",
                "Heavy rain lashes down on the hut.").weather(), "rain with no lightning is rain");
    }
}
