package se.stjarnbild.webapp.setup;

import java.io.Serializable;
import java.util.List;

/** A district as the set-up page shows it: its villages, and what refers to it and them. */
public record DistrictRow(long id, long version, String code, String name, int sortOrder,
        List<VillageRow> villages, Uses uses) implements Serializable {

    /** A village of the district, and what refers to it. */
    public record VillageRow(long id, long version, String name, Uses uses) implements Serializable {
    }

    public String villageNames() {
        return String.join(", ", villages.stream().map(VillageRow::name).toList());
    }
}
