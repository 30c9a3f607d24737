package dev.longshot.director;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.longshot.director.RunProvenance.Resource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledResourcesTest {
    @Test
    void namesEveryCoreResourceThatShapesTheVideo() {
        List<String> names = BundledResources.core().stream().map(Resource::name).toList();
        assertEquals(List.of("catalog", "idioms", "places", "text-model", "text-tokenizer"),
                names);
    }

    @Test
    void digestsAreThoseOfTheFilesInTheSourceTree() throws Exception {
        for (Resource r : BundledResources.core()) {
            if (!r.path().startsWith("dev/longshot/")) continue; // the model is in its own jar
            Path file = Path.of("src/main/resources").resolve(r.path());
            assertEquals(sha256(file), r.sha256(), r.name());
        }
    }

    @Test
    void aMissingResourceIsAnError() {
        var e = assertThrows(IllegalStateException.class, () -> BundledResources.digest(
                getClass().getClassLoader(), "nothing", "dev/longshot/no-such-file.bin"));
        assertEquals("missing resource dev/longshot/no-such-file.bin", e.getMessage());
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
