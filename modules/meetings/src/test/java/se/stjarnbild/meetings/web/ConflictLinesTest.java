package se.stjarnbild.meetings.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stjarnbild.meetings.scheduling.Conflict;
import se.stjarnbild.meetings.scheduling.ConflictKind;

class ConflictLinesTest {

    private static final Instant AT = Instant.parse("2026-10-08T16:00:00Z");
    private static final ConflictLines.Texts TEXTS = (key, args) -> key + Arrays.toString(args);

    private static Conflict clash(ConflictKind kind, long meeting, long subject) {
        return new Conflict(kind, meeting, "Möte " + meeting, AT, AT.plusSeconds(3600), subject);
    }

    @Test
    void organisersAndGroupsAreNamedAndMembersCountedOncePerMeeting() {
        List<String> lines = ConflictLines.of(List.of(
                        clash(ConflictKind.VENUE, 1, 9),
                        clash(ConflictKind.ORGANISER, 1, 5),
                        clash(ConflictKind.GROUP, 2, 7),
                        clash(ConflictKind.MEMBER, 3, 100), clash(ConflictKind.MEMBER, 3, 101), clash(ConflictKind.MEMBER, 3, 101),
                        clash(ConflictKind.MEMBER, 4, 100)),
                Map.of(5L, "Olle Organisatör"), Map.of(7L, "Ungdomar"), c -> "kl. 18", TEXTS);
        assertEquals(List.of(
                "conflict.VENUE[Möte 1, kl. 18]",
                "conflict.ORGANISER.named[Möte 1, kl. 18, Olle Organisatör]",
                "conflict.GROUP.named[Möte 2, kl. 18, Ungdomar]",
                "conflict.MEMBER.many[Möte 3, kl. 18, 2]",
                "conflict.MEMBER[Möte 4, kl. 18]"), lines);
    }

    @Test
    void anOrganiserNoLongerInTheListIsStillAClashWithoutAName() {
        assertEquals(List.of("conflict.ORGANISER[Möte 1, kl. 18]"),
                ConflictLines.of(List.of(clash(ConflictKind.ORGANISER, 1, 5)), Map.of(), Map.of(), c -> "kl. 18", TEXTS));
    }
}
