package se.stjarnbild.reporting;

import java.io.Serializable;
import java.time.Instant;

/** The working draft as last saved, with the version it was read at and who saved it when. */
public record DraftView(long version, DraftInput input, String updatedBy, Instant updatedAt) implements Serializable {
}
