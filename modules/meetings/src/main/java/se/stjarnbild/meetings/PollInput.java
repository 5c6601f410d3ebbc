package se.stjarnbild.meetings;

import java.io.Serializable;
import java.util.List;

/** A new availability poll: what it is for, the reference group asked, and the candidate times (empty rows ignored). */
public record PollInput(String title, Long groupId, List<SlotInput> slots) implements Serializable {

    public PollInput {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
