package se.stjarnbild.reporting.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarLayoutTest {

    private static final List<String> DISTRICTS = List.of("Hotagen", "Föllinge/Laxsjö", "Offerdal/Rönnöfors",
            "Ås/Krokom/Näskott", "Trångsviken/Alsen/Kluk");

    private static StarSection star(int n, List<String> districts, long evidence) {
        return new StarSection(n, "Stjärna " + n, null, districts, evidence, List.of(), List.of(), List.of(), List.of(), null,
                List.of(), 0);
    }

    @Test
    void sevenStarsInOneDistrictAndFourteenForTheWholeMunicipalityNeverOverlapAndStayInThePicture() {
        List<StarSection> stars = new ArrayList<>();
        for (int n = 0; n < 7; n++) {
            stars.add(star(n, List.of("Hotagen"), 100 + n));
        }
        for (int n = 7; n < 21; n++) {
            stars.add(star(n, List.of(), 100));
        }
        StarLayout layout = new StarLayout(DISTRICTS, stars);
        assertEquals(21, layout.placed.size());
        for (StarLayout.Placed a : layout.placed) {
            assertTrue(a.x() - a.radius() >= 0 && a.x() + a.radius() <= StarLayout.WIDTH, "inside left and right: " + a);
            assertTrue(a.y() - a.radius() >= 0 && a.y() + a.radius() <= layout.height, "inside top and bottom: " + a);
            for (StarLayout.Placed b : layout.placed) {
                if (a != b) {
                    assertTrue(Math.hypot(a.x() - b.x(), a.y() - b.y()) >= a.radius() + b.radius(), a + " overlaps " + b);
                }
            }
        }
    }

    @Test
    void aFewStarsKeepTheUsualSize() {
        StarLayout layout = new StarLayout(DISTRICTS, List.of(star(1, List.of("Hotagen"), 5), star(2, List.of(), 3)));
        assertEquals(44 + 96 + 10 + 3 * 96 + 50, layout.height);
    }
}
