package se.stjarnbild.referencegroups.internal;

import se.stjarnbild.model.SwedishOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.feedback.FeedbackAnswer;
import se.stjarnbild.model.feedback.FeedbackInvitation;
import se.stjarnbild.model.feedback.FeedbackRound;
import se.stjarnbild.model.groups.GroupMember;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.referencegroups.MemberRow;
import se.stjarnbild.referencegroups.StarResults;

/** Names and titles sort as in a Swedish dictionary, not by code point (where Ä comes before Å and Z before a). */
class SwedishOrderTest {

    private static final List<String> SWEDISH = List.of("berg", "Zorn", "Åsa", "Ärla", "Östen");

    @Test
    void aaAeOeComeAfterZInThatOrderAndCapitalsDoNotComeFirst() {
        List<String> names = new ArrayList<>(List.of("Östen", "Ärla", "Zorn", "Åsa", "berg"));
        names.sort(SwedishOrder.texts());
        assertEquals(SWEDISH, names);
        List<String> withMissing = new ArrayList<>(List.of("Åsa", "berg"));
        withMissing.add(0, null);
        withMissing.sort(SwedishOrder.texts());
        assertEquals(java.util.Arrays.asList("berg", "Åsa", null), withMissing, "an erased member (no name) last");
    }

    @Test
    void theMembersListIsInSwedishOrderWithErasedMembersLast() {
        List<MemberRow> rows = List.of(row(1, "Ärla Persson", false), row(2, null, true), row(3, "Åsa Nilsson", false),
                row(4, "bo Ek", false), row(5, "Zara Berg", false));
        assertEquals(List.of(4L, 5L, 3L, 1L, 2L), JpaMembers.inSwedishOrder(rows).stream().map(MemberRow::id).toList());
    }

    @Test
    void aMembersPageShowsTheStarsInSwedishOrder() throws Exception {
        FeedbackRound round = new FeedbackRound("Hösten", LocalDate.of(2026, 10, 30), "handlaggare", Instant.EPOCH);
        long id = 1;
        for (String title : List.of("Östen", "Ärla", "Zorn", "Åsa", "berg")) {
            round.getStars().add(withId(new Star(title), id++));
        }
        FeedbackInvitation invitation = new FeedbackInvitation(round, new GroupMember("Anna", LocalDate.EPOCH),
                ReferenceGroup.forTargetGroup("Ungdomar", null), "token");
        assertEquals(SWEDISH, JpaFeedback.starsOf(invitation).stream().map(Star::getTitle).toList());
    }

    @Test
    void resultsAreInSwedishOrderByStarAndByGroup() throws Exception {
        FeedbackRound round = new FeedbackRound("Hösten", LocalDate.of(2026, 10, 30), "handlaggare", Instant.EPOCH);
        List<FeedbackAnswer> answers = new ArrayList<>();
        long id = 100;
        List<ReferenceGroup> groups = new ArrayList<>();
        for (String name : List.of("Östersund", "Ärla", "Åsarna", "bygden")) {
            groups.add(withId(ReferenceGroup.forTargetGroup(name, null), id++));
        }
        for (String title : List.of("Östen", "Ärla", "Zorn", "Åsa", "berg")) {
            Star star = withId(new Star(title), id++);
            for (ReferenceGroup group : groups) {
                FeedbackInvitation invitation = new FeedbackInvitation(round,
                        withId(new GroupMember("M" + id, LocalDate.EPOCH), id++), group, "t" + id);
                FeedbackAnswer answer = withId(new FeedbackAnswer(invitation, star), id++);
                answer.answer(3, 4, "om " + title);
                answers.add(answer);
            }
        }
        List<StarResults> results = Results.perStar(answers);
        assertEquals(SWEDISH, results.stream().map(StarResults::title).toList());
        List<String> groupOrder = List.of("bygden", "Åsarna", "Ärla", "Östersund");
        assertEquals(groupOrder, results.get(0).groups().stream().map(g -> g.group()).toList());
        assertEquals(groupOrder, results.get(0).comments().stream().map(c -> c.group()).toList());
    }

    private static MemberRow row(long id, String name, boolean erased) {
        return new MemberRow(id, name, null, null, List.of(), LocalDate.EPOCH, null, null, erased);
    }

    private static <T extends BaseEntity> T withId(T entity, long id) throws ReflectiveOperationException {
        Field field = BaseEntity.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(entity, id);
        return entity;
    }
}
