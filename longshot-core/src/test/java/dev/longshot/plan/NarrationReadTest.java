package dev.longshot.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A road trip's narrating "we" who pull out, park or pull over only travel, and "us" looked
 * at or told is where the camera stands: neither puts people on screen. A "we" who does
 * something there still does.
 */
class NarrationReadTest {


    @Test
    void narratorWhoPullsOutOrParksOnlyTravels() {
        assertEquals(List.of(), SubjectIds.of("We pulled out of the harbour town after breakfast."));
        assertEquals(List.of(), SubjectIds.of("We parked at a viewpoint above the beach."));
        assertEquals(List.of(), SubjectIds.of("We pulled over at a tiny village with a pier."));
        assertEquals(List.of("person"), SubjectIds.of("We watched the sun go down from the pier."));
    }

    @Test
    void narratorFacedOrApproachedInChineseIsTheCamera() {
        assertEquals(List.of("dog"), SubjectIds.of("一只小狗从对岸跑过来,一直冲我们摇尾巴"));
        assertEquals(List.of("dog"), SubjectIds.of("一只小狗朝我们跑过来。"));
        assertEquals(List.of("person"), SubjectIds.of("我们在河边搭起了帐篷。"));
    }

    @Test
    void narratorInAClauseThatOnlyTimesAnotherIsNotOnScreen() {
        assertEquals(List.of("crocodile"), SubjectIds.of(
                "The crocodile slides into the water as we get closer."));
        assertEquals(List.of("person"), SubjectIds.of("We wait on the bank."));
    }

    @Test
    void usLookedAtOrToldIsTheCameraNotPeopleOnScreen() {
        assertEquals(List.of("deer"), SubjectIds.of("The deer stared at us, then bounded off."));
        assertEquals(List.of("person"), SubjectIds.of(
                "An old man on a bench told us the water was warm."));
    }
}
