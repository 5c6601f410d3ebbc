package se.stjarnbild.webapp.demo;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.groups.AgeBand;
import se.stjarnbild.model.feedback.FeedbackAnswer;
import se.stjarnbild.model.feedback.FeedbackInvitation;
import se.stjarnbild.model.feedback.FeedbackRound;
import se.stjarnbild.model.feedback.GroupConclusion;
import se.stjarnbild.model.groups.GroupMember;
import se.stjarnbild.model.groups.Recruitment;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.meetings.Meeting;
import se.stjarnbild.model.meetings.MeetingKind;
import se.stjarnbild.model.users.AppUser;

/**
 * Demo members of the reference groups and one feedback round with a few answers, so that the
 * results and the coverage have something to show, gaps included: "Inflyttare" has no members,
 * Hotagen's group nobody under 30. Names and addresses are made up.
 */
final class DemoReferenceGroups {

    private static final SecureRandom RANDOM = new SecureRandom();

    private record MemberFact(String name, String email, String address, String group, AgeBand age) {
    }

    private static final List<MemberFact> MEMBERS = List.of(
            new MemberFact("Elsa Demo", "elsa.demo@example.se", null, "Ungdomar", AgeBand.UNDER_20),
            new MemberFact("Noah Demo", "noah.demo@example.se", null, "Ungdomar", AgeBand.UNDER_20),
            new MemberFact("Amira Demo", "amira.demo@example.se", null, "Utlandsfödda", AgeBand.FROM_30_TO_44),
            new MemberFact("Jonas Demo", "jonas.demo@example.se", null, "Företagare", AgeBand.FROM_45_TO_64),
            new MemberFact("Karin Demo", null, "Byvägen 3\n833 95 Strömsund (demo)", "Företagare", AgeBand.FROM_65),
            new MemberFact("Per Demo", null, "Storgatan 1\n830 51 Hotagen (demo)", "Hotagen", AgeBand.FROM_65),
            new MemberFact("Lena Demo", "lena.demo@example.se", null, "Hotagen", AgeBand.FROM_45_TO_64),
            new MemberFact("Oskar Demo", "oskar.demo@example.se", null, "Föllinge/Laxsjö", AgeBand.FROM_20_TO_29),
            new MemberFact("Sara Demo", "sara.demo@example.se", null, "Offerdal/Rönnöfors", AgeBand.FROM_30_TO_44),
            new MemberFact("Ali Demo", "ali.demo@example.se", null, "Ås/Krokom/Näskott", AgeBand.FROM_20_TO_29),
            new MemberFact("Maja Demo", "maja.demo@example.se", null, "Trångsviken/Alsen/Kluk", null));

    private DemoReferenceGroups() {
    }

    static void load(EntityManager em, int year) {
        Map<String, ReferenceGroup> groups = new HashMap<>();
        em.createNamedQuery(ReferenceGroup.ALL, ReferenceGroup.class).getResultStream().forEach(g -> groups.put(g.getName(), g));
        AppUser contact = em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", "handlaggare").getResultStream().findFirst().orElse(null);
        groups.values().forEach(g -> g.setContact(contact));
        LocalDate joined = LocalDate.of(year, 8, 20);
        Map<String, GroupMember> members = new HashMap<>();
        for (MemberFact fact : MEMBERS) {
            GroupMember member = new GroupMember(fact.name(), joined);
            member.setEmail(fact.email());
            member.setPostalAddress(fact.address());
            member.setRecruitedHow(Recruitment.INVITED_BY_STAFF);
            member.setConsent(true, joined);
            member.setAgeBand(fact.age());
            member.getGroups().add(groups.get(fact.group()));
            em.persist(member);
            members.put(fact.name(), member);
        }
        ZoneId zone = ZoneId.of("Europe/Stockholm");
        LocalDate sessionDay = LocalDate.of(year, 9, 15);
        Meeting session = new Meeting(MeetingKind.GROUP_SESSION, "Referensgruppen Hotagen träffas (demo)",
                sessionDay.atTime(18, 0).atZone(zone).toInstant(), sessionDay.atTime(20, 0).atZone(zone).toInstant());
        session.getReferenceGroups().add(groups.get("Hotagen"));
        em.persist(session);
        GroupConclusion conclusion = new GroupConclusion(groups.get("Hotagen"), session);
        conclusion.write("Fisket i Hotagsströmmen är det som gör oss kända. Gruppen vill att fler unga bjuds in (demo).",
                "handlaggare", sessionDay.atTime(21, 0).atZone(zone).toInstant());
        em.persist(conclusion);
        List<Star> stars = em.createQuery("select s from Star s order by s.title", Star.class).getResultList();
        FeedbackRound round = new FeedbackRound("Första stjärnorna (demo)", LocalDate.of(year, 11, 30), "handlaggare",
                LocalDate.of(year, 10, 20).atStartOfDay(zone).toInstant());
        for (String name : List.of("Ungdomar", "Företagare", "Hotagen", "Föllinge/Laxsjö")) {
            round.getGroups().add(groups.get(name));
        }
        round.getStars().addAll(stars);
        em.persist(round);
        Instant answered = LocalDate.of(year, 10, 24).atTime(19, 5).atZone(zone).toInstant();
        for (MemberFact fact : MEMBERS) {
            if (!round.getGroups().contains(groups.get(fact.group()))) {
                continue;
            }
            FeedbackInvitation invitation = new FeedbackInvitation(round, members.get(fact.name()), groups.get(fact.group()),
                    token());
            em.persist(invitation);
            if (fact.name().equals("Elsa Demo") || fact.name().equals("Jonas Demo") || fact.name().equals("Lena Demo")) {
                int rating = fact.name().equals("Jonas Demo") ? 5 : 4;
                for (Star star : stars) {
                    FeedbackAnswer answer = new FeedbackAnswer(invitation, star);
                    answer.answer(rating, rating - 1, fact.name().equals("Lena Demo")
                            ? "Det här stämmer, men säg det med våra egna ord (demo)." : null);
                    em.persist(answer);
                }
                invitation.answered(answered);
            }
        }
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
