package se.stjarnbild.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * The open meeting's presentation: one candidate star on screen at a time, phones in the room
 * answering "Stämmer det?" for it from a short link, without an account. One answer per star and
 * device (a signed device token, no identity); a sentence sent along waits for moderation as a
 * contribution tied to the meeting and becomes a quote (source: meeting) when approved.
 * Staff-side calls refuse bad input with an {@link InvalidInputException}; the phone's reaction
 * answers with a {@link ReactionOutcome} so the public page can say what happened.
 */
public interface LiveReactions {

    /** "One sentence": longer text is refused with a message, not cut. */
    int SENTENCE_MAX = 300;

    /** The candidate stars in presentation order (chosen, shortlisted, proposed), each with its strongest quotes. */
    List<Slide> slides();

    /** The title of a meeting that may have a presentation (it exists and is not cancelled). */
    Optional<String> meetingTitle(long meetingId);

    /** The meeting's presentation, if it was ever started. */
    Optional<LiveState> state(long meetingId);

    /** Starts the meeting's presentation with the first star on screen, or returns it if already started. */
    LiveState start(long meetingId);

    /** Moves the screen {@code delta} stars forward (negative: back), stopping at the ends. */
    LiveState step(long meetingId, int delta);

    /** Stops taking reactions (the meeting is over); {@code open} false closes, true opens again. */
    LiveState setOpen(long meetingId, boolean open);

    /** What a phone that joined by {@code code} should show; empty for an unknown code. */
    Optional<PhoneState> joined(String code);

    /** A fresh signed device token for the session with {@code code}; empty for an unknown code. */
    Optional<String> newDevice(String code);

    /** Whether {@code device} was signed by the session with {@code code} (a forged token is not). */
    boolean validDevice(String code, String device);

    /** Whether this device has answered for this star already. */
    boolean answered(String code, String device, long starId);

    /** Records one phone's answer (and optional sentence) to the star on screen. */
    ReactionOutcome react(String code, String device, long starId, int score, String sentence);

    /** The answers so far to the star on screen, for the projector and the phones. */
    Optional<LiveResult> result(String code);

    /** Reactions and contributions per meeting that had a presentation, for the decision document. */
    List<MeetingParticipation> perMeeting();
}
