package se.stjarnbild.dialogue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stjarnbild.dialogue.search.SearchChange;
import se.stjarnbild.dialogue.search.SearchKind;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.Quote;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.events.ContributionHeard;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.meetings.Meeting;

/**
 * Keeps what was said at a meeting as a quote (source: meeting, anonymous), in the meetings
 * module's transaction: the contribution and its quote are saved together or not at all.
 */
@ApplicationScoped
public class MeetingContributions {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private Event<SearchChange> searchChanges;

    void heard(@Observes ContributionHeard contribution) {
        Quote quote = new Quote(QuoteText.clean(contribution.text()), QuoteSource.MEETING);
        quote.setAttribution(AttributionLevel.ANONYMOUS);
        quote.heardAt(em.getReference(Meeting.class, contribution.meetingId()),
                contribution.districtId() == null ? null : em.getReference(District.class, contribution.districtId()));
        em.persist(quote);
        em.flush();
        searchChanges.fire(SearchChange.saved(SearchKind.QUOTE, quote.getId()));
    }
}
