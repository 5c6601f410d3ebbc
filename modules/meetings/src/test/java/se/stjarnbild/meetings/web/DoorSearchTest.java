package se.stjarnbild.meetings.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DoorSearchTest {

    @Test
    void everyWordTypedIsInTheNameInAnyOrder() {
        assertTrue(MeetingBacking.matches("Cecilia Carlsson", "K7Q2", "carlsson cecilia"), "surname first, as people say it at a door");
        assertTrue(MeetingBacking.matches("Cecilia Carlsson", "K7Q2", "  CECI  "));
        assertTrue(MeetingBacking.matches("Åsa Öberg", "K7Q2", "öberg"));
        assertTrue(MeetingBacking.matches("Åsa Östman", "K7Q2", "Ostman asa"), "typed without Swedish letters");
        assertTrue(MeetingBacking.matches("José Ängel", "K7Q2", "jose"));
        assertFalse(MeetingBacking.matches("Åsa Östman", "K7Q2", "Ostmann"));
        assertFalse(MeetingBacking.matches("Cecilia Carlsson", "K7Q2", "Carlsson Anna"));
        assertFalse(MeetingBacking.matches("Cecilia Carlsson", "K7Q2", "Zorro"));
    }

    @Test
    void theDoorCodeFindsItsPersonAndAnEmptySearchFindsEveryone() {
        assertTrue(MeetingBacking.matches("Cecilia Carlsson", "K7Q2", "k7q2"));
        assertTrue(MeetingBacking.matches("Cecilia Carlsson", "K7Q2", " "));
        assertFalse(MeetingBacking.matches("Cecilia Carlsson", "K7Q2", "K7Q3"));
    }
}
