package dev.longshot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.longshot.plan.ScenePlan;
import dev.longshot.plan.Subject;
import java.util.List;

/** The {@code plan --json} contract of DESIGN.md: one object per second, fixed key order. */
final class PlanJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private PlanJson() {}

    static String write(List<ScenePlan> plans) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ScenePlan p : plans) array.add(node(p));
        try {
            return MAPPER.writeValueAsString(array);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode node(ScenePlan p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("t", p.t());
        o.put("text", p.text());
        o.put("setting", p.setting().id());
        o.put("water", p.water().id());
        o.put("timeOfDay", p.timeOfDay().id());
        o.put("weather", p.weather().id());
        ArrayNode subjects = o.putArray("subjects");
        for (Subject s : p.subjects()) subjects.add(s.id());
        o.put("camera", p.camera().id());
        ArrayNode unrecognized = o.putArray("unrecognized");
        p.unrecognized().forEach(unrecognized::add);
        o.put("transition", p.transition().id()); // added after the original keys
        return o;
    }
}
