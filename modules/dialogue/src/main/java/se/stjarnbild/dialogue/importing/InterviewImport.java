package se.stjarnbild.dialogue.importing;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.InterviewInput;
import se.stjarnbild.dialogue.InvalidInputException;
import se.stjarnbild.dialogue.internal.InterviewFields;
import se.stjarnbild.model.dialogue.Interview;
import se.stjarnbild.model.dialogue.Quote;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Place;
import se.stjarnbild.model.geography.Village;
import se.stjarnbild.dialogue.search.SearchChange;
import se.stjarnbild.dialogue.search.SearchKind;

/**
 * Saves a checked import in one transaction: every interview and quote, or (on any failure)
 * nothing. Entities go to the database in JDBC batches and leave the persistence context every
 * {@value #FLUSH_EVERY} quotes, so memory stays flat for 100,000 rows.
 */
@Stateless
public class InterviewImport {

    static final int FLUSH_EVERY = 1_000;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private Event<SearchChange> searchChanges;

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
     * Saves the preview; {@code progress} hears the number of quotes saved so far. A preview with
     * problems is refused whole.
     */
    public ImportResult save(ImportPreview preview, IntConsumer progress) {
        if (!preview.canSave()) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "import.notSaveable")));
        }
        int quotes = 0;
        int sinceFlush = 0;
        for (ImportedInterview imported : preview.interviews()) {
            Interview interview = interview(imported.input());
            em.persist(interview);
            for (ImportedQuote importedQuote : imported.quotes()) {
                Quote quote = new Quote(importedQuote.text(), QuoteSource.INTERVIEW);
                quote.takenFrom(interview);
                quote.setAttribution(importedQuote.attribution());
                em.persist(quote);
                quotes++;
                sinceFlush++;
            }
            if (sinceFlush >= FLUSH_EVERY) {
                em.flush();
                em.clear();
                sinceFlush = 0;
                progress.accept(quotes);
            }
        }
        em.flush();
        em.clear();
        progress.accept(quotes);
        searchChanges.fire(SearchChange.rebuildAll());
        return new ImportResult(preview.interviews().size(), quotes);
    }

    /** Saves in the background (its own transaction); {@code progress} counts the quotes saved so far. */
    @Asynchronous
    public Future<ImportResult> saveInBackground(ImportPreview preview, AtomicInteger progress) {
        return new AsyncResult<>(save(preview, progress::set));
    }

    private Interview interview(InterviewInput input) {
        Interview interview = new Interview();
        InterviewFields.fill(interview, input, em.getReference(District.class, input.districtId()),
                input.villageId() == null ? null : em.getReference(Village.class, input.villageId()),
                input.placeId() == null ? null : em.getReference(Place.class, input.placeId()));
        return interview;
    }
}
