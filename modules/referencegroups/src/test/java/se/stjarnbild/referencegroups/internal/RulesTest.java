package se.stjarnbild.referencegroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.model.groups.Recruitment;
import se.stjarnbild.referencegroups.AnswerInput;
import se.stjarnbild.referencegroups.MemberInput;
import se.stjarnbild.referencegroups.RoundInput;

/** The rules a member, a round and a member's answers must meet; each problem names its field. */
class RulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    private static MemberInput member(String name, String email, Set<Long> groups, boolean consent, LocalDate consentDate) {
        return new MemberInput(name, email, null, null, groups, TODAY, null, Recruitment.OPEN_MEETING, consent,
                consentDate, null, null, null, null);
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    @Test
    void aCompleteMemberPasses() {
        assertEquals(List.of(), MemberRules.check(member("Anna", "anna@example.se", Set.of(1L), true, TODAY), TODAY));
        assertEquals(List.of(), MemberRules.check(member("Anna", null, Set.of(1L), true, TODAY), TODAY));
    }

    @Test
    void aMemberNeedsANameAGroupAndConsentWithItsDate() {
        assertEquals(List.of("name", "groups", "consentGiven"),
                fields(MemberRules.check(member(" ", null, Set.of(), false, null), TODAY)));
        assertEquals(List.of("consentDate"), fields(MemberRules.check(member("Anna", null, Set.of(1L), true, null), TODAY)));
        assertEquals(List.of("consentDate"),
                fields(MemberRules.check(member("Anna", null, Set.of(1L), true, TODAY.plusDays(1)), TODAY)));
    }

    @Test
    void aPhoneNumberIsWrittenInDigits() {
        for (String good : List.of("070-123 45 67", "+46 (0)640 123 45", "0640-16100")) {
            MemberInput m = new MemberInput("Anna", null, good, null, Set.of(1L), TODAY, null, Recruitment.OTHER, true, TODAY,
                    null, null, null, null);
            assertEquals(List.of(), fields(MemberRules.check(m, TODAY)), good);
        }
        for (String bad : List.of("abc", "070", "ring mig")) {
            MemberInput m = new MemberInput("Anna", null, bad, null, Set.of(1L), TODAY, null, Recruitment.OTHER, true, TODAY,
                    null, null, null, null);
            assertEquals(List.of("phone"), fields(MemberRules.check(m, TODAY)), bad);
        }
    }

    @Test
    void badEmailsLeavingBeforeJoiningAndImpossibleYearsAreRefused() {
        assertEquals(List.of("email"), fields(MemberRules.check(member("Anna", "anna@", Set.of(1L), true, TODAY), TODAY)));
        MemberInput backwards = new MemberInput("Anna", null, null, null, Set.of(1L), TODAY, TODAY.minusDays(1),
                Recruitment.OTHER, true, TODAY, null, null, 121, null);
        assertEquals(List.of("leftOn", "yearsHere"), fields(MemberRules.check(backwards, TODAY)));
    }

    @Test
    void emailsAreComparedTrimmedAndInLowerCase() {
        assertEquals("anna@example.se", MemberRules.normalEmail("  Anna@Example.SE "));
        assertEquals(null, MemberRules.normalEmail("   "));
    }

    @Test
    void aRoundNeedsATitleAFutureLastDayGroupsAndStars() {
        assertEquals(List.of(), RoundRules.check(new RoundInput("Höst", TODAY, Set.of(1L), Set.of(2L)), TODAY));
        assertEquals(List.of("title", "closesOn", "groups", "stars"),
                fields(RoundRules.check(new RoundInput("", TODAY.minusDays(1), Set.of(), Set.of()), TODAY)));
        assertEquals(List.of("closesOn"), fields(RoundRules.check(new RoundInput("Höst", null, Set.of(1L), Set.of(2L)), TODAY)));
    }

    @Test
    void aRoundClosedEarlyClosedOnTheDayStaffClosedItInStockholm() {
        LocalDate lastDay = LocalDate.of(2026, 10, 30);
        assertEquals(lastDay, RoundRules.closedOn(null, lastDay), "not closed by staff: its last day");
        assertEquals(LocalDate.of(2026, 9, 11), RoundRules.closedOn(Instant.parse("2026-09-10T22:30:00Z"), lastDay),
                "half past midnight in Stockholm is the next day");
        assertEquals(lastDay, RoundRules.closedOn(Instant.parse("2026-11-15T10:00:00Z"), lastDay),
                "closed after its last day had passed: it had stopped taking answers already");
    }

    @Test
    void answersMustBeOnTheScaleAboutTheRoundsStarsAndNotTooLong() {
        Map<Long, String> stars = Map.of(7L, "Fiskevatten", 8L, "Mathantverk");
        assertEquals(List.of(), AnswerRules.check(List.of(new AnswerInput(7, 1, 5, "Bra"), new AnswerInput(8, null, null, null)),
                "", stars));
        List<Problem> problems = AnswerRules.check(List.of(new AnswerInput(7, 0, 6, "x".repeat(4_001)),
                new AnswerInput(99, 3, 3, null)), "y".repeat(4_001), stars);
        assertEquals(List.of("truth-7", "uniqueness-7", "comment-7", "", "proposal"), fields(problems));
        assertEquals(List.of("Fiskevatten"), problems.get(0).args());
    }

    @Test
    void markupDoesNotCountTowardsTheLengthButTheSameStarTwiceIsRefused() {
        Map<Long, String> stars = Map.of(7L, "Fiskevatten");
        String wrapped = "<b>" + "x".repeat(3_990) + "</b><script>alert(1)</script>";
        assertTrue(AnswerRules.check(List.of(new AnswerInput(7, 3, 3, wrapped)), null, stars).isEmpty());
        assertEquals(List.of(""), fields(AnswerRules.check(List.of(new AnswerInput(7, 3, 3, null),
                new AnswerInput(7, 4, 4, null)), null, stars)));
    }
}
