package se.stjarnbild.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stjarnbild.dialogue.QuoteDetails;
import se.stjarnbild.dialogue.Quotes;
import se.stjarnbild.dialogue.StarInput;
import se.stjarnbild.dialogue.Stars;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.StarStatus;
import se.stjarnbild.model.groups.AgeBand;
import se.stjarnbild.model.groups.Recruitment;
import se.stjarnbild.referencegroups.AnswerInput;
import se.stjarnbild.referencegroups.Coverage;
import se.stjarnbild.referencegroups.CoverageCell;
import se.stjarnbild.referencegroups.Feedback;
import se.stjarnbild.referencegroups.FeedbackForm;
import se.stjarnbild.referencegroups.FeedbackRounds;
import se.stjarnbild.referencegroups.GroupRatings;
import se.stjarnbild.referencegroups.MemberInput;
import se.stjarnbild.referencegroups.Members;
import se.stjarnbild.referencegroups.ReferenceGroupOverview;
import se.stjarnbild.referencegroups.RoundDetails;
import se.stjarnbild.referencegroups.RoundInput;
import se.stjarnbild.referencegroups.StarResults;

/**
 * A whole feedback round in the container: members added (twice is refused), a round opened,
 * answered through personal links, refused for forged tokens and bad ratings with nothing
 * changed, reminded, closed; then results, a comment taken as a quote, coverage, and erasure.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceGroupsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Deployment
    static WebArchive deployment() {
        return ProductWar.asBuilt();
    }

    @Inject
    private Members members;

    @Inject
    private FeedbackRounds rounds;

    @Inject
    private Feedback feedback;

    @Inject
    private Coverage coverage;

    @Inject
    private ReferenceGroupOverview groups;

    @Inject
    private Stars stars;

    @Inject
    private Quotes quotes;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    private final String run = Long.toString(System.nanoTime(), 36);

    private long group(String name) {
        return groups.groups().stream().filter(g -> g.name().equals(name)).findFirst().orElseThrow().id();
    }

    private long member(String name, String email, long group, AgeBand age) {
        return members.save(null, 0, new MemberInput(name, email, null, "Byvägen 1", Set.of(group), TODAY, null,
                Recruitment.OPEN_MEETING, true, TODAY, age, null, null, null));
    }

    @Inject
    private se.stjarnbild.referencegroups.internal.MemberRetention retention;

    @Test
    void retentionErasesExactlyTheMembersWhoLeftLongerAgoThanThePeriodAndKeepsTheirAnswersCount() {
        long group = group("Hotagen");
        LocalDate longAgo = TODAY.minusDays(400);
        long leftLongAgo = members.save(null, 0, new MemberInput("Gammal Medlem " + run, "gammal-" + run + "@example.se", null,
                "Byvägen 2", Set.of(group), longAgo, TODAY.minusDays(91), Recruitment.OPEN_MEETING, true, longAgo, null, null, null, null));
        long leftRecently = members.save(null, 0, new MemberInput("Nyss Slutat " + run, "nyss-" + run + "@example.se", null,
                "Byvägen 3", Set.of(group), longAgo, TODAY.minusDays(89), Recruitment.OPEN_MEETING, true, longAgo, null, null, null, null));
        long stillIn = member("Kvar " + run, "kvar-" + run + "@example.se", group, AgeBand.FROM_30_TO_44);

        int erased = retention.removeExpired(java.time.Instant.now());

        assertTrue(erased >= 1, "at least the member who left 91 days ago");
        assertTrue(members.find(leftLongAgo).orElseThrow().erased(), "left 91 days ago: erased");
        assertFalse(members.find(leftRecently).orElseThrow().erased(), "left 89 days ago: kept");
        assertFalse(members.find(stillIn).orElseThrow().erased(), "still a member: kept");
        assertEquals(0, retention.removeExpired(java.time.Instant.now()), "a second run (another server) finds nothing left");
        assertEquals(1L, em.createQuery("select count(a) from AuditEntry a where a.action = :retention and a.entity = 'GroupMember'"
                + " and a.at >= :since", Long.class).setParameter("retention", se.stjarnbild.model.audit.AuditAction.RETENTION)
                .setParameter("since", java.time.Instant.now().minusSeconds(60)).getSingleResult(), "reported once");
    }

    private String token(long roundId, long memberId) {
        return em.createQuery("select i.token from FeedbackInvitation i where i.round.id = :round and i.member.id = :member",
                String.class).setParameter("round", roundId).setParameter("member", memberId).getSingleResult();
    }

    private static List<String> refusedFields(Runnable action) {
        Throwable thrown = assertThrows(Exception.class, action::run);
        while (thrown instanceof EJBException && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        assertTrue(thrown instanceof RefusedException, "refused, not " + thrown);
        return ((RefusedException) thrown).problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aWholeRoundFromOpeningToResultsCoverageAndAQuote() {
        long youth = group("Ungdomar");
        long star = stars.save(null, 0, new StarInput("Skoterleder " + run, "Leder genom fjällen.", Set.of(), StarStatus.PROPOSED));
        long anna = member("Anna " + run, "Anna." + run + "@Example.se", youth, AgeBand.UNDER_20);
        long bo = member("Bo " + run, "bo." + run + "@example.se", youth, AgeBand.FROM_20_TO_29);
        long underscore = member("Ulla " + run, "ulla_berg" + run + "@example.se", youth, AgeBand.FROM_30_TO_44);
        member("Ulla X " + run, "ullaxberg" + run + "@example.se", youth, AgeBand.FROM_30_TO_44);
        assertEquals(List.of(underscore), members.page(new se.stjarnbild.referencegroups.MemberFilter(null, "ulla_berg" + run, false), 0, 10)
                .stream().map(r -> r.id()).toList(), "_ is searched as itself, not as any character");
        assertEquals(List.of("email:member.email.taken"), refusedFields(() -> member("Anna igen", " anna." + run + "@example.SE ", youth, null)));

        assertEquals(List.of("title:round.title.required", "stars:round.stars.required"),
                refusedFields(() -> rounds.open(new RoundInput(" ", TODAY.plusDays(7), Set.of(youth), Set.of()))));
        assertEquals(List.of("groups:round.groups.required"),
                refusedFields(() -> rounds.open(new RoundInput("Utan grupper", TODAY.plusDays(7), Set.of(), Set.of(star)))));
        CoverageCell before = coverage.report().cell(youth, star);

        long round = rounds.open(new RoundInput("Runda " + run, TODAY.plusDays(7), Set.of(youth), Set.of(star)));
        String annasToken = token(round, anna);
        String bosToken = token(round, bo);
        assertFalse(annasToken.equals(bosToken));

        feedback.answer(annasToken, List.of(new AnswerInput(star, 4, 5, "<script>alert(1)</script>Bästa <b>lederna</b>")),
                "Fäbodarna");
        assertEquals(List.of("truth-" + star + ":feedback.rating.range"),
                refusedFields(() -> feedback.answer(annasToken, List.of(new AnswerInput(star, 9, 1, "ändrat")), null)));
        assertEquals(List.of(":feedback.token.unknown"),
                refusedFields(() -> feedback.answer("A".repeat(43), List.of(new AnswerInput(star, 1, 1, null)), null)));
        FeedbackForm annas = feedback.byToken(annasToken).orElseThrow();
        assertEquals(4, annas.stars().get(0).truth());
        assertEquals("Bästa lederna", annas.stars().get(0).comment());
        assertEquals("Fäbodarna", annas.proposal());
        FeedbackForm bos = feedback.byToken(bosToken).orElseThrow();
        assertNull(bos.stars().get(0).truth(), "a member never sees another member's answers");
        assertTrue(feedback.byToken("forged").isEmpty());

        RoundDetails asked = rounds.find(round).orElseThrow();
        long activeMembers = groups.details(youth).orElseThrow().members();
        assertEquals(activeMembers, asked.invited(), "every current member of the group is asked once");
        long waitingWithEmail = asked.invitations().stream().filter(i -> i.answeredAt() == null && i.hasEmail()).count();
        assertTrue(asked.invitations().stream().anyMatch(i -> i.member().equals("Bo " + run) && i.answeredAt() == null));
        assertEquals(new se.stjarnbild.referencegroups.Reminded(0, (int) waitingWithEmail), rounds.remind(round),
                "everyone waiting with e-mail got the invitation when the round opened: no second mail the same day");
        RoundDetails details = rounds.find(round).orElseThrow();
        assertEquals(1, details.answered());
        assertEquals(Math.round(100.0 / details.invited()), details.percent());
        assertEquals("Fäbodarna", details.proposals().get(0).text());

        rounds.close(round);
        assertEquals(List.of(":feedback.closed"),
                refusedFields(() -> feedback.answer(bosToken, List.of(new AnswerInput(star, 1, 1, "för sent")), null)));
        assertFalse(feedback.byToken(bosToken).orElseThrow().open());
        assertNull(feedback.byToken(bosToken).orElseThrow().stars().get(0).truth());

        StarResults results = rounds.results(round).get(0);
        GroupRatings ratings = results.groups().get(0);
        assertEquals("Ungdomar", ratings.group());
        assertEquals(1, ratings.truth().count(4));
        assertEquals(5.0, ratings.uniqueness().median());
        assertEquals(1, results.comments().size());

        long quote = rounds.takeAsQuote(results.comments().get(0).answerId());
        assertEquals(quote, rounds.takeAsQuote(results.comments().get(0).answerId()), "taking a comment twice keeps one quote");
        QuoteDetails kept = quotes.find(quote).orElseThrow();
        assertEquals("Bästa lederna", kept.text());
        assertEquals(QuoteSource.REFERENCE_GROUP, kept.source());
        assertTrue(stars.evidenceIds(star).contains(quote));

        CoverageCell after = coverage.report().cell(youth, star);
        assertEquals(before.asked() + activeMembers, after.asked());
        assertEquals(before.answered() + 1, after.answered());
    }

    @Test
    void anErasedMemberLosesTheirDataAndLinkButTheirAnswersStayAnonymous() {
        long hotagen = group("Hotagen");
        long star = stars.save(null, 0, new StarInput("Älgjakt " + run, null, Set.of(), StarStatus.PROPOSED));
        long cecilia = member("Cecilia " + run, "cecilia." + run + "@example.se", hotagen, AgeBand.FROM_65);
        long round = rounds.open(new RoundInput("Raderas " + run, TODAY, Set.of(hotagen), Set.of(star)));
        String token = token(round, cecilia);
        feedback.answer(token, List.of(new AnswerInput(star, 2, 3, "Jakten är vår")), null);
        rounds.remind(round);

        members.erase(cecilia);

        var erased = members.find(cecilia).orElseThrow();
        assertTrue(erased.erased());
        assertNull(erased.input().name());
        assertNull(erased.input().email());
        assertNull(erased.input().ageBand());
        assertTrue(feedback.byToken(token).isEmpty(), "an erased member's link no longer opens anything");
        assertEquals(0L, em.createQuery("select count(m) from MailMessage m where m.recipient = :r", Long.class)
                .setParameter("r", "cecilia." + run + "@example.se").getSingleResult());
        StarResults results = rounds.results(round).get(0);
        assertEquals(1, results.all().truth().total());
        assertEquals("Jakten är vår", results.comments().get(0).text());
        assertEquals(List.of(":member.erased"), refusedFields(() -> members.erase(cecilia)));
    }
}
