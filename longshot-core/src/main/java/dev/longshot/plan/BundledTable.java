package dev.longshot.plan;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated word list shipped beside the reader ({@code idioms.tsv}, {@code places.tsv}):
 * blank lines and {@code #} comments skipped, every row checked for its column count so a
 * broken list fails at load with its line number, not later with a wrong reading.
 */
final class BundledTable {
    private BundledTable() {}

    /** The rows of {@code resource}, each with exactly {@code columns} cells. */
    static List<String[]> rows(String resource, int columns) {
        InputStream in = BundledTable.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ":" + n + ": " + cells.length
                            + " columns, expected " + columns);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A two-column table of {@code resource} as first cell to second; a key twice is an error. */
    static Map<String, String> map(String resource) {
        Map<String, String> m = new HashMap<>();
        for (String[] row : rows(resource, 2)) {
            if (m.put(row[0], row[1]) != null) {
                throw new IllegalStateException(resource + ": '" + row[0] + "' listed twice");
            }
        }
        return Map.copyOf(m);
    }
}
