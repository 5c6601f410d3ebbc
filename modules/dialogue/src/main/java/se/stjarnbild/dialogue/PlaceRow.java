package se.stjarnbild.dialogue;

import java.io.Serializable;
import se.stjarnbild.model.geography.PlaceKind;

/** A named place as listed and edited, with how many quotes are about it. */
public record PlaceRow(long id, long version, String name, PlaceKind kind, long districtId, String district,
        Long villageId, String village, String description, long quotes) implements Serializable {
}
