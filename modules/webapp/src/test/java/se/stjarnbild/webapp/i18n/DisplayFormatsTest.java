package se.stjarnbild.webapp.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    private static final Locale SV = LocaleBacking.SWEDISH;
    private static final Locale EN = LocaleBacking.ENGLISH;

    @Test
    void datesReadAsInSwedishPublicText() {
        assertEquals("8 oktober 2026", DisplayFormats.date(LocalDate.of(2026, 10, 8), SV));
        assertEquals("8 October 2026", DisplayFormats.date(LocalDate.of(2026, 10, 8), EN));
        assertEquals("", DisplayFormats.date(null, SV));
    }

    @Test
    void rangesShareWhatTheyHaveInCommon() {
        assertEquals("8–9 oktober 2026", DisplayFormats.dateRange(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9), SV));
        assertEquals("17 augusti – 30 oktober 2026",
                DisplayFormats.dateRange(LocalDate.of(2026, 8, 17), LocalDate.of(2026, 10, 30), SV));
        assertEquals("30 december 2026 – 2 januari 2027",
                DisplayFormats.dateRange(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2), SV));
        assertEquals("1 juli 2026", DisplayFormats.dateRange(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1), SV));
    }

    @Test
    void timesUseTwentyFourHours() {
        assertEquals("18:30", DisplayFormats.time(LocalTime.of(18, 30), SV));
        assertEquals("08:05", DisplayFormats.time(LocalTime.of(8, 5), EN));
    }

    @Test
    void numbersGroupThousandsWithASpaceAndDecimalsWithAComma() {
        assertEquals("1\u00a0203", DisplayFormats.number(1203, SV));
        assertEquals("1,203", DisplayFormats.number(1203, EN));
        assertEquals("3,5", DisplayFormats.decimal(3.5, 1, SV));
        assertEquals("3.50", DisplayFormats.decimal(3.5, 2, EN));
    }

    @Test
    void onlySwedishAndEnglishAreOffered() {
        assertEquals(EN, LocaleBacking.forLanguage("en"));
        assertEquals(SV, LocaleBacking.forLanguage("sv"));
        assertEquals(SV, LocaleBacking.forLanguage("de"));
        assertEquals(SV, LocaleBacking.forLanguage(null));
    }
}
