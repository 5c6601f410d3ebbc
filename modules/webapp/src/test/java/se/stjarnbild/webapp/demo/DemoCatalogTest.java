package se.stjarnbild.webapp.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.stjarnbild.model.campaign.PhaseKind;
import se.stjarnbild.webapp.users.PasswordPolicy;

class DemoCatalogTest {

    @Test
    void theArticleFactsAreThere() {
        assertEquals(List.of("Hotagen", "Föllinge/Laxsjö", "Offerdal/Rönnöfors", "Ås/Krokom/Näskott", "Trångsviken/Alsen/Kluk"),
                DemoCatalog.districts().stream().map(DemoCatalog.DistrictFact::name).toList());
        assertEquals(List.of("Ungdomar", "Utlandsfödda", "Företagare", "Inflyttare"),
                DemoCatalog.targetGroups().stream().map(DemoCatalog.TargetGroupFact::name).toList());
        assertEquals(9, DemoCatalog.referenceGroupCount());
        assertEquals(List.of(
                "alla som gillar ost känner till Skärvångens bymejeri",
                "mina fiskevänner i Stockholm vet var Hotagsströmmen är",
                "Gamla lanthandeln i Krokom är så genuin"),
                DemoCatalog.quotes().stream().map(DemoCatalog.QuoteFact::text).toList());
    }

    @Test
    void openMeetingsAreOnTheEighthAndNinthOfOctoberAndTheBoardDecidesInDecember() {
        Map<PhaseKind, DemoCatalog.PhaseFact> phases = DemoCatalog.phases(2031).stream()
                .collect(Collectors.toMap(DemoCatalog.PhaseFact::kind, Function.identity()));

        assertEquals(LocalDate.of(2031, 10, 8), phases.get(PhaseKind.OPEN_MEETINGS).start());
        assertEquals(LocalDate.of(2031, 10, 9), phases.get(PhaseKind.OPEN_MEETINGS).end());
        assertEquals(7, phases.get(PhaseKind.INTERVIEWS).start().getMonthValue());
        assertEquals(12, phases.get(PhaseKind.DECISION).start().getMonthValue());
        assertEquals(PhaseKind.values().length, phases.size());
    }

    @Test
    void everyPlaceQuoteAndThemeRefersToSomethingThatExists() {
        Map<String, DemoCatalog.DistrictFact> districts = DemoCatalog.districts().stream()
                .collect(Collectors.toMap(DemoCatalog.DistrictFact::code, Function.identity()));
        for (DemoCatalog.PlaceFact place : DemoCatalog.places()) {
            DemoCatalog.DistrictFact district = districts.get(place.districtCode());
            assertTrue(district != null, place.name() + " has an unknown district");
            assertTrue(place.village() == null || district.villages().contains(place.village()),
                    place.name() + "'s village lies outside its district");
        }
        Set<String> placeNames = DemoCatalog.places().stream().map(DemoCatalog.PlaceFact::name).collect(Collectors.toSet());
        DemoCatalog.quotes().forEach(q -> assertTrue(placeNames.contains(q.placeName()), q.placeName()));
        DemoCatalog.quotes().forEach(q -> assertTrue(q.julyDay() >= 1 && q.julyDay() <= 31, "a July day: " + q.julyDay()));
        Set<String> topThemes = DemoCatalog.themes().stream().filter(t -> t.parent() == null)
                .map(DemoCatalog.ThemeFact::name).collect(Collectors.toSet());
        DemoCatalog.themes().stream().filter(t -> t.parent() != null)
                .forEach(t -> assertTrue(topThemes.contains(t.parent()), t.name() + " needs a top theme listed first"));
    }

    @Test
    void demoLoginsMeetThePasswordPolicyAndCoverEveryRole() {
        DemoCatalog.users().forEach(u -> assertEquals(java.util.Optional.empty(),
                PasswordPolicy.problemWith(u.password(), u.username()), u.username()));
        assertEquals(Set.of(se.stjarnbild.model.users.Role.values()), DemoCatalog.users().stream()
                .flatMap(u -> u.roles().stream()).collect(Collectors.toSet()));
    }
}
