package dev.longshot.story;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * JSON storyboards: an array of lines, or {@code {"lines": [...]}}. A line is a string (one
 * second) or {@code {"text": "...", "seconds": 5}} or {@code {"text": "...", "duration":
 * "00:01:30"}}. Read token by token so every error can name the line it is on.
 */
final class JsonStoryboardFormat implements StoryboardFormat {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Override
    public List<StoryLine> read(String source, String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return new Reading(source, parser).document();
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : Math.max(0, at.getLineNr());
            throw new StoryboardException(source, line,
                    "malformed JSON: " + plainWords(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from a String failed", e);
        }
    }

    /** Jackson's first sentence, without character codes, source excerpts or feature names. */
    static String plainWords(String message) {
        String first = message == null ? "unreadable JSON" : message.lines().findFirst().orElse("");
        return first
                .replaceAll("\\(\\(CTRL-CHAR, code 10\\)\\)", "(a line break)")
                .replaceAll("\\(\\(CTRL-CHAR, code 9\\)\\)", "(a tab)")
                .replaceAll("\\(\\(CTRL-CHAR, code -?\\d+\\)\\)", "(a control character)")
                .replaceAll(" \\(code -?\\d+\\)", "")
                .replaceAll("\\(start marker at \\[Source: .*?; line: (\\d+), column: \\d+\\]\\)",
                        "(opened on line $1)")
                .replaceAll("\\s*\\(for (Object|Array|root) starting at .*$", "")
                .replaceAll("maybe a \\(non-standard\\) comment\\?.*$",
                        "comments are not allowed in JSON")
                .replaceAll("^Duplicate field '(.*)'$", "duplicate key \"$1\"")
                .strip();
    }

    /** One pass over one document; holds the parser and the growing timeline. */
    private static final class Reading {
        private final String source;
        private final JsonParser p;
        private final Timeline timeline;

        Reading(String source, JsonParser parser) {
            this.source = source;
            this.p = parser;
            this.timeline = new Timeline(source);
        }

        List<StoryLine> document() throws IOException {
            JsonToken t = p.nextToken();
            if (t == null) throw new StoryboardException(source, 0,
                    "storyboard has no lines (the file is empty)");
            if (t == JsonToken.START_ARRAY) {
                lines();
            } else if (t == JsonToken.START_OBJECT) {
                topObject();
            } else {
                throw error("a JSON storyboard is an array of lines or an object"
                        + " {\"lines\": [...]}, got " + describe(t));
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw error("more JSON after the end of the storyboard: " + describe(after));
            }
            return timeline.finish("(the JSON array of lines is empty)");
        }

        private void topObject() throws IOException {
            int objectLine = line();
            boolean sawLines = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                if (!key.equals("lines")) {
                    throw error("unknown top-level key \"" + key + "\"; the only key is \"lines\"");
                }
                JsonToken t = p.nextToken();
                if (t != JsonToken.START_ARRAY) {
                    throw error("\"lines\" must be an array, got " + describe(t));
                }
                lines();
                sawLines = true;
            }
            if (!sawLines) {
                throw new StoryboardException(source, objectLine,
                        "the JSON object has no \"lines\" key");
            }
        }

        private void lines() throws IOException {
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == JsonToken.VALUE_STRING) {
                    timeline.add(line(), 1, requireText(p.getText()));
                } else if (t == JsonToken.START_OBJECT) {
                    lineObject();
                } else {
                    throw error("each line must be a string or an object like"
                            + " {\"text\": \"...\", \"seconds\": 5}, got " + describe(t));
                }
            }
        }

        private void lineObject() throws IOException {
            int objectLine = line();
            String text = null;
            int textLine = objectLine;
            long seconds = 1;
            String holdKey = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken t = p.nextToken();
                switch (key) {
                    case "text" -> {
                        if (t != JsonToken.VALUE_STRING) {
                            throw error("\"text\" must be a string, got " + describe(t));
                        }
                        text = requireText(p.getText());
                        textLine = line();
                    }
                    case "seconds", "duration" -> {
                        if (holdKey != null) {
                            throw error("give either \"seconds\" or \"duration\", not both");
                        }
                        holdKey = key;
                        seconds = key.equals("seconds") ? seconds(t) : duration(t);
                    }
                    default -> throw error("unknown key \"" + key + "\" in a line; the keys are"
                            + " \"text\", \"seconds\" and \"duration\"");
                }
            }
            if (text == null) {
                throw new StoryboardException(source, objectLine, "line has no \"text\"");
            }
            timeline.add(textLine, seconds, text);
        }

        private long seconds(JsonToken t) throws IOException {
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                BigDecimal value = p.getDecimalValue();
                boolean whole = value.signum() > 0 && value.stripTrailingZeros().scale() <= 0;
                if (whole && value.compareTo(BigDecimal.valueOf(Timeline.MAX_TOTAL_SECONDS)) > 0) {
                    throw error(String.format(Locale.ROOT, "\"seconds\" must be at most %,d"
                            + " (24 hours), got %s", Timeline.MAX_TOTAL_SECONDS, p.getText()));
                }
                if (whole) return value.longValueExact();
            }
            throw error("\"seconds\" must be a whole number of seconds > 0, got " + describe(t));
        }

        private long duration(JsonToken t) throws IOException {
            if (t != JsonToken.VALUE_STRING) {
                throw error("\"duration\" must be a string such as \"00:01:30\" or \"5s\", got "
                        + describe(t) + " (use \"seconds\" for a plain number)");
            }
            try {
                return Durations.parse(p.getText());
            } catch (Durations.InvalidDuration e) {
                throw error("malformed \"duration\" " + describe(t) + ": " + e.getMessage());
            }
        }

        private String requireText(String raw) {
            String text = raw.strip();
            if (text.isEmpty()) throw error("\"text\" is empty");
            return text;
        }

        /** The current token, as the user would recognise it in the file. */
        private String describe(JsonToken t) throws IOException {
            return switch (t) {
                case VALUE_STRING -> "\"" + shorten(p.getText()) + "\"";
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case END_OBJECT, END_ARRAY, FIELD_NAME -> "\"" + p.getText() + "\"";
                default -> p.getText();
            };
        }

        private static String shorten(String s) {
            return s.codePointCount(0, s.length()) <= 40
                    ? s : s.substring(0, s.offsetByCodePoints(0, 40)) + "…";
        }

        private int line() {
            return p.currentTokenLocation().getLineNr();
        }

        private StoryboardException error(String problem) {
            return new StoryboardException(source, line(), problem);
        }
    }
}
