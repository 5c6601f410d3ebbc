package se.stjarnbild.referencegroups.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stjarnbild.referencegroups.GroupSession;

/** Saving one session's conclusions keeps what was typed, not yet saved, for the others. */
class GroupBackingTest {

    private static final Instant AT = Instant.parse("2026-09-10T16:00:00Z");

    private static final List<GroupSession> BEFORE = List.of(
            new GroupSession(1, "Första träffen", AT, "Sparat ett", "Anna", AT),
            new GroupSession(2, "Andra träffen", AT, "Sparat två", "Anna", AT),
            new GroupSession(3, "Tredje träffen", AT, null, null, null));

    @Test
    void afterSavingOneSessionTheOthersKeepWhatWasTyped() {
        List<GroupSession> after = List.of(
                new GroupSession(1, "Första träffen", AT, "Nytt ett, som sparades", "Bo", AT.plusSeconds(60)),
                BEFORE.get(1), BEFORE.get(2));
        Map<Long, String> typed = new HashMap<>();
        typed.put(1L, "Nytt ett, <b>som</b> sparades");
        typed.put(2L, "Ändrat två, inte sparat");
        typed.put(3L, "Nytt tre, inte sparat");

        Map<Long, String> shown = GroupBacking.conclusionsAfterSaving(BEFORE, after, typed, 1L);

        assertEquals(Map.of(1L, "Nytt ett, som sparades", 2L, "Ändrat två, inte sparat", 3L, "Nytt tre, inte sparat"), shown,
                "the saved session shows what was stored; the others what was typed");
    }

    @Test
    void onOpeningTheStoredConclusionsAreShown() {
        Map<Long, String> shown = GroupBacking.conclusionsAfterSaving(List.of(), BEFORE, Map.of(), null);
        Map<Long, String> stored = new HashMap<>();
        stored.put(1L, "Sparat ett");
        stored.put(2L, "Sparat två");
        stored.put(3L, null);
        assertEquals(stored, shown);
    }

    @Test
    void textsNobodyEditedFollowTheDatabaseAndSessionsThatAreGoneAreDropped() {
        List<GroupSession> after = List.of(BEFORE.get(0),
                new GroupSession(2, "Andra träffen", AT, "Bo skrev om två", "Bo", AT.plusSeconds(60)), BEFORE.get(2));
        Map<Long, String> typed = new HashMap<>();
        typed.put(1L, "Ändrat ett, inte sparat");
        typed.put(2L, "Sparat två");
        typed.put(3L, "");
        typed.put(9L, "En träff som inte längre är gruppens");

        Map<Long, String> shown = GroupBacking.conclusionsAfterSaving(BEFORE, after, typed, null);

        assertEquals("Ändrat ett, inte sparat", shown.get(1L));
        assertEquals("Bo skrev om två", shown.get(2L), "not edited here: someone else's save shows");
        assertEquals(null, shown.get(3L), "an empty box is no edit");
        assertFalse(shown.containsKey(9L));
    }
}
