package se.stjarnbild.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The decision document from the large data: the secretary's "generate" posted as the browser
 * posts it, timed end to end, with the server's heap sampled; the server's own log says how long
 * the aggregation took, and the same aggregation written as raw SQL runs on a copy of the database.
 */
final class DocumentBenchmark {

    private static final Pattern TIMING = Pattern.compile(
            "Decision document version (\\d+): facts (\\d+) ms, html (\\d+) ms, pdf (\\d+) ms \\((\\d+) bytes\\), docx (\\d+) ms");

    private DocumentBenchmark() {
    }

    record Generation(double seconds, double peakHeapMegabytes) {
    }

    record Timing(double factsMillis, double pdfMillis, long pdfBytes) {
    }

    /** Posts the draft form's "save and generate" once; fails unless the server redirects to the versions. */
    static Generation generate(StaffSession session, HeapSampler heap) throws Exception {
        Document page = Jsoup.parse(session.page("reporting/index.xhtml"));
        Element form = page.getElementById("draftForm");
        if (form == null) {
            throw new IllegalStateException("No draft form on /reporting/index.xhtml");
        }
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            String type = input.attr("type");
            if (input.is("textarea")) {
                fields.add(Map.entry(name, input.text()));
            } else if (input.is("select")) {
                Element chosen = input.selectFirst("option[selected]");
                fields.add(Map.entry(name, chosen == null ? "" : chosen.attr("value")));
            } else if (type.equals("checkbox")) {
                if (input.hasAttr("checked")) {
                    fields.add(Map.entry(name, input.attr("value")));
                }
            } else if (!type.equals("submit")) {
                fields.add(new AbstractMap.SimpleEntry<>(name, name.endsWith("registryNumber") ? "KS 2026/1" : input.attr("value")));
            }
        }
        fields.add(Map.entry("draftForm:generate", "generate"));
        heap.reset();
        long start = System.nanoTime();
        int status = session.postForStatus("reporting/index.xhtml", fields);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (status != 302) {
            throw new IllegalStateException("Generating the document answered " + status + " instead of a redirect");
        }
        return new Generation(seconds, heap.peakMegabytes());
    }

    /** The server's own timings of each generation, read from its log. */
    static List<Timing> timings(Path log) throws Exception {
        List<Timing> timings = new ArrayList<>();
        Matcher m = TIMING.matcher(Files.readString(log));
        while (m.find()) {
            timings.add(new Timing(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(4)), Long.parseLong(m.group(5))));
        }
        return timings;
    }

    /**
     * The document's aggregation as raw SQL, query for query as the product asks it (the same
     * grouped counts, the same first 200 quotes per star with their places), on an open, warm
     * connection as the server's pool has one: milliseconds.
     */
    static long rawAggregation(Connection db) throws SQLException {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now();
        consume(db, "select name from district order by sort_order, name");
        consume(db, "select count(*) from interview");
        consume(db, "select extract(year from interview_date) * 100 + extract(month from interview_date) as ym, count(*) "
                + "from interview group by ym order by ym");
        consume(db, "select d.name, count(*) from interview i join district d on d.id = i.district_id group by d.name");
        consume(db, "select respondent_category, count(*) from interview group by respondent_category");
        consume(db, "select mg.reference_group_id, count(*) from meeting m join meeting_reference_group mg "
                + "on mg.meeting_id = m.id where m.status <> 'CANCELLED' group by mg.reference_group_id");
        consume(db, "select g.id, g.name, g.kind, t.name, d.name from reference_group g left join target_group t "
                + "on t.id = g.target_group_id left join district d on d.id = g.district_id order by g.kind desc, g.name");
        consume(db, "select gm.group_id, count(*) from group_member m join group_membership gm on gm.member_id = m.id "
                + "where m.erased_at is null and m.joined_on <= ? and (m.left_on is null or m.left_on > ?) group by gm.group_id",
                today, today);
        consume(db, "select i.round_id, count(*), count(i.answered_at) from feedback_invitation i group by i.round_id");
        consume(db, "select r.id, r.title, g.name from feedback_round r left join feedback_round_group rg on rg.round_id = r.id "
                + "left join reference_group g on g.id = rg.group_id order by r.opened_at desc");
        consume(db, "select m.id, m.title, m.starts_at, m.attendance from meeting m where m.kind = 'OPEN_MEETING' "
                + "and m.status <> 'CANCELLED' order by m.starts_at");
        consume(db, "select meeting_id, count(*) from registration where status = 'CONFIRMED' group by meeting_id");
        consume(db, "select i.group_id, s.star_id, count(*) from feedback_invitation i join feedback_round_star s "
                + "on s.round_id = i.round_id group by i.group_id, s.star_id");
        consume(db, "select i.group_id, a.star_id, count(distinct i.id) from feedback_answer a join feedback_invitation i "
                + "on i.id = a.invitation_id where a.truth is not null or a.uniqueness is not null or a.comment is not null "
                + "group by i.group_id, a.star_id");
        consume(db, "select gm.group_id, m.age_band from group_member m join group_membership gm on gm.member_id = m.id "
                + "where m.erased_at is null and m.joined_on <= ? and (m.left_on is null or m.left_on > ?)", today, today);
        consume(db, "select a.id, a.star_id, a.truth, a.uniqueness, a.comment, g.id, g.name from feedback_answer a "
                + "join feedback_invitation i on i.id = a.invitation_id join reference_group g on g.id = i.group_id "
                + "join star s on s.id = a.star_id");
        List<Long> stars = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("select id from star where status = 'CHOSEN'")) {
            while (rows.next()) {
                stars.add(rows.getLong(1));
            }
        }
        for (long star : stars) {
            consume(db, "select d.name, count(*) from star_evidence e join quote q on q.id = e.quote_id "
                    + "left join district d on d.id = q.district_id where e.star_id = ? group by d.name", star);
            consume(db, "select i.respondent_category, count(*) from star_evidence e join quote q on q.id = e.quote_id "
                    + "left join interview i on i.id = q.interview_id where e.star_id = ? group by i.respondent_category", star);
            consume(db, "select q.source, count(*) from star_evidence e join quote q on q.id = e.quote_id "
                    + "where e.star_id = ? group by q.source", star);
            consume(db, "select q.text, q.attribution, p.name, v.name, d.name from star_evidence e join quote q "
                    + "on q.id = e.quote_id left join place p on p.id = q.place_id left join village v on v.id = q.village_id "
                    + "left join district d on d.id = q.district_id where e.star_id = ? order by q.created_at, q.id "
                    + "fetch first 200 rows only", star);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void consume(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                }
            }
        }
    }
}
