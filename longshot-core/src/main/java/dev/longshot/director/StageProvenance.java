package dev.longshot.director;

import dev.longshot.director.RunProvenance.Component;
import dev.longshot.render.Dissolve;
import dev.longshot.render.EquirectRenderer;
import dev.longshot.render.OmniStereoRenderer;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Describes the stages of a run as provenance components, in pipeline order. */
public final class StageProvenance {
    private static final String TEXT_MODEL_POM = "META-INF/maven/dev.langchain4j/"
            + "langchain4j-embeddings-bge-small-zh-v15-q/pom.properties";

    private StageProvenance() {}

    /**
     * @param stages  the run's stages
     * @param config  the run's configuration (it picks the renderer inside transitions)
     * @param version longshot's version: the version of every stage built into it
     */
    public static List<Component> describe(Stages stages, DirectorConfig config,
            String version) {
        List<Component> list = new ArrayList<>();
        list.add(component("text-encoder", stages.text(), version, Map.of()));
        list.add(new Component("text-model", "BAAI bge-small-zh-v1.5 int8 ONNX (langchain4j)",
                textModelVersion(), Map.of()));
        list.add(component("memory", stages.memory(), version, Map.of()));
        list.add(component("world", stages.world(), version, Map.of()));
        list.add(component("frames", stages.frames(), version, Map.of()));
        if (stages.frames() instanceof Dissolve) {
            Class<?> inner = switch (config.projection()) {
                case PERSPECTIVE -> SoftwareRenderer.class;
                case EQUIRECT -> EquirectRenderer.class;
                case EQUIRECT_TOP_BOTTOM -> OmniStereoRenderer.class;
            };
            list.add(new Component("renderer", inner.getName(), version, Map.of()));
        }
        for (Validator v : stages.validators()) {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("rule", v.rule());
            s.put("schedule", v.schedule().id());
            list.add(component("validator", v, version, s));
        }
        list.add(component("sound", stages.sound(), version,
                Map.of("sampleRate", Integer.toString(stages.sound().sampleRate()))));
        return list;
    }

    private static Component component(String role, Object stage, String version,
            Map<String, String> settings) {
        return new Component(role, stage.getClass().getName(), version, settings);
    }

    /** The text model's Maven version, read from its jar; "unknown" when not on the path. */
    static String textModelVersion() {
        try (InputStream in = StageProvenance.class.getClassLoader()
                .getResourceAsStream(TEXT_MODEL_POM)) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
