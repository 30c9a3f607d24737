package dev.longshot.media.encode;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** When the bundled program cannot load, the message says which library and what to install. */
class FfmpegProgramTest {
    @Test
    void aLibraryThatDidNotLinkIsNamedWithThePackageToInstall() {
        // what JavaCPP throws on a machine without libpulse, once avdevice failed to load
        UnsatisfiedLinkError link = new UnsatisfiedLinkError("/root/.javacpp/cache/"
                + "libjniavdevice.so: libpulse.so.0: cannot open shared object file");
        ExceptionInInitializerError init = new ExceptionInInitializerError(link);
        NoClassDefFoundError e = new NoClassDefFoundError(
                "Could not initialize class org.bytedeco.ffmpeg.global.avdevice");
        e.initCause(init);

        IOException io = FfmpegProgram.unavailable(e);
        assertTrue(io.getMessage().contains("libpulse.so.0: cannot open shared object file"),
                io.getMessage());
        assertTrue(io.getMessage().endsWith("sudo apt-get install libpulse0"), io.getMessage());
        assertSame(e, io.getCause());
    }
}
