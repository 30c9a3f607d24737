package dev.longshot.director;

import java.util.ArrayList;
import java.util.List;

/** A generation log that keeps its events, for tests of what the director reports. */
final class RecordingLog implements GenerationLog {
    final List<Event> events = new ArrayList<>();

    @Override
    public void begin(Header header) {}

    @Override
    public void event(Event event) {
        events.add(event);
    }

    @Override
    public void end(RunReport report) {}

    /** The events of one kind, in order. */
    <T extends Event> List<T> of(Class<T> kind) {
        return events.stream().filter(kind::isInstance).map(kind::cast).toList();
    }
}
