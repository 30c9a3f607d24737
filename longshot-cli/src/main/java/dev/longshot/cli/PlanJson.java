package dev.longshot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.longshot.plan.Approximation;
import dev.longshot.plan.CameraSpec;
import dev.longshot.plan.NotShownWord;
import dev.longshot.plan.PlanKeys;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.SubjectRef;
import dev.longshot.plan.ThingRef;
import java.util.List;

/**
 * The {@code plan --json} contract of DESIGN.md, format {@code longshot-plan/2}:
 * {@code {"format": "longshot-plan/2", "seconds": [ … ]}}, one object per second, the keys in
 * the table's order.
 */
final class PlanJson {
    static final String FORMAT = "longshot-plan/2";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {}

    static String write(List<ScenePlan> plans) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode seconds = root.putArray("seconds");
        for (ScenePlan p : plans) seconds.add(node(p));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode node(ScenePlan p) {
        PlanKeys k = p.keys();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("t", p.t());
        o.put("text", p.text());
        o.put("setting", k.setting());
        o.put("style", k.style());
        o.put("water", k.water());
        o.put("timeOfDay", k.timeOfDay());
        o.put("weather", k.weather());
        ArrayNode sky = o.putArray("sky");
        k.sky().forEach(sky::add);
        ArrayNode subjects = o.putArray("subjects");
        for (SubjectRef s : k.subjects()) {
            ObjectNode n = subjects.addObject();
            n.put("id", s.id());
            n.put("said", s.said());
            n.put("count", s.count());
            n.put("action", s.action());
        }
        ArrayNode things = o.putArray("things");
        for (ThingRef t : k.things()) {
            ObjectNode n = things.addObject();
            n.put("id", t.id());
            n.put("said", t.said());
        }
        camera(o.putObject("camera"), k.camera());
        o.put("transition", k.transition());
        ArrayNode approximated = o.putArray("approximated");
        for (Approximation a : k.approximated()) {
            ObjectNode n = approximated.addObject();
            n.put("said", a.said());
            n.put("shownAs", a.shownAs());
            n.put("similarity", a.similarity());
        }
        ArrayNode notShown = o.putArray("notShown");
        for (NotShownWord w : k.notShown()) {
            ObjectNode n = notShown.addObject();
            n.put("said", w.said());
            n.put("why", w.why());
        }
        return o;
    }

    private static void camera(ObjectNode c, CameraSpec s) {
        c.put("move", s.move());
        c.put("shot", s.shot());
        c.put("angle", s.angle());
        c.put("support", s.support());
        if (s.lensMm() == null) c.putNull("lensMm");
        else c.put("lensMm", s.lensMm());
        if (s.speed() == Math.rint(s.speed())) c.put("speed", (long) s.speed());
        else c.put("speed", s.speed());
        c.put("focus", s.focus());
        c.put("target", s.target());
    }
}
