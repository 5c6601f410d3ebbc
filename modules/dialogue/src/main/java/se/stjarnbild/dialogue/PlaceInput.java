package se.stjarnbild.dialogue;

import java.io.Serializable;
import se.stjarnbild.model.geography.PlaceKind;

/** A place as entered: name, kind, district and (optionally) a village in it. */
public record PlaceInput(String name, PlaceKind kind, Long districtId, Long villageId, String description)
        implements Serializable {
}
