package se.stjarnbild.dialogue.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.stjarnbild.dialogue.LiveResult;

class LiveHubTest {

    @Test
    void theEventCarriesCountsTotalAndShareThatRingsTrue() {
        LiveResult result = new LiveResult("K7P2QX", 42L, false, List.of(1L, 2L, 3L, 4L), 5);

        assertEquals(10, result.total());
        assertEquals(70, result.ringsTruePercent());
        assertEquals("{\"star\":42,\"closed\":false,\"counts\":[1,2,3,4],\"total\":10,\"percent\":70,\"sentences\":5}",
                LiveHub.json(result));
    }

    @Test
    void noStarAndNoAnswersAreShownAsSuch() {
        LiveResult result = new LiveResult("K7P2QX", null, true, List.of(0L, 0L, 0L, 0L), 0);

        assertEquals(0, result.ringsTruePercent());
        assertEquals("{\"star\":null,\"closed\":true,\"counts\":[0,0,0,0],\"total\":0,\"percent\":0,\"sentences\":0}",
                LiveHub.json(result));
    }
}
