package se.stjarnbild.webapp.setup;

import java.io.Serializable;
import java.time.LocalDate;
import se.stjarnbild.model.campaign.PhaseKind;

/** One phase of the process as the form holds it: both dates, or neither when the process leaves it out. */
public class PhaseDates implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PhaseKind kind;
    private LocalDate start;
    private LocalDate end;

    public PhaseDates(PhaseKind kind, LocalDate start, LocalDate end) {
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    public PhaseKind getKind() {
        return kind;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public boolean isLeftOut() {
        return start == null && end == null;
    }

    /** The form field of this phase's start or end date, e.g. "INTERVIEWS-start". */
    static String field(PhaseKind kind, String which) {
        return kind.name() + "-" + which;
    }
}
