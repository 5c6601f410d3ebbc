package se.stjarnbild.dialogue.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import se.stjarnbild.dialogue.ReactionOutcome;

/**
 * A sentence typed on the phone survives a refused answer (no choice ticked, too long) so that
 * the person only fixes what was wrong. It is kept in the session, never in the address.
 */
final class KeptSentence {

    private static final String ATTRIBUTE = "stjarnbild.react.sentence";

    private KeptSentence() {
    }

    /** Refusals the person can fix on the same star; other outcomes make the sentence moot. */
    static boolean worthKeeping(ReactionOutcome outcome, String sentence) {
        return sentence != null && !sentence.isBlank()
                && (outcome == ReactionOutcome.BAD_SCORE || outcome == ReactionOutcome.SENTENCE_TOO_LONG);
    }

    /** More than a too-long sentence needs to be shortened: a session holds no more than this. */
    static final int KEEP_MAX = 1_000;

    static void keep(HttpServletRequest request, ReactionOutcome outcome, String sentence) {
        if (worthKeeping(outcome, sentence)) {
            request.getSession().setAttribute(ATTRIBUTE, kept(sentence));
        }
    }

    static String kept(String sentence) {
        return sentence.length() > KEEP_MAX ? sentence.substring(0, KEEP_MAX) : sentence;
    }

    /** The kept sentence, once: a reload after that shows an empty box. */
    static String take(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return "";
        }
        Object kept = session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return kept == null ? "" : kept.toString();
    }
}
