package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.util.Set;
import se.stjarnbild.model.dialogue.StarStatus;

/** A candidate star as entered. No districts means the whole municipality. */
public record StarInput(String title, String description, Set<Long> districtIds, StarStatus status)
        implements Serializable {
}
