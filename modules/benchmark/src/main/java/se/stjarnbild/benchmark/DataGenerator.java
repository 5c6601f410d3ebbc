package se.stjarnbild.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.flywaydb.core.Flyway;

/**
 * Fills an empty database with a synthetic campaign at a chosen scale, through the product's own
 * migrations: the five real districts with real and invented villages, target and reference
 * groups, a two-level codebook, places, and quotes in Swedish. The same seed gives the same data.
 * <p>
 * It grows with the product: codings, stars, members, meetings and registrations are added here
 * as their modules add their tables.
 */
final class DataGenerator {

    static final String CAMPAIGN = "Platsvarumärke Krokoms kommun (syntetisk)";
    private static final int BATCH = 1_000;

    private static final String[][] DISTRICTS = {
        {"hotagen", "Hotagen", "Hotagen", "Rötviken", "Häggsjövik"},
        {"follinge-laxsjo", "Föllinge/Laxsjö", "Föllinge", "Laxsjö", "Skärvången"},
        {"offerdal-ronnofors", "Offerdal/Rönnöfors", "Änge", "Rönnöfors", "Landön", "Kaxås"},
        {"as-krokom-naskott", "Ås/Krokom/Näskott", "Krokom", "Ås", "Näskott", "Dvärsätt"},
        {"trangsviken-alsen-kluk", "Trångsviken/Alsen/Kluk", "Trångsviken", "Alsen", "Kluk"},
    };
    private static final String[] VILLAGE_START = {"Lill", "Stor", "Öster", "Väster", "Norr", "Sör", "Mel", "Bränn"};
    private static final String[] VILLAGE_END = {"sjön", "vik", "berget", "mon", "åsen", "älven", "bodarna", "tjärn"};
    private static final String[][] THEMES = {
        {"Natur och friluftsliv", "Fiske", "Fjäll och vandring", "Jakt", "Vinter och skoter"},
        {"Mat och dryck", "Ost och mejeri", "Vilt och fisk", "Bär och bakverk"},
        {"Kultur och historia", "Byggnader och miljöer", "Musik och fest", "Berättelser"},
        {"Arbete och företag", "Småföretag", "Turism", "Distansarbete"},
        {"Gemenskap", "Föreningsliv", "Grannar", "Barn och unga"},
        {"Genuinitet"},
    };

    /** What was generated and how long it took. */
    record Result(int villages, int places, int themes, int quotes, long interviews, long registrations,
            List<Long> registrationMeetingIds, long millis) {
    }

    /** Seats of each open meeting the registration benchmark fills. */
    static final int BENCHMARK_SEATS = 300;

    /** Empty open meetings for the registration benchmark: one to warm up on, then one per timed run. */
    static final int BENCHMARK_MEETINGS = 6;

    private final SplittableRandom random;
    private final SwedishText text;
    private long nextId = 1;

    DataGenerator(long seed) {
        this.random = new SplittableRandom(seed);
        this.text = new SwedishText(random.split());
    }

    /** Places grow with the quotes, as a larger municipality has more to visit. */
    static int placesFor(int quotes) {
        return Math.max(40, Math.min(2_000, quotes / 250));
    }

    static int villagesPerDistrictFor(int quotes) {
        return quotes >= 100_000 ? 30 : 8;
    }

