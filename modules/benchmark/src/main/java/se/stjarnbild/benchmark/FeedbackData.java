package se.stjarnbild.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What the decision document reads beyond the quotes: chosen stars with a share of the quotes as
 * evidence, members in every reference group, and one feedback round over all groups and stars
 * that most members answered. Inserted by plain JDBC like the rest of the generated data.
 */
final class FeedbackData {

    static final String[] STARS = {"Mathantverk i byarna", "Fiskevatten i världsklass", "Fjällen inpå knuten",
        "Levande bygder", "Samisk kultur", "Vinterns ljus", "Gamla lanthandeln", "Jämtländsk gästfrihet"};
    /** Every EVIDENCE_STEP-th quote backs a star, so each star has about quotes / (EVIDENCE_STEP × stars) × stars. */
    static final int EVIDENCE_STEP = 5;
    static final int MEMBERS_PER_GROUP = 10;

    private FeedbackData() {
    }

    interface Ids {
        long next();
    }

    static int insert(Connection db, Ids ids, SplittableRandom random, int year) throws SQLException {
        List<Long> stars = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement star = db.prepareStatement("insert into star (id, version, title, description, "
                + "whole_municipality, status, created_at) values (?, 1, ?, ?, true, 'CHOSEN', ?)")) {
            for (String title : STARS) {
                long id = ids.next();
                star.setLong(1, id);
                star.setString(2, title);
                star.setString(3, title + " – det som besökare och boende lyfter fram (syntetiskt).");
                star.setTimestamp(4, now);
                star.executeUpdate();
                stars.add(id);
            }
        }
        int evidence = 0;
        try (PreparedStatement link = db.prepareStatement(
                "insert into star_evidence (star_id, quote_id) select ?, id from quote where mod(id, ?) = ?")) {
            for (int i = 0; i < stars.size(); i++) {
                link.setLong(1, stars.get(i));
                link.setLong(2, (long) EVIDENCE_STEP * stars.size());
                link.setLong(3, (long) i * EVIDENCE_STEP);
                evidence += link.executeUpdate();
            }
        }
        List<long[]> members = new ArrayList<>();
        try (Statement groups = db.createStatement(); var rows = groups.executeQuery("select id from reference_group order by id");
             PreparedStatement member = db.prepareStatement("insert into group_member (id, version, name, email, joined_on, "
                     + "recruited_how, consent_given, consent_date, age_band) values (?, 1, ?, ?, ?, 'OPEN_MEETING', true, ?, ?)");
             PreparedStatement membership = db.prepareStatement("insert into group_membership (member_id, group_id) values (?, ?)")) {
            String[] ages = {"UNDER_20", "FROM_20_TO_29", "FROM_30_TO_44", "FROM_45_TO_64", "FROM_65"};
            LocalDate joined = LocalDate.of(year, 8, 20);
            while (rows.next()) {
                long group = rows.getLong(1);
                for (int m = 0; m < MEMBERS_PER_GROUP; m++) {
                    long id = ids.next();
                    member.setLong(1, id);
                    member.setString(2, "Medlem " + id + " (syntetisk)");
                    member.setString(3, "medlem" + id + "@example.se");
                    member.setObject(4, joined);
                    member.setObject(5, joined);
                    member.setString(6, ages[random.nextInt(ages.length)]);
                    member.executeUpdate();
                    membership.setLong(1, id);
                    membership.setLong(2, group);
                    membership.executeUpdate();
                    members.add(new long[] {id, group});
                }
            }
        }
        long round = ids.next();
        try (PreparedStatement insert = db.prepareStatement("insert into feedback_round (id, version, title, closes_on, status, "
                + "opened_by, opened_at) values (?, 1, 'Höstens runda (syntetisk)', ?, 'CLOSED', 'admin', ?)")) {
            insert.setLong(1, round);
            insert.setObject(2, LocalDate.of(year, 10, 30));
            insert.setTimestamp(3, now);
            insert.executeUpdate();
        }
        try (Statement link = db.createStatement()) {
            link.executeUpdate("insert into feedback_round_group (round_id, group_id) select " + round + ", id from reference_group");
            link.executeUpdate("insert into feedback_round_star (round_id, star_id) select " + round + ", id from star");
        }
        try (PreparedStatement invitation = db.prepareStatement("insert into feedback_invitation (id, version, round_id, member_id, "
                + "group_id, token, answered_at) values (?, 1, ?, ?, ?, ?, ?)");
             PreparedStatement answer = db.prepareStatement("insert into feedback_answer (id, version, invitation_id, star_id, "
                     + "truth, uniqueness, comment) values (?, 1, ?, ?, ?, ?, ?)")) {
            for (long[] member : members) {
                long id = ids.next();
                boolean answered = random.nextInt(10) < 7;
                invitation.setLong(1, id);
                invitation.setLong(2, round);
                invitation.setLong(3, member[0]);
                invitation.setLong(4, member[1]);
                invitation.setString(5, String.format("%043d", id));
                invitation.setTimestamp(6, answered ? now : null);
                invitation.executeUpdate();
                if (!answered) {
                    continue;
                }
                for (long star : stars) {
                    answer.setLong(1, ids.next());
                    answer.setLong(2, id);
                    answer.setLong(3, star);
                    answer.setInt(4, 1 + random.nextInt(5));
                    answer.setInt(5, 1 + random.nextInt(5));
                    answer.setString(6, random.nextInt(4) == 0 ? "En kommentar om stjärnan (syntetisk)." : null);
                    answer.addBatch();
                }
            }
            answer.executeBatch();
        }
        return evidence;
    }
}
