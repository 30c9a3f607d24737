package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SceneLexiconTest {
    private final SceneLexicon lexicon = SceneLexicon.bundled();

    @Test
    void readsTheWildlifeOpeningLine() {
        Mentions m = lexicon.read("晨光中的森林,鹿群在溪边饮水");
        assertEquals(Setting.FOREST, m.setting());
        assertEquals(Water.STREAM, m.water());
        assertEquals(TimeOfDay.DAWN, m.timeOfDay());
        assertEquals(Set.of(Subject.DEER), m.subjects());
        assertNull(m.camera());
        assertEquals(java.util.List.of(), m.unrecognized());
    }

    @Test
    void firstCameraWordOfALineWins() {
        assertEquals(CameraMove.TRACK, lexicon.read("镜头跟随小鹿抬头,展现天空中掠过的鹰").camera());
        assertEquals(CameraMove.POV, lexicon.read("鹰的视角俯冲,穿过树冠层进入山谷").camera());
        assertEquals(CameraMove.AERIAL, lexicon.read("Aerial shot over the valley").camera());
    }

    @Test
    void bothLanguagesNameTheSameSubjects() {
        assertEquals(Set.of(Subject.DEER, Subject.EAGLE),
                lexicon.read("镜头跟随小鹿抬头,展现天空中掠过的鹰").subjects());
        assertEquals(Set.of(Subject.DEER, Subject.EAGLE),
                lexicon.read("The fawn looks up at an eagle").subjects());
    }

    @Test
    void negatedWeatherMeansClearSky() {
        assertEquals(Weather.CLEAR, lexicon.read("雨停了,阳光从云缝中洒下").weather());
        assertEquals(Weather.CLEAR, lexicon.read("The rain stopped and the sky clears").weather());
        assertEquals(Weather.RAIN, lexicon.read("下雨了,雨滴落在河面上").weather());
    }

    @Test
    void englishTermsMatchWholeWordsOnly() {
        // "seashore" contains "sea" and "fawns" contains "fawn": neither may match as a part.
        Mentions m = lexicon.read("A quiet seashore");
        assertEquals(Setting.COAST, m.setting());
        assertNull(lexicon.read("Seasoned travellers").water());
    }

    @Test
    void departingSubjectsAreNotPresent() {
        Mentions m = lexicon.read("狼群离开了河边");
        assertEquals(Set.of(Subject.WOLF), m.departing());
        assertTrue(m.subjects().isEmpty());
        assertEquals(Set.of(Subject.DEER), lexicon.read("The deer leave the river").departing());
    }

    @Test
    void wordsTheVocabularyCannotShowAreListed() {
        assertTrue(lexicon.read("沙漠里一队骆驼缓缓走过").unrecognized().contains("骆驼"),
                () -> lexicon.read("沙漠里一队骆驼缓缓走过").unrecognized().toString());
        assertTrue(lexicon.read("A lighthouse stands on the rocks").unrecognized()
                .contains("lighthouse"));
    }

    @Test
    void gradualAndDissolvingChangesOfPlaceAreTransitions() {
        SceneLexicon lexicon = SceneLexicon.bundled();
        Mentions morph = lexicon.read("森林渐渐变成黑色的火山岩");
        assertEquals(Transition.MORPH, morph.transition());
        assertEquals(Setting.VOLCANO, morph.setting());
        assertEquals(Transition.MORPH, lexicon.read("the forest gradually turns into a desert")
                .transition());
        assertEquals(Transition.DISSOLVE, lexicon.read("叠化到城市").transition());
        assertEquals(Transition.DISSOLVE, lexicon.read("dissolve to the city").transition());
        assertEquals(null, lexicon.read("a city street").transition());
    }
}
