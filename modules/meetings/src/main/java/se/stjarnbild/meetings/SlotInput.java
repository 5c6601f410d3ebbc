package se.stjarnbild.meetings;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/** A candidate time as the organiser types it: a day and a start and end on the clock in Sweden. */
public record SlotInput(LocalDate date, LocalTime start, LocalTime end) implements Serializable {

    public boolean blank() {
        return date == null && start == null && end == null;
    }
}
