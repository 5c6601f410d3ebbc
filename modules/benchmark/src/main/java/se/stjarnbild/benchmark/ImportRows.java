package se.stjarnbild.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The rows of an interview spreadsheet as staff would fill it in (one row per quote, several
 * quotes per interview), over the districts, villages and places of a generated database. The
 * same rows are written as the import's CSV and inserted by a raw JDBC batch, to compare the two.
 */
final class ImportRows {

    private static final String HEADER = "intervju;datum;kommundel;by;plats;intervjuare;kategori;hemort;samtycke;"
            + "samtyckesdatum;anteckningar;citat;tillskrivning";
    private static final String[] CATEGORIES = {"besökare", "besökare", "boende", "företagare", "fritidsboende"};
    private static final String[] CATEGORY_CODES = {"VISITOR", "VISITOR", "RESIDENT", "BUSINESS_OWNER", "SUMMER_RESIDENT"};
    private static final String[] ATTRIBUTIONS = {"anonym", "anonym", "anonym", "plats", "företag"};
    private static final String[] ATTRIBUTION_CODES = {"ANONYMOUS", "ANONYMOUS", "ANONYMOUS", "PLACE_ONLY", "NAMED_BUSINESS"};

    record Geography(long districtId, String district, long villageId, String village, Long placeId, String place) {
    }

    record Row(int interview, LocalDate date, Geography where, String interviewer, int category, String homeRegion,
            String notes, String quote, int attribution) {
    }

    private final List<Row> rows;
    private long lastCommitMillis;

    private ImportRows(List<Row> rows) {
        this.rows = rows;
    }

    int size() {
        return rows.size();
    }

    int interviews() {
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).interview();
    }

    /** {@code count} quote rows in interviews of 1–6 quotes, in July of {@code year}. */
    static ImportRows generate(String url, String user, String password, int count, long seed, int year) throws SQLException {
        List<Geography> geography = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, user, password);
             Statement select = db.createStatement();
             ResultSet r = select.executeQuery("select d.id, d.name, v.id, v.name, p.id, p.name from village v "
                     + "join district d on d.id = v.district_id left join place p on p.village_id = v.id order by v.id, p.id")) {
            while (r.next()) {
                Long placeId = r.getObject(5) == null ? null : r.getLong(5);
                geography.add(new Geography(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), placeId,
                        r.getString(6)));
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        SwedishText text = new SwedishText(random.split());
        List<Row> rows = new ArrayList<>(count);
        int interview = 0;
        while (rows.size() < count) {
            interview++;
            Geography where = geography.get(random.nextInt(geography.size()));
            LocalDate date = LocalDate.of(year, 7, 1 + random.nextInt(31));
            // Each file has interviewers of its own: a second file with the same interviewer, day, district and
            // words would be the same interviews imported again, which the import refuses.
            String interviewer = "Import " + seed + "-" + (1 + random.nextInt(12));
            int category = random.nextInt(CATEGORIES.length);
            String notes = text.notes(where.village(), where.place());
            int quotes = Math.min(count - rows.size(), 1 + random.nextInt(6));
            java.util.Set<String> said = new java.util.HashSet<>();
            for (int q = 0; q < quotes; q++) {
                // The import refuses a row identical to an earlier one, as staff would want: say each thing once.
                String quote;
                do {
                    quote = text.sentence(text.topic(), where.village(), where.place());
                } while (!said.add(quote));
                rows.add(new Row(interview, date, where, interviewer, category, category < 2 ? "Stockholm" : "",
                        notes, quote, random.nextInt(ATTRIBUTIONS.length)));
            }
        }
        return new ImportRows(rows);
    }

    /** The CSV as Excel in Sweden saves it: UTF-8 with a byte-order mark, semicolons, CRLF. */
    void writeCsv(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\ufeff');
            out.write(HEADER);
            out.write("\r\n");
            for (Row row : rows) {
                out.write(String.join(";", String.valueOf(row.interview()), row.date().toString(), cell(row.where().district()),
                        cell(row.where().village()), row.where().place() == null ? "" : cell(row.where().place()),
                        row.interviewer(), CATEGORIES[row.category()], row.homeRegion(), "ja", row.date().toString(),
                        cell(row.notes()), cell(row.quote()), ATTRIBUTIONS[row.attribution()]));
                out.write("\r\n");
            }
        }
    }

    /** A CSV cell, quoted when it holds a separator, a quote mark or a line break. */
    private static String cell(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /**
     * The same rows by a plain JDBC batch in one transaction: what the database needs at least.
     * Ids come from a block above the highest in use; returns the milliseconds from the first
     * statement to the commit.
     */
    /** The commit's share of the last raw insert, to compare with the import's (which the server logs). */
    long lastCommitMillis() {
        return lastCommitMillis;
    }

    long insertByJdbc(String url, String user, String password) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            long nextId;
            try (Statement max = db.createStatement();
                 ResultSet r = max.executeQuery("select greatest((select coalesce(max(id), 0) from quote), "
                         + "(select coalesce(max(id), 0) from interview)) + 1000000")) {
                r.next();
                nextId = r.getLong(1);
            }
            long started = System.nanoTime();
            try (PreparedStatement interview = db.prepareStatement("insert into interview (id, version, interview_date, "
                    + "district_id, village_id, place_id, interviewer, respondent_category, home_region, consent_given, "
                    + "consent_date, notes, created_at) values (?, 0, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?)");
                 PreparedStatement quote = db.prepareStatement("insert into quote (id, version, text, source, attribution, "
                    + "place_id, village_id, district_id, created_at, interview_id) values (?, 0, ?, 'INTERVIEW', ?, ?, ?, ?, ?, ?)")) {
                Map<Integer, Long> interviewIds = new HashMap<>();
                Timestamp now = new Timestamp(System.currentTimeMillis());
                int batched = 0;
                for (Row row : rows) {
                    Long interviewId = interviewIds.get(row.interview());
                    if (interviewId == null) {
                        interviewId = nextId++;
                        interviewIds.put(row.interview(), interviewId);
                        interview.setLong(1, interviewId);
                        interview.setObject(2, row.date());
                        interview.setLong(3, row.where().districtId());
                        interview.setLong(4, row.where().villageId());
                        interview.setObject(5, row.where().placeId());
                        interview.setString(6, row.interviewer());
                        interview.setString(7, CATEGORY_CODES[row.category()]);
                        interview.setString(8, row.homeRegion().isEmpty() ? null : row.homeRegion());
                        interview.setObject(9, row.date());
                        interview.setString(10, row.notes());
                        interview.setTimestamp(11, now);
                        interview.addBatch();
                    }
                    quote.setLong(1, nextId++);
                    quote.setString(2, row.quote());
                    quote.setString(3, ATTRIBUTION_CODES[row.attribution()]);
                    quote.setObject(4, row.where().placeId());
                    quote.setLong(5, row.where().villageId());
                    quote.setLong(6, row.where().districtId());
                    quote.setTimestamp(7, now);
                    quote.setLong(8, interviewId);
                    quote.addBatch();
                    if (++batched >= 1_000) {
                        interview.executeBatch();
                        quote.executeBatch();
                        batched = 0;
                    }
                }
                interview.executeBatch();
                quote.executeBatch();
            }
            long committing = System.nanoTime();
            db.commit();
            lastCommitMillis = (System.nanoTime() - committing) / 1_000_000;
            return (System.nanoTime() - started) / 1_000_000;
        }
    }
}
