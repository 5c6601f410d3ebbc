package se.stjarnbild.reporting;

import java.io.Serializable;
import java.time.Instant;

/** A generated version: its number, who made it and when, its PDF's SHA-256, and whether it is frozen for the board. */
public record VersionRow(int number, String createdBy, Instant createdAt, String sha256, String frozenBy,
        Instant frozenAt, int pdfBytes) implements Serializable {

    public boolean frozen() {
        return frozenAt != null;
    }
}
