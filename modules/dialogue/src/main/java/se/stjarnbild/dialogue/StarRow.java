package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.util.List;
import se.stjarnbild.model.dialogue.StarStatus;

/** A star as listed: its scope (no districts: the whole municipality) and how many quotes support it. */
public record StarRow(long id, String title, String description, StarStatus status, List<String> districts,
        long evidence) implements Serializable {

    public boolean wholeMunicipality() {
        return districts.isEmpty();
    }

    public String districtsText() {
        return String.join(", ", districts);
    }
}
