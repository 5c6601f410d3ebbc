package se.stjarnbild.meetings;

import java.io.Serializable;
import java.util.Map;
import se.stjarnbild.model.meetings.Availability;

/**
 * One member in the organiser's grid: their answers by slot id. The personal link is given only
 * for members without e-mail, for the organiser to pass on by phone or on paper.
 */
public record PollMember(String name, boolean hasEmail, boolean answered, Map<Long, Availability> answers,
        String linkWithoutEmail) implements Serializable {

    public Availability answer(long slotId) {
        return answers.get(slotId);
    }
}
