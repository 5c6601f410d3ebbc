package se.stjarnbild.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.stjarnbild.meetings.MeetingFilter;
import se.stjarnbild.meetings.MeetingRow;
import se.stjarnbild.meetings.Meetings;
import se.stjarnbild.model.meetings.MeetingKind;

/** Backs meetings/index.xhtml: coming or past meetings, by kind, with how full each is. */
@Named
@ViewScoped
public class MeetingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Meetings meetings;

    private MeetingFilter.Period period = MeetingFilter.Period.UPCOMING;
    private MeetingKind kind;
    private List<MeetingRow> rows;

    public List<MeetingRow> getRows() {
        if (rows == null) {
            rows = new java.util.ArrayList<>(meetings.list(new MeetingFilter(period, kind, true))); // sorted in place
        }
        return rows;
    }

    public void applyFilter() {
        rows = null;
    }

    public String when(MeetingRow row) {
        return MeetingsTexts.when(row.startsAt(), row.endsAt());
    }

    public MeetingFilter.Period[] getPeriods() {
        return MeetingFilter.Period.values();
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public MeetingFilter.Period getPeriod() {
        return period;
    }

    public void setPeriod(MeetingFilter.Period period) {
        this.period = period == null ? MeetingFilter.Period.UPCOMING : period;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }
}