    Result generate(String url, String user, String password, int quotes) throws SQLException {
        long start = System.nanoTime();
        Flyway.configure(DataGenerator.class.getClassLoader()).dataSource(url, user, password)
                .locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            int year = LocalDate.now().getYear();
            insertCampaign(db, year);
            List<Village> villages = insertGeography(db, villagesPerDistrictFor(quotes));
            insertGroups(db);
            int themes = insertThemes(db);
            List<PlaceRow> places = insertPlaces(db, villages, placesFor(quotes));
            insertQuotes(db, villages, places, quotes, year);
            List<Long> benchmarkMeetings = insertMeetings(db, villages, year, registrationsFor(quotes));
            FeedbackData.insert(db, this::id, random.split(), year);
            advanceSequence(db);
            db.commit();
            long interviews;
            try (Statement count = db.createStatement(); var rows = count.executeQuery("select count(*) from interview")) {
                rows.next();
                interviews = rows.getLong(1);
            }
            return new Result(villages.size(), places.size(), themes, quotes, interviews, registrationsFor(quotes),
                    benchmarkMeetings, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private record Village(long id, long districtId, String name) {
    }

    private record PlaceRow(long id, Village village, String name) {
    }

    private void insertCampaign(Connection db, int year) throws SQLException {
        long campaign = id();
        try (PreparedStatement insert = db.prepareStatement(
                "insert into campaign (id, version, name, municipality, campaign_year, description) values (?, 1, ?, ?, ?, ?)")) {
            insert.setLong(1, campaign);
            insert.setString(2, CAMPAIGN);
            insert.setString(3, "Krokoms kommun");
            insert.setInt(4, year);
            insert.setString(5, "Syntetiska data för prestandamätning.");
            insert.executeUpdate();
        }
        String[][] phases = {
            {"INTERVIEWS", year + "-07-01", year + "-07-31"},
            {"REFERENCE_GROUPS", year + "-08-17", year + "-10-30"},
            {"OPEN_MEETINGS", year + "-10-08", year + "-10-09"},
            {"DECISION", year + "-12-01", year + "-12-31"},
        };
        try (PreparedStatement insert = db.prepareStatement("insert into campaign_phase "
                + "(id, version, campaign_id, kind, start_date, end_date) values (?, 1, ?, ?, ?, ?)")) {
            for (String[] phase : phases) {
                insert.setLong(1, id());
                insert.setLong(2, campaign);
                insert.setString(3, phase[0]);
                insert.setObject(4, LocalDate.parse(phase[1]));
                insert.setObject(5, LocalDate.parse(phase[2]));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<Village> insertGeography(Connection db, int villagesPerDistrict) throws SQLException {
        List<Village> villages = new ArrayList<>();
        try (PreparedStatement district = db.prepareStatement(
                "insert into district (id, version, code, name, sort_order) values (?, 1, ?, ?, ?)");
             PreparedStatement village = db.prepareStatement(
                "insert into village (id, version, district_id, name) values (?, 1, ?, ?)")) {
            for (int d = 0; d < DISTRICTS.length; d++) {
                long districtId = id();
                district.setLong(1, districtId);
                district.setString(2, DISTRICTS[d][0]);
                district.setString(3, DISTRICTS[d][1]);
                district.setInt(4, d + 1);
                district.addBatch();
                List<String> names = new ArrayList<>(List.of(DISTRICTS[d]).subList(2, DISTRICTS[d].length));
                for (int i = 0; names.size() < villagesPerDistrict; i++) {
                    String invented = VILLAGE_START[(i + d) % VILLAGE_START.length]
                            + VILLAGE_END[(i / VILLAGE_START.length + d) % VILLAGE_END.length]
                            + (i >= VILLAGE_START.length * VILLAGE_END.length ? " " + (i + 1) : "");
                    if (!names.contains(invented)) {
                        names.add(invented);
                    }
                }
                for (String name : names) {
                    Village v = new Village(id(), districtId, name);
                    village.setLong(1, v.id());
                    village.setLong(2, districtId);
                    village.setString(3, name);
                    village.addBatch();
                    villages.add(v);
                }
            }
            district.executeBatch();
            village.executeBatch();
        }
        return villages;
    }

    private void insertGroups(Connection db) throws SQLException {
        String[][] targetGroups = {{"ungdomar", "Ungdomar"}, {"utlandsfodda", "Utlandsfödda"},
            {"foretagare", "Företagare"}, {"inflyttare", "Inflyttare"}};
        try (PreparedStatement target = db.prepareStatement(
                "insert into target_group (id, version, code, name, sort_order) values (?, 1, ?, ?, ?)");
             PreparedStatement group = db.prepareStatement("insert into reference_group "
                + "(id, version, name, kind, target_group_id, district_id) values (?, 1, ?, ?, ?, ?)")) {
            for (int i = 0; i < targetGroups.length; i++) {
                long targetId = id();
                target.setLong(1, targetId);
                target.setString(2, targetGroups[i][0]);
                target.setString(3, targetGroups[i][1]);
                target.setInt(4, i + 1);
                target.executeUpdate();
                group.setLong(1, id());
                group.setString(2, targetGroups[i][1]);
                group.setString(3, "TARGET_GROUP");
                group.setLong(4, targetId);
                group.setNull(5, java.sql.Types.BIGINT);
                group.executeUpdate();
            }
            try (Statement districts = db.createStatement();
                 var rows = districts.executeQuery("select id, name from district order by sort_order")) {
                while (rows.next()) {
                    group.setLong(1, id());
                    group.setString(2, rows.getString(2));
                    group.setString(3, "DISTRICT");
                    group.setNull(4, java.sql.Types.BIGINT);
                    group.setLong(5, rows.getLong(1));
                    group.executeUpdate();
                }
            }
        }
    }

    private int insertThemes(Connection db) throws SQLException {
        int count = 0;
        try (PreparedStatement insert = db.prepareStatement(
                "insert into theme (id, version, name, description, parent_id) values (?, 1, ?, ?, ?)")) {
            for (String[] family : THEMES) {
                long parent = id();
                insert.setLong(1, parent);
                insert.setString(2, family[0]);
                insert.setString(3, "Syntetiskt tema.");
                insert.setNull(4, java.sql.Types.BIGINT);
                insert.addBatch();
                count++;
                for (int i = 1; i < family.length; i++) {
                    insert.setLong(1, id());
                    insert.setString(2, family[i]);
                    insert.setString(3, "Syntetiskt undertema till " + family[0] + ".");
                    insert.setLong(4, parent);
                    insert.addBatch();
                    count++;
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    private List<PlaceRow> insertPlaces(Connection db, List<Village> villages, int count) throws SQLException {
        String[] patterns = {"%ss bymejeri|BUSINESS", "Gamla lanthandeln i %s|BUSINESS", "%sströmmen|NATURE_SITE",
            "%s hembygdsgård|CULTURAL_SITE", "Fäboden vid %s|CULTURAL_SITE", "%ss bageri|BUSINESS",
            "Fjällstugan i %s|ATTRACTION", "%s fiskecamp|ATTRACTION"};
        List<PlaceRow> places = new ArrayList<>();
        try (PreparedStatement insert = db.prepareStatement("insert into place "
                + "(id, version, name, kind, district_id, village_id, description) values (?, 1, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                Village village = villages.get(random.nextInt(villages.size()));
                String[] pattern = patterns[i % patterns.length].split("\\|");
                String name = String.format(pattern[0], village.name()) + (i >= patterns.length * villages.size() ? " " + i : "");
                PlaceRow place = new PlaceRow(id(), village, name);
                insert.setLong(1, place.id());
                insert.setString(2, name);
                insert.setString(3, pattern[1]);
                insert.setLong(4, village.districtId());
                insert.setLong(5, village.id());
                insert.setString(6, text.sentence(text.topic(), village.name(), name));
                insert.addBatch();
                places.add(place);
            }
            insert.executeBatch();
        }
        return places;
    }

    private static final String[] INTERVIEWERS = {"Anna Berg", "Erik Lund", "Sara Nilsson", "Johan Ek", "Maria Holm",
        "Olof Sjöberg", "Lena Åkesson", "Nils Ström", "Karin Öberg", "Ali Hassan", "Ingrid Dahl", "Per Wikström"};
    private static final String[] HOME_REGIONS = {"Stockholm", "Östersund", "Göteborg", "Trondheim", "Uppsala",
        "Sundsvall", "Malmö", "Oslo", "Umeå", "Tyskland", "Nederländerna"};
    private static final String[] CATEGORIES = {"VISITOR", "VISITOR", "VISITOR", "RESIDENT", "RESIDENT",
        "BUSINESS_OWNER", "SUMMER_RESIDENT", "OTHER"};

    /** Interviews in July, each with one to seven quotes about where it took place, until the quotes are counted out. */
    private void insertQuotes(Connection db, List<Village> villages, List<PlaceRow> places, int count, int year)
            throws SQLException {
        try (PreparedStatement interview = db.prepareStatement("insert into interview (id, version, interview_date, "
                + "district_id, village_id, place_id, interviewer, respondent_category, home_region, consent_given, "
                + "consent_date, notes, created_at) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement quote = db.prepareStatement("insert into quote (id, version, text, source, attribution, "
                + "place_id, village_id, district_id, created_at, interview_id) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int written = 0;
            int batched = 0;
            while (written < count) {
                boolean atPlace = random.nextInt(10) < 6;
                PlaceRow place = atPlace ? places.get(random.nextInt(places.size())) : null;
                Village village = place != null ? place.village() : villages.get(random.nextInt(villages.size()));
                LocalDate day = LocalDate.of(year, 7, 1 + random.nextInt(31));
                String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                long interviewId = id();
                interview.setLong(1, interviewId);
                interview.setObject(2, day);
                interview.setLong(3, village.districtId());
                interview.setLong(4, village.id());
                setNullable(interview, 5, place == null ? null : place.id());
                interview.setString(6, INTERVIEWERS[random.nextInt(INTERVIEWERS.length)]);
                interview.setString(7, category);
                interview.setString(8, category.equals("VISITOR") ? HOME_REGIONS[random.nextInt(HOME_REGIONS.length)] : null);
                boolean consent = random.nextInt(20) != 0;
                interview.setBoolean(9, consent);
                interview.setObject(10, consent ? day : null);
                interview.setString(11, text.notes(village.name(), place == null ? null : place.name()));
                interview.setTimestamp(12, Timestamp.valueOf(day.atTime(10, 0)));
                interview.addBatch();
                // Answers are kept only with consent: an interview without it has no quotes.
                int quotes = consent ? Math.min(count - written, 1 + random.nextInt(7)) : 0;
                for (int q = 0; q < quotes; q++) {
                    quote.setLong(1, id());
                    quote.setString(2, text.sentence(text.topic(), village.name(), place == null ? null : place.name()));
                    quote.setString(3, "INTERVIEW");
                    int attribution = random.nextInt(20);
                    quote.setString(4, attribution < 14 ? "ANONYMOUS" : attribution < 19 ? "PLACE_ONLY" : "NAMED_BUSINESS");
                    setNullable(quote, 5, place == null ? null : place.id());
                    quote.setLong(6, village.id());
                    quote.setLong(7, village.districtId());
                    quote.setTimestamp(8, Timestamp.valueOf(day.atTime(10, 0).plusMinutes(q)));
                    quote.setLong(9, interviewId);
                    quote.addBatch();
                }
                written += quotes;
                batched += quotes;
                if (batched >= BATCH) {
                    interview.executeBatch();
                    quote.executeBatch();
                    batched = 0;
                }
            }
            interview.executeBatch();
            quote.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    /** Moves the product's id sequence past what was generated, in its allocation blocks of 50. */
    /** Registrations already in the data: 2,000 at the large scale, as the benchmark issue sets it. */
    static int registrationsFor(int quotes) {
        return Math.max(100, Math.min(2_000, quotes / 50));
    }

    /**
     * A venue, the two October open meetings with {@code registrations} people registered, and
     * {@value #BENCHMARK_MEETINGS} open meetings weeks ahead with {@value #BENCHMARK_SEATS} seats
     * each and nobody registered yet, for the registration benchmark. Returns those meetings' ids.
     */
    private List<Long> insertMeetings(Connection db, List<Village> villages, int year, int registrations) throws SQLException {
        long venue = id();
        try (PreparedStatement insert = db.prepareStatement("insert into venue (id, version, name, address, district_id, "
                + "capacity, step_free, hearing_loop) values (?, 1, ?, ?, ?, ?, true, true)")) {
            insert.setLong(1, venue);
            insert.setString(2, "Syntetisk samlingslokal");
            insert.setString(3, "Storgatan 1, Krokom");
            insert.setLong(4, villages.get(0).districtId());
            insert.setInt(5, 2_000);
            insert.executeUpdate();
        }
        java.time.ZoneId zone = java.time.ZoneId.of("Europe/Stockholm");
        LocalDate ahead = LocalDate.now().plusWeeks(6);
        List<Object[]> meetings = new ArrayList<>();
        meetings.add(new Object[] {"Öppet möte om stjärnbilden – Föllinge", LocalDate.of(year, 10, 8), null});
        meetings.add(new Object[] {"Öppet möte om stjärnbilden – Krokom", LocalDate.of(year, 10, 9), null});
        for (int m = 1; m <= BENCHMARK_MEETINGS; m++) {
            meetings.add(new Object[] {"Öppet möte för mätning av anmälningar " + m, ahead.plusDays(m), BENCHMARK_SEATS});
        }
        long[] ids = new long[meetings.size()];
        try (PreparedStatement insert = db.prepareStatement("insert into meeting (id, version, kind, title, starts_at, ends_at, "
                + "venue_id, capacity, status, reminder_hours, sequence_number, created_at) "
                + "values (?, 1, 'OPEN_MEETING', ?, ?, ?, ?, ?, 'SCHEDULED', 24, 0, ?)")) {
            for (int m = 0; m < meetings.size(); m++) {
                ids[m] = id();
                LocalDate day = (LocalDate) meetings.get(m)[1];
                insert.setLong(1, ids[m]);
                insert.setString(2, (String) meetings.get(m)[0]);
                insert.setTimestamp(3, utc(day.atTime(18, 0).atZone(zone).toInstant()));
                insert.setTimestamp(4, utc(day.atTime(20, 30).atZone(zone).toInstant()));
                insert.setLong(5, venue);
                insert.setObject(6, meetings.get(m)[2]);
                insert.setTimestamp(7, utc(java.time.Instant.now()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = db.prepareStatement("insert into registration (id, version, meeting_id, name, email, "
                + "consent_given, status, token, code, arrived, walk_in, by_staff, created_at) "
                + "values (?, 1, ?, ?, ?, true, 'CONFIRMED', ?, ?, ?, false, false, ?)")) {
            for (int r = 0; r < registrations; r++) {
                insert.setLong(1, id());
                insert.setLong(2, ids[r % 2]);
                insert.setString(3, "Deltagare " + r);
                insert.setString(4, "deltagare" + r + "@example.se");
                insert.setString(5, String.format("%043d", r));
                insert.setString(6, String.format("C%05d", r));
                insert.setBoolean(7, random.nextInt(4) != 0);
                insert.setTimestamp(8, utc(java.time.Instant.now()));
                insert.addBatch();
                if (r % BATCH == BATCH - 1) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return Arrays.stream(ids, 2, ids.length).boxed().toList();
    }

    /** Instants are stored as UTC wall-clock timestamps, as the product's converter writes them. */
    private static Timestamp utc(java.time.Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC));
    }

    private void advanceSequence(Connection db) throws SQLException {
        long restart = (nextId / 50 + 2) * 50;
        try (Statement statement = db.createStatement()) {
            statement.execute("alter sequence entity_seq restart with " + restart);
        }
    }

    private long id() {
        return nextId++;
    }
}
