package se.stjarnbild.dialogue.importing;

import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import javax.sql.DataSource;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.InterviewInput;
import se.stjarnbild.dialogue.InvalidInputException;
import se.stjarnbild.dialogue.search.SearchChange;
import se.stjarnbild.dialogue.search.SearchKind;
import se.stjarnbild.model.audit.AuditAction;
import se.stjarnbild.model.audit.AuditWriter;

/**
 * Saves a checked import in one transaction: every interview and quote, or (on any failure)
 * nothing. The rows are already checked to the last field, so they go to the database as JDBC
 * batches on the transaction's own data source, with ids from the sequence JPA uses (IdBlocks):
 * an import of 100,000 rows costs about what the database needs, not what an entity per row costs.
 */
@Stateless
public class InterviewImport {

    static final int BATCH = 1_000;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(InterviewImport.class.getName());

    private static final String INSERT_INTERVIEW = "insert into interview (id, version, interview_date, district_id, "
            + "village_id, place_id, interviewer, respondent_category, home_region, consent_given, consent_date, notes, "
            + "created_at) values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_QUOTE = "insert into quote (id, version, text, source, attribution, place_id, "
            + "village_id, district_id, created_at, interview_id) values (?, 1, ?, 'INTERVIEW', ?, ?, ?, ?, ?, ?)";

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Resource(lookup = "java:app/jdbc/stjarnbild")
    private DataSource dataSource;

    @Inject
    private Event<SearchChange> searchChanges;

    @Inject
    private AuditWriter audit;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The districts, villages and places a file may name. */
    public ReferenceData referenceData() {
        return new ReferenceData(
                em.createQuery("select d.id, d.code, d.name from District d", Object[].class).getResultStream()
                        .map(r -> new ReferenceData.District((Long) r[0], (String) r[1], (String) r[2])).toList(),
                em.createQuery("select v.id, v.district.id, v.name from Village v", Object[].class).getResultStream()
                        .map(r -> new ReferenceData.Village((Long) r[0], (Long) r[1], (String) r[2])).toList(),
                em.createQuery("select p.id, p.district.id, v.id, p.name from Place p left join p.village v",
                        Object[].class).getResultStream()
                        .map(r -> new ReferenceData.Place((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3])).toList());
    }

    /**
     * The preview with one more problem per quote that is already saved for the same interview (same
     * day, interviewer and district, the same words): the same file imported twice, or by two people,
     * would otherwise count everyone's words twice in every figure of the decision document.
     */
    public ImportPreview withAlreadySaved(ImportPreview preview) {
        Set<LocalDate> days = new HashSet<>();
        Set<String> interviewers = new HashSet<>();
        preview.interviews().forEach(i -> {
            if (i.input().date() != null && i.input().interviewer() != null) {
                days.add(i.input().date());
                interviewers.add(i.input().interviewer().strip().toLowerCase(java.util.Locale.ROOT));
            }
        });
        if (days.isEmpty()) {
            return preview;
        }
        Set<AlreadySaved.Key> saved = new HashSet<>();
        // only the quotes of interviews on the file's days by the file's interviewers are read, in slices
        // that keep the query's parameters within what any database takes
        List<String> names = new ArrayList<>(interviewers);
        for (int from = 0; from < names.size(); from += 1_000) {
            em.createQuery("select i.date, i.interviewer, i.district.id, v.id, p.id, i.category, q.text from Quote q "
                            + "join q.interview i left join i.village v left join i.place p "
                            + "where i.date in :days and lower(i.interviewer) in :interviewers", Object[].class)
                    .setParameter("days", days).setParameter("interviewers", names.subList(from, Math.min(names.size(), from + 1_000)))
                    .getResultStream()
                    .forEach(r -> saved.add(AlreadySaved.key((LocalDate) r[0], (String) r[1], (Long) r[2], (Long) r[3],
                            (Long) r[4], (se.stjarnbild.model.dialogue.RespondentCategory) r[5], (String) r[6])));
        }
        return AlreadySaved.mark(preview, saved);
    }

    /**
     * Saves the preview; {@code progress} hears the number of quotes saved so far. A preview with
     * problems is refused whole; a database failure rolls everything back.
     */
    public ImportResult save(ImportPreview preview, IntConsumer progress) {
        // checked again here: a colleague may have saved the same file since this preview was made
        if (!preview.canSave() || !withAlreadySaved(preview).canSave()) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "import.notSaveable")));
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        long started = System.nanoTime();
        long idsTaken;
        long batchNanos = 0;
        int quotes = 0;
        List<Long> interviewIds = new ArrayList<>(preview.interviews().size());
        List<Long> quoteIds = new ArrayList<>(preview.quoteCount());
        try (Connection db = dataSource.getConnection();
             PreparedStatement interviews = db.prepareStatement(INSERT_INTERVIEW);
             PreparedStatement quoteRows = db.prepareStatement(INSERT_QUOTE)) {
            IdBlocks ids = IdBlocks.take(db, preview.interviews().size() + preview.quoteCount());
            idsTaken = System.nanoTime();
            int batched = 0;
            for (ImportedInterview imported : preview.interviews()) {
                long interviewId = ids.next();
                interviewIds.add(interviewId);
                InterviewInput in = imported.input();
                bindInterview(interviews, interviewId, in, now);
                for (ImportedQuote quote : imported.quotes()) {
                    long quoteId = ids.next();
                    quoteIds.add(quoteId);
                    quoteRows.setLong(1, quoteId);
                    quoteRows.setString(2, quote.text());
                    quoteRows.setString(3, quote.attribution().name());
                    setId(quoteRows, 4, in.placeId());
                    setId(quoteRows, 5, in.villageId());
                    quoteRows.setLong(6, in.districtId());
                    quoteRows.setTimestamp(7, now);
                    quoteRows.setLong(8, interviewId);
                    quoteRows.addBatch();
                    quotes++;
                    batched++;
                }
                if (batched >= BATCH) {
                    long batchStarted = System.nanoTime();
                    interviews.executeBatch();
                    quoteRows.executeBatch();
                    batchNanos += System.nanoTime() - batchStarted;
                    batched = 0;
                    progress.accept(quotes);
                }
            }
            long batchStarted = System.nanoTime();
            interviews.executeBatch();
            quoteRows.executeBatch();
            batchNanos += System.nanoTime() - batchStarted;
        } catch (SQLException e) {
            throw new IllegalStateException("The import could not be written; nothing was saved", e);
        }
        progress.accept(quotes);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long idMillis = (idsTaken - started) / 1_000_000;
        long batchMillis = batchNanos / 1_000_000;
        int saved = quotes;
        LOG.info(() -> "Import wrote " + preview.interviews().size() + " interviews and " + saved + " quotes in " + millis
                + " ms (ids " + idMillis + " ms, JDBC batches " + batchMillis + " ms); the commit follows");
        logCommitTime();
        // Only the new interviews and quotes are indexed (after the commit), not the whole index again,
        // which at a million quotes took 55 s after every import.
        searchChanges.fire(SearchChange.saved(SearchKind.INTERVIEW, interviewIds));
        searchChanges.fire(SearchChange.saved(SearchKind.QUOTE, quoteIds));
        // One entry for the whole import (the rows go in by JDBC batches, past the entity listener).
        audit.event(AuditAction.IMPORT, null, "Interview", null,
                preview.interviews().size() + " interviews, " + quotes + " quotes");
        return new ImportResult(preview.interviews().size(), quotes);
    }

    /** How long the database takes to commit the import, for the log (the benchmark compares it). */
    private void logCommitTime() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            private long started;

            @Override
            public void beforeCompletion() {
                started = System.nanoTime();
            }

            @Override
            public void afterCompletion(int status) {
                long millis = (System.nanoTime() - started) / 1_000_000;
                LOG.info(() -> "Import transaction completed (status " + status + ") in " + millis + " ms");
            }
        });
    }

    /** Saves in the background (its own transaction); {@code progress} counts the quotes saved so far. */
    @Asynchronous
    public Future<ImportResult> saveInBackground(ImportPreview preview, AtomicInteger progress) {
        return new AsyncResult<>(save(preview, progress::set));
    }

    /** The same columns and tidying as the interview form (see InterviewFields), for a checked row. */
    private static void bindInterview(PreparedStatement statement, long id, InterviewInput in, Timestamp now)
            throws SQLException {
        statement.setLong(1, id);
        statement.setObject(2, in.date());
        statement.setLong(3, in.districtId());
        setId(statement, 4, in.villageId());
        setId(statement, 5, in.placeId());
        statement.setString(6, in.interviewer().trim());
        statement.setString(7, in.category().name());
        statement.setString(8, blankToNull(in.homeRegion()));
        statement.setBoolean(9, in.consentGiven());
        statement.setObject(10, in.consentGiven() ? in.consentDate() : null, Types.DATE);
        statement.setString(11, blankToNull(in.notes()));
        statement.setTimestamp(12, now);
        statement.addBatch();
    }

    private static void setId(PreparedStatement statement, int index, Long id) throws SQLException {
        if (id == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, id);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
