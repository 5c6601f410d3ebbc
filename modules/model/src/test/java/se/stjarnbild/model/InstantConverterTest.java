package se.stjarnbild.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void storesInstantsAsUtcWallClockAndReadsThemBack() {
        Instant instant = Instant.parse("2026-10-08T16:30:00Z");
        LocalDateTime stored = converter.convertToDatabaseColumn(instant);
        assertEquals(LocalDateTime.of(2026, 10, 8, 16, 30), stored);
        assertEquals(instant, converter.convertToEntityAttribute(stored));
    }

    @Test
    void nullStaysNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
