package se.stjarnbild.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwedishOrderTest {

    @Test
    void åÄÖComeAfterZInThatOrderAndCaseDoesNotSplitTheList() {
        List<String> names = new ArrayList<>(List.of("Ö-vik", "ängar", "Åkerbruk", "zon", "Ärla", "åsa", "Bastu", "abborre"));
        names.sort(SwedishOrder.texts());
        assertEquals(List.of("abborre", "Bastu", "zon", "Åkerbruk", "åsa", "ängar", "Ärla", "Ö-vik"), names);
    }

    @Test
    void missingNamesGoLast() {
        List<String> names = new ArrayList<>(java.util.Arrays.asList(null, "Älv", "Berg"));
        names.sort(SwedishOrder.texts());
        assertEquals(java.util.Arrays.asList("Berg", "Älv", null), names);
    }

    @Test
    void namesThatDifferOnlyInCaseStayApartInASortedMap() {
        java.util.TreeMap<String, Integer> groups = new java.util.TreeMap<>(SwedishOrder.texts());
        groups.put("Ungdomar", 1);
        groups.put("ungdomar", 2);
        assertEquals(2, groups.size());
    }
}
