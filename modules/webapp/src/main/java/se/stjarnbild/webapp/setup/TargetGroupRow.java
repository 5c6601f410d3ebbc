package se.stjarnbild.webapp.setup;

import java.io.Serializable;

/** A target group as the set-up page shows it, with what refers to it. */
public record TargetGroupRow(long id, long version, String code, String name, int sortOrder, Uses uses)
        implements Serializable {
}
