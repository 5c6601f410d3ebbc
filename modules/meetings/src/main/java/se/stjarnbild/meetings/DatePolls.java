package se.stjarnbild.meetings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stjarnbild.model.meetings.Availability;

/**
 * Finding a date for a reference group's session. Refusals are {@link RefusedException}s naming
 * the field ("title", "group", "slots", or "slots:N:date|start|end" for row N); nothing is saved then.
 */
public interface DatePolls {

    /** Creates a poll, gives every current member of the group a personal link and e-mails it to those with an address. */
    long create(PollInput input);

    List<PollRow> list();

    Optional<PollDetails> find(long id);

    /** The candidate time as a day and clock times, to fill in the meeting form. */
    Optional<SlotInput> slot(long pollId, long slotId);

    /** Records that a candidate time became a meeting; the poll then takes no more answers. */
    void decide(long pollId, long slotId, long meetingId);

    Optional<PollAnswerView> byToken(String token);

    /** A member's answers by slot id (replacing earlier ones); refused for an unknown token or a decided poll. */
    void answer(String token, Map<Long, Availability> answers);
}
