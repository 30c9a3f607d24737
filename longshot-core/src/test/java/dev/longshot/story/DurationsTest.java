package dev.longshot.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {
    @ParameterizedTest(name = "{0} = {1} s")
    @CsvSource(delimiter = '|', value = {
        "5s | 5", "5 s | 5", "5秒 | 5", "5 秒 | 5", "5S | 5", "10sec | 10", "7 seconds | 7",
        "2m | 120", "2min | 120", "2分钟 | 120", "2分 | 120", "2 minutes | 120",
        "1m30s | 90", "1m 30s | 90", "1分30秒 | 90", "1h | 3600", "1小时 | 3600",
        "1h2m3s | 3723", "01:30 | 90", "1:30 | 90", "90:00 | 5400", "00:01:30 | 90",
        "1:00:00 | 3600", "５秒 | 5", "０１：３０ | 90", "' 5s ' | 5"})
    void acceptedFormsGiveWholeSeconds(String spec, long seconds) throws Exception {
        assertEquals(seconds, Durations.parse(spec));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "5x | unknown unit \"x\"",
        "'' | the duration is empty",
        "' ' | the duration is empty",
        "2.5s | durations are whole seconds, got 2.5s",
        "1:30.5 | durations are whole seconds",
        "0s | at least 1 second, got 0",
        "00:00 | at least 1 second, got 0",
        "0m0s | at least 1 second, got 0",
        "-5s | cannot be negative",
        "5 | missing unit after 5",
        "1:99 | seconds must be 00–59 in 1:99, got 99",
        "1:60:00 | minutes must be 00–59",
        "1:2:3:4 | MM:SS or HH:MM:SS",
        "1:a | digits only",
        "30s1m | largest to smallest",
        "5s5s | largest to smallest",
        "s | expected a number",
        "1234567890s | too large"})
    void malformedDurationsSayWhy(String spec, String why) {
        Durations.InvalidDuration e =
                assertThrows(Durations.InvalidDuration.class, () -> Durations.parse(spec));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
