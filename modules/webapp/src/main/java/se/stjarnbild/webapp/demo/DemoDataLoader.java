package se.stjarnbild.webapp.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import se.stjarnbild.model.campaign.Campaign;
import java.time.LocalDate;
import se.stjarnbild.model.dialogue.AttributionLevel;
import se.stjarnbild.model.dialogue.Interview;
import se.stjarnbild.model.dialogue.Quote;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.RespondentCategory;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.dialogue.Theme;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Place;
import se.stjarnbild.model.geography.Village;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.groups.TargetGroup;
import se.stjarnbild.webapp.users.UserService;

/**
 * Loads {@link DemoCatalog} in one transaction, once: a campaign is the marker, so a restart
 * loads nothing, and data that staff deleted stays deleted.
 */
@Stateless
public class DemoDataLoader {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private UserService users;

    /** Returns true when it loaded the demo data, false when it was already there. */
    public boolean loadOnce(int year) {
        // Any process marks the data as there: the demo process may have been renamed on its page
        // since, and loading the districts a second time would break their unique codes.
        boolean present = !em.createNamedQuery(Campaign.LATEST, Campaign.class).setMaxResults(1).getResultList().isEmpty();
        if (present) {
            return false;
        }
        Campaign campaign = new Campaign(DemoCatalog.CAMPAIGN_NAME, DemoCatalog.MUNICIPALITY, year);
        campaign.setDescription(DemoCatalog.CAMPAIGN_DESCRIPTION);
        DemoCatalog.phases(year).forEach(p -> campaign.addPhase(p.kind(), p.start(), p.end()));
        em.persist(campaign);

        Map<String, District> districts = new HashMap<>();
        Map<String, Village> villages = new HashMap<>();
        int order = 0;
        for (DemoCatalog.DistrictFact fact : DemoCatalog.districts()) {
            District district = new District(fact.code(), fact.name(), ++order);
            fact.villages().forEach(name -> villages.put(name, district.addVillage(name)));
            em.persist(district);
            districts.put(fact.code(), district);
        }

        order = 0;
        for (DemoCatalog.TargetGroupFact fact : DemoCatalog.targetGroups()) {
            TargetGroup group = new TargetGroup(fact.code(), fact.name(), ++order);
            em.persist(group);
            em.persist(ReferenceGroup.forTargetGroup(fact.name(), group));
        }
        for (DemoCatalog.DistrictFact fact : DemoCatalog.districts()) {
            em.persist(ReferenceGroup.forDistrict(fact.name(), districts.get(fact.code())));
        }

        Map<String, Place> places = new HashMap<>();
        for (DemoCatalog.PlaceFact fact : DemoCatalog.places()) {
            Place place = new Place(fact.name(), fact.kind(), districts.get(fact.districtCode()));
            place.setVillage(fact.village() == null ? null : villages.get(fact.village()));
            place.setDescription(fact.description());
            em.persist(place);
            places.put(fact.name(), place);
        }
        Map<String, Theme> themes = new HashMap<>();
        for (DemoCatalog.ThemeFact fact : DemoCatalog.themes()) {
            Theme theme = new Theme(fact.name(), fact.description());
            theme.moveUnder(fact.parent() == null ? null : themes.get(fact.parent()));
            em.persist(theme);
            themes.put(fact.name(), theme);
        }

        Map<String, Quote> quotesByPlace = new HashMap<>();
        for (DemoCatalog.QuoteFact fact : DemoCatalog.quotes()) {
            Place place = places.get(fact.placeName());
            Interview interview = new Interview();
            interview.setDate(LocalDate.of(year, 7, fact.julyDay()));
            interview.setDistrict(place.getDistrict());
            interview.setVillage(place.getVillage());
            interview.setPlace(place);
            interview.setInterviewer(DemoCatalog.DEMO_INTERVIEWER);
            interview.setCategory(RespondentCategory.VISITOR);
            interview.setHomeRegion(fact.homeRegion());
            interview.recordConsent(true, interview.getDate());
            interview.setNotes("Exempelintervju (demo) kring ett citat ur kommunens artikel.");
            em.persist(interview);
            Quote quote = new Quote(fact.text(), QuoteSource.INTERVIEW);
            quote.takenFrom(interview);
            quote.setAttribution(AttributionLevel.PLACE_ONLY);
            quote.getThemes().add(themes.get(fact.theme()));
            em.persist(quote);
            quotesByPlace.put(fact.placeName(), quote);
        }
        for (DemoCatalog.StarFact fact : DemoCatalog.stars()) {
            Quote evidence = quotesByPlace.get(fact.evidencePlace());
            Star star = new Star(fact.title());
            star.setDescription(fact.description());
            star.scopeTo(java.util.Set.of(evidence.getDistrict()));
            star.getEvidence().add(evidence);
            em.persist(star);
        }

        for (DemoCatalog.UserFact fact : DemoCatalog.users()) {
            users.createIfMissing(fact.username(), fact.displayName(), fact.password(), EnumSet.copyOf(fact.roles()));
        }
        em.flush();
        DemoMeetings.load(em, year);
        DemoReferenceGroups.load(em, year);
        return true;
    }
}
