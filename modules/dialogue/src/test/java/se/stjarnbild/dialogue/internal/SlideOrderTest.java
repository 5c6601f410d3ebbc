package se.stjarnbild.dialogue.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.stjarnbild.model.dialogue.StarStatus;

class SlideOrderTest {

    @Test
    void chosenThenShortlistedThenProposedEachInSwedishOrderAndDroppedLeftOut() {
        List<SlideOrder.Entry> order = SlideOrder.sort(List.of(
                new SlideOrder.Entry(1, StarStatus.PROPOSED, "Älvarna"),
                new SlideOrder.Entry(2, StarStatus.PROPOSED, "Zigenarvägen"),
                new SlideOrder.Entry(3, StarStatus.DROPPED, "Bortvald"),
                new SlideOrder.Entry(4, StarStatus.SHORTLISTED, "Fiskevatten"),
                new SlideOrder.Entry(5, StarStatus.CHOSEN, "Mathantverk"),
                new SlideOrder.Entry(6, StarStatus.PROPOSED, "Åkrarna")));

        assertEquals(List.of(5L, 4L, 2L, 6L, 1L), order.stream().map(SlideOrder.Entry::id).toList());
        assertEquals(1, SlideOrder.indexOf(order, 4L));
        assertEquals(-1, SlideOrder.indexOf(order, 3L), "a dropped star is not on any slide");
        assertEquals(-1, SlideOrder.indexOf(order, null));
    }
}
