package se.stjarnbild.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import se.stjarnbild.meetings.DatePolls;
import se.stjarnbild.meetings.PollDetails;
import se.stjarnbild.meetings.PollSlot;

/** Backs meetings/poll.xhtml ({@code ?id=}): members × candidate times, totals, and the best time to make a meeting of. */
@Named
@ViewScoped
public class PollBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DatePolls polls;

    private Long id;
    private PollDetails poll;

    public void load() {
        poll = id == null ? null : polls.find(id).orElse(null);
    }

    public String when(PollSlot slot) {
        return MeetingsTexts.when(slot.start(), slot.end());
    }

    public PollDetails getPoll() { return poll; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
}
