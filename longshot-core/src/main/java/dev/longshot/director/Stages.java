package dev.longshot.director;

import dev.longshot.audio.SoundGenerator;
import dev.longshot.audio.WorldSound;
import dev.longshot.memory.MemoryCore;
import dev.longshot.memory.Planner;
import dev.longshot.plan.TextEncoder;
import dev.longshot.render.EquirectRenderer;
import dev.longshot.render.OmniStereoRenderer;
import dev.longshot.render.FrameGenerator;
import dev.longshot.render.Dissolve;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.validate.Validator;
import dev.longshot.validate.Validators;
import dev.longshot.world.DefaultWorld;
import dev.longshot.world.WorldSimulator;
import java.util.List;

/**
 * The pipeline's parts for one run. Owns the frame generator: close the stages when done.
 *
 * @param text       reads storyboard lines
 * @param memory     plans each second
 * @param world      steps the world
 * @param frames     renders frames
 * @param validators the world's rules, run on every frame (empty: validation off)
 * @param sound      makes the soundtrack
 */
public record Stages(
        TextEncoder text,
        MemoryCore memory,
        WorldSimulator world,
        FrameGenerator frames,
        List<Validator> validators,
        SoundGenerator sound) implements AutoCloseable {

    public static final int AUDIO_SAMPLE_RATE = 48_000;

    public Stages {
        validators = List.copyOf(validators);
    }

    /**
     * The embedded defaults: the standard planner's reader and memory
     * ({@link Planner#standard}, so a run renders what {@code plan} prints), software renderer,
     * the world's sound.
     */
    public static Stages defaults(DirectorConfig config) {
        return defaults(config, ValidationConfig.defaults());
    }

    /**
     * The embedded defaults with every rule at the validation's strictness: the one source of
     * strictness, so the rules and the log cannot disagree.
     */
    public static Stages defaults(DirectorConfig config, ValidationConfig validation) {
        return new Stages(
                Planner.standardReader(),
                Planner.standardMemory(),
                new DefaultWorld(config.seed()),
                new Dissolve(frames(config)),
                Validators.standard(validation.strictness()),
                WorldSound.forProjection(config.seed(), AUDIO_SAMPLE_RATE,
                        WorldSound.DEFAULT_LOUDNESS,
                        config.projection().spherical()));
    }

    /** The embedded frame generator for the config's size and projection. */
    public static FrameGenerator frames(DirectorConfig config) {
        int w = config.width();
        int h = config.height();
        int threads = config.renderThreads();
        return switch (config.projection()) {
            case PERSPECTIVE -> new SoftwareRenderer(w, h, threads, config.extras());
            case EQUIRECT -> new EquirectRenderer(w, h, threads);
            case EQUIRECT_TOP_BOTTOM -> new OmniStereoRenderer(w, h, threads);
        };
    }

    /** The same parts with other validators (e.g. none, to measure what they cost). */
    public Stages withValidators(List<Validator> others) {
        return new Stages(text, memory, world, frames, others, sound);
    }

    /** The same parts with another frame generator (e.g. one that times the renderer). */
    public Stages withFrames(FrameGenerator other) {
        return new Stages(text, memory, world, other, validators, sound);
    }

    /** The same parts with another soundtrack (e.g. silence, or none: {@code --audio off}). */
    public Stages withSound(SoundGenerator other) {
        return new Stages(text, memory, world, frames, validators, other);
    }

    /** The same parts with another world (e.g. a test double). */
    public Stages withWorld(WorldSimulator other) {
        return new Stages(text, memory, other, frames, validators, sound);
    }

    @Override
    public void close() {
        frames.close();
    }
}
