package se.stjarnbild.meetings;

import java.util.List;
import java.util.Optional;

/**
 * Registration to open meetings: from the public page without an account, by staff on the phone,
 * and at the door. Capacity is a hard limit; past it, registrations wait in order, and a
 * cancellation promotes the first one waiting.
 */
public interface Registrations {

    /** The public registration; {@link RefusedException} names each broken rule's field. */
    Receipt register(long meetingId, RegistrationInput input);

    /** Staff register someone (e.g. on the phone): an e-mail or a phone number is enough. */
    Receipt registerByStaff(long meetingId, RegistrationInput input);

    /** The person's own registration by their token; empty for a token that does not exist. */
    Optional<RegistrationView> byToken(String token);

    /** Cancels by the person's token (refused for an unknown token); promotes the first waiting. */
    void cancel(String token);

    /** Cancels on someone's behalf (staff); promotes the first waiting. */
    void cancelByStaff(long registrationId);

    /** Everyone registered to a meeting, confirmed first, then the waitlist in order, then cancelled. */
    List<RegistrationRow> of(long meetingId);

    void setArrived(long registrationId, boolean arrived);

    /** Someone who came without registering: counted as arrived. */
    long walkIn(long meetingId, String name);

    /** Open meetings still to come, for the public list. */
    List<PublicMeeting> upcomingOpen();

    Optional<PublicMeeting> publicMeeting(long meetingId);
}
