package se.stjarnbild.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataGeneratorTest {

    @TempDir
    Path dir;

    private String url(String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toAbsolutePath();
    }

    @Test
    void fillsTheProductSchemaAtTheChosenScale() throws SQLException {
        DataGenerator.Result result = new DataGenerator(1).generate(url("small"), "sa", "pw", 2_000);

        try (Connection db = DriverManager.getConnection(url("small"), "sa", "pw")) {
            assertEquals(2_000, count(db, "select count(*) from quote"));
            assertEquals(result.places(), count(db, "select count(*) from place"));
            assertEquals(DataGenerator.placesFor(2_000), result.places());
            assertEquals(5, count(db, "select count(*) from district"));
            assertEquals(9, count(db, "select count(*) from reference_group"));
            assertEquals(1, count(db, "select count(*) from campaign"));
            assertEquals(0, count(db, "select count(*) from quote where district_id is null or village_id is null"));
            assertEquals(0, count(db, "select count(*) from quote q join place p on q.place_id = p.id "
                    + "where q.district_id <> p.district_id"), "a quote about a place lies in the place's district");
            assertTrue(count(db, "select count(*) from theme where parent_id is not null") > 10, "two-level codebook");
            assertEquals(result.interviews(), count(db, "select count(*) from interview"));
            assertTrue(result.interviews() >= 2_000 / 7 && result.interviews() <= 2_000, "one to seven quotes an interview");
            assertEquals(0, count(db, "select count(*) from quote where interview_id is null"));
            assertEquals(0, count(db, "select count(*) from quote q join interview i on q.interview_id = i.id "
                    + "where q.district_id <> i.district_id or q.village_id <> i.village_id"), "a quote is about where its interview was");
            assertEquals(0, count(db, "select count(*) from interview where extract(month from interview_date) <> 7"),
                    "the interviews took place in July");
            assertEquals(DataGenerator.BENCHMARK_MEETINGS, result.registrationMeetingIds().size());
            for (long meeting : result.registrationMeetingIds()) {
                assertEquals(0, count(db, "select count(*) from registration where meeting_id = " + meeting),
                        "the registration benchmark's meetings start empty");
                assertEquals(DataGenerator.BENCHMARK_SEATS, count(db, "select capacity from meeting where meeting.id = " + meeting
                        + " and kind = 'OPEN_MEETING' and starts_at > current_timestamp"));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDatabase() throws SQLException {
        new DataGenerator(5).generate(url("a"), "sa", "pw", 500);
        new DataGenerator(5).generate(url("b"), "sa", "pw", 500);
        new DataGenerator(6).generate(url("c"), "sa", "pw", 500);

        assertEquals(quotes(url("a")), quotes(url("b")));
        assertTrue(!quotes(url("a")).equals(quotes(url("c"))));
    }

    @Test
    void theProductsIdSequenceContinuesPastTheGeneratedRows() throws SQLException {
        new DataGenerator(1).generate(url("seq"), "sa", "pw", 300);
        try (Connection db = DriverManager.getConnection(url("seq"), "sa", "pw")) {
            long maxId = count(db, "select max(id) from quote");
            long next = count(db, "select next value for entity_seq");
            assertTrue(next - 49 > maxId, "the first id of the next block of 50 (" + (next - 49) + ") is free above " + maxId);
        }
    }

    private static List<String> quotes(String url) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "pw"); Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("select text from quote order by id")) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        return texts;
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
