package se.stjarnbild.dialogue.internal;

import jakarta.persistence.EntityManager;

/**
 * Removing quotes in bulk: their codings and evidence links go first, since the database keeps
 * them with foreign keys and bulk deletes bypass JPA's own clean-up. Quotes of an interview are
 * never taken from a contribution or a comment, so only a single quote can be pointed at by those.
 */
final class QuoteRemoval {

    private QuoteRemoval() {
    }

    /** Removes the quotes taken from an interview; returns how many. */
    static long ofInterview(EntityManager em, long interviewId) {
        String quotesOfInterview = "(select q.id from quote q where q.interview_id = ?1)";
        em.createNativeQuery("delete from quote_theme where quote_id in " + quotesOfInterview)
                .setParameter(1, interviewId).executeUpdate();
        em.createNativeQuery("delete from star_evidence where quote_id in " + quotesOfInterview)
                .setParameter(1, interviewId).executeUpdate();
        return em.createNativeQuery("delete from quote where interview_id = ?1").setParameter(1, interviewId)
                .executeUpdate();
    }

    /** Removes one quote; false when there was none. */
    static boolean one(EntityManager em, long quoteId) {
        // A contribution or a reference-group comment may have become this quote; they stay, no longer
        // pointing at it (the comment can be taken again).
        em.createNativeQuery("update contribution set quote_id = null where quote_id = ?1").setParameter(1, quoteId)
                .executeUpdate();
        em.createNativeQuery("update feedback_answer set quote_id = null where quote_id = ?1").setParameter(1, quoteId)
                .executeUpdate();
        em.createNativeQuery("delete from quote_theme where quote_id = ?1").setParameter(1, quoteId).executeUpdate();
        em.createNativeQuery("delete from star_evidence where quote_id = ?1").setParameter(1, quoteId).executeUpdate();
        return em.createNativeQuery("delete from quote where id = ?1").setParameter(1, quoteId).executeUpdate() > 0;
    }
}
