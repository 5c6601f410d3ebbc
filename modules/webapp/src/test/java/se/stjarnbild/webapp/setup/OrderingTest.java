package se.stjarnbild.webapp.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderingTest {

    private static final List<String> FIVE = List.of("Hotagen", "Föllinge", "Offerdal", "Ås", "Trångsviken");

    @Test
    void puttingOneAtAPositionMovesTheOthersWithoutTiesOrGaps() {
        assertEquals(List.of("Ås", "Hotagen", "Föllinge", "Offerdal", "Trångsviken"), Ordering.place(FIVE, "Ås", 1));
        assertEquals(List.of("Föllinge", "Offerdal", "Ås", "Hotagen", "Trångsviken"), Ordering.place(FIVE, "Hotagen", 4));
        assertEquals(List.of("Föllinge", "Offerdal", "Ås", "Trångsviken", "Hotagen"), Ordering.place(FIVE, "Hotagen", 999),
                "past the end is last");
    }

    @Test
    void aNewOneGoesWhereAskedOrLastAndAnEmptyPositionKeepsThePlace() {
        assertEquals(List.of("Hotagen", "Ny", "Föllinge", "Offerdal", "Ås", "Trångsviken"), Ordering.place(FIVE, "Ny", 2));
        assertEquals(List.of("Hotagen", "Föllinge", "Offerdal", "Ås", "Trångsviken", "Ny"), Ordering.place(FIVE, "Ny", null));
        assertEquals(FIVE, Ordering.place(FIVE, "Offerdal", null));
    }
}
