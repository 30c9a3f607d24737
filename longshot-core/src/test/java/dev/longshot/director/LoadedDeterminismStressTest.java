package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.longshot.render.Dissolve;
import dev.longshot.render.Frame;
import dev.longshot.render.FrameGenerator;
import dev.longshot.render.SoftwareRenderer;
import dev.longshot.story.Storyboard;
import dev.longshot.story.StoryboardParser;
import dev.longshot.world.FrameSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Stress harness for rule 1 under CPU load: the opening of examples/wildlife.txt at 160x90,
 * 24 fps (where a replay once differed, at 00:00:23:04) made again and again in one JVM with
 * several render threads while other threads burn CPU and make garbage. Every render call
 * (rollback attempts included) and every frame reaching the sink must equal the quiet
 * one-thread run's. Slow (minutes): runs only with {@code -Dlongshot.stress=true}; knobs
 * {@code longshot.stress.seconds / rounds / burners / from}.
 */
@EnabledIfSystemProperty(named = "longshot.stress", matches = "true")
class LoadedDeterminismStressTest {
    private static final int FPS = 24;

    /** Whole pipeline (plan, world, render, validate, rollback) again and again under load. */
    @Test
    void wildlifeOpeningIsIdenticalUnderLoad() throws Exception {
        Storyboard board = board(Integer.getInteger("longshot.stress.seconds", 25));
        int rounds = Integer.getInteger("longshot.stress.rounds", 6);
        DirectorConfig one = config(1);
        Run ref = run(board, one, spec -> {});
        System.out.printf("reference: %d render calls, %d frames written%n",
                ref.rendered.size(), ref.written.size());
        try (Burners b = new Burners()) {
            for (int r = 0; r < rounds; r++) {
                int threads = 2 + r % 3;
                String diff = firstDiff(ref, run(board, one.withRenderThreads(threads),
                        spec -> {}));
                System.out.printf("round %d (%d threads): %s%n", r, threads,
                        diff == null ? "identical" : diff);
                assertEquals(null, diff, "round " + r);
            }
        }
    }

    /** Only the renderer: the specs of seconds from … end rendered again and again. */
    @Test
    void recordedSpecsRenderIdenticallyUnderLoad() throws Exception {
        Storyboard board = board(Integer.getInteger("longshot.stress.seconds", 25));
        int rounds = Integer.getInteger("longshot.stress.rounds", 40);
        long from = (long) Integer.getInteger("longshot.stress.from", 19) * FPS;
        List<FrameSpec> specs = new ArrayList<>();
        Run ref = run(board, config(1), spec -> specs.add(spec));
        List<Long> hashes = ref.rendered;
        try (Burners b = new Burners()) {
            for (int r = 0; r < rounds; r++) {
                int threads = 2 + r % 3;
                try (FrameGenerator g = new Dissolve(new SoftwareRenderer(160, 90, threads))) {
                    for (int i = 0; i < specs.size(); i++) {
                        if (specs.get(i).time().frame() < from) continue;
                        long h = hash(g.render(specs.get(i)).rgb());
                        assertEquals(hashes.get(i), h, "round " + r + " (" + threads
                                + " threads), render call " + i + " " + specs.get(i).time());
                    }
                }
                System.out.printf("round %d (%d threads): identical%n", r, threads);
            }
        }
    }

    private static DirectorConfig config(int threads) {
        return DirectorConfig.defaults().withSize(160, 90).withFps(FPS)
                .withRenderThreads(threads);
    }

    private static Storyboard board(int seconds) throws IOException {
        List<String> kept = new ArrayList<>();
        int n = 0;
        for (String l : Files.readAllLines(Path.of("..", "examples", "wildlife.txt"),
                StandardCharsets.UTF_8)) {
            kept.add(l);
            if (!l.isBlank() && !l.startsWith("#") && ++n == seconds) break;
        }
        return StoryboardParser.parse("wildlife.txt",
                String.join("\n", kept).getBytes(StandardCharsets.UTF_8));
    }

    /** Hashes of every render call and every frame the sink got, and what each call drew. */
    private record Run(List<Long> rendered, List<String> specs, List<Long> written) {}

    private static long hash(int[] rgb) {
        return Arrays.hashCode(rgb) & 0xffffffffL | (long) rgb.length << 32;
    }

    private static Run run(Storyboard board, DirectorConfig config, Consumer<FrameSpec> seen)
            throws IOException {
        Run out = new Run(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        VideoSink sink = new VideoSink() {
            @Override public void writeFrame(Frame f) {
                out.written.add(hash(f.rgb()));
            }
            @Override public void writeAudio(short[] s) {}
            @Override public void finish() {}
            @Override public void close() {}
        };
        try (Stages base = Stages.defaults(config)) {
            FrameGenerator inner = base.frames();
            FrameGenerator hashing = new FrameGenerator() {
                @Override public int width() {
                    return inner.width();
                }
                @Override public int height() {
                    return inner.height();
                }
                @Override public Frame render(FrameSpec spec) {
                    Frame f = inner.render(spec);
                    seen.accept(spec);
                    out.rendered.add(hash(f.rgb()));
                    out.specs.add(spec.time() + " " + spec.camera() + " " + spec.lighting()
                            + " " + spec.subjects());
                    return f;
                }
                @Override public void close() {
                    inner.close();
                }
            };
            new Director(config, base.withFrames(hashing)).run(board, sink,
                    ProgressListener.NONE);
        }
        return out;
    }

    private static String firstDiff(Run a, Run b) {
        int n = Math.min(a.rendered.size(), b.rendered.size());
        for (int i = 0; i < n; i++) {
            if (!a.specs.get(i).equals(b.specs.get(i))) {
                return "render call " + i + ": spec differs: " + a.specs.get(i) + " vs "
                        + b.specs.get(i);
            }
            if (!a.rendered.get(i).equals(b.rendered.get(i))) {
                return "render call " + i + ": pixels differ, spec " + a.specs.get(i);
            }
        }
        if (a.rendered.size() != b.rendered.size()) {
            return "render calls " + a.rendered.size() + " vs " + b.rendered.size();
        }
        return a.written.equals(b.written) ? null : "written frames differ";
    }

    /** Threads that keep the CPUs busy and the collector working while they run. */
    private static final class Burners implements AutoCloseable {
        private final AtomicBoolean stop = new AtomicBoolean();

        Burners() {
            for (int i = 0; i < Integer.getInteger("longshot.stress.burners", 3); i++) {
                Thread t = new Thread(this::burn, "burner-" + i);
                t.setDaemon(true);
                t.start();
            }
        }

        private void burn() {
            long x = 1;
            while (!stop.get()) {
                for (int k = 0; k < 100_000; k++) x = x * 6364136223846793005L + k;
                byte[] garbage = new byte[1 << 16];
                garbage[(int) (x & 0xFFFF)] = 1;
            }
        }

        @Override
        public void close() {
            stop.set(true);
        }
    }
}
