package dev.longshot.memory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.longshot.plan.PlanKeys;
import org.junit.jupiter.api.Test;

/** The boat the travellers ride goes on with them; the old spot's other things stay. */
class RiddenVehicleCarryOverTest {
    @Test
    void boatTheTravellersRideGoesOnToTheNextPlace() {
        PlanKeys k = PlannedKeys.last("We walk down to the river jetty and climb into a long wooden boat.",
                "By noon we reach a village of stilt houses where the river widens.");
        assertTrue(PlannedKeys.thingIds(k).contains("boat"), k.things().toString());
        assertFalse(PlannedKeys.thingIds(k).contains("pier"), k.things().toString());
    }

    @Test
    void boatNobodyRidesStaysBehind() {
        PlanKeys k = PlannedKeys.last("We walk past an old boat on the beach.",
                "By noon we reach a village of stilt houses.");
        assertFalse(PlannedKeys.thingIds(k).contains("boat"), k.things().toString());
    }

    @Test
    void boatStaysOnTheWaterWhenTheTravellersReachATownWithNone() {
        PlanKeys k = PlannedKeys.last("We climb into a long wooden boat on the river.",
                "By noon we reach the old town.");
        assertFalse(PlannedKeys.thingIds(k).contains("boat"), k.things().toString());
    }

    @Test
    void carTheTravellersRideGoesOnWithThem() {
        PlanKeys k = PlannedKeys.last("We climb into the car at the farm.",
                "By noon we reach the old town.");
        assertTrue(PlannedKeys.thingIds(k).contains("car"), k.things().toString());
    }
}
