package dev.longshot.catalog;

import java.util.List;

/** A catalog that cannot be used; the message lists every problem found, one a line. */
public final class CatalogException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public CatalogException(String source, List<String> problems) {
        super(source + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem alone, e.g. {@code entry 'tiger': fallback 'lino' is not an entry}. */
    public List<String> problems() {
        return problems;
    }
}
