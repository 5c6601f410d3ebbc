package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.util.List;
import se.stjarnbild.model.dialogue.StarStatus;

/**
 * One candidate star as the projector shows it: its strongest quotes (those coded with the most
 * themes, the newest first among equals) and how its evidence spreads over districts.
 */
public record Slide(long starId, String title, String description, StarStatus status, long evidence,
        List<SlideQuote> quotes, List<Tally> byDistrict) implements Serializable {

    /** A quote on a slide, with where it comes from. */
    public record SlideQuote(String text, String district, String source) implements Serializable {
    }
}
