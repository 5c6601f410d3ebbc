package se.stjarnbild.dialogue.internal;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import se.stjarnbild.dialogue.FieldProblem;

/**
 * Where a star is already part of the record: the decision document, the reference groups'
 * feedback, reactions at an open meeting, citizens' contributions. A star used there is kept
 * (it can be dropped instead), so that what people said about it keeps its subject.
 */
final class StarUses {

    private StarUses() {
    }

    /** One problem per kind of use, headed by what to do instead; empty when the star is free to go. */
    static List<FieldProblem> of(EntityManager em, long starId) {
        List<FieldProblem> uses = new ArrayList<>();
        if (any(em, "select count(*) from decision_document_star where star_id = ?1", starId)) {
            uses.add(new FieldProblem(null, "star.usedIn.document"));
        }
        if (any(em, "select count(*) from feedback_round_star where star_id = ?1", starId)
                || any(em, "select count(*) from feedback_answer where star_id = ?1", starId)) {
            uses.add(new FieldProblem(null, "star.usedIn.feedback"));
        }
        if (any(em, "select count(*) from live_reaction where star_id = ?1", starId)
                || any(em, "select count(*) from live_session where current_star_id = ?1", starId)) {
            uses.add(new FieldProblem(null, "star.usedIn.live"));
        }
        if (any(em, "select count(*) from contribution where star_id = ?1", starId)) {
            uses.add(new FieldProblem(null, "star.usedIn.contributions"));
        }
        if (!uses.isEmpty()) {
            uses.add(0, new FieldProblem(null, "star.inUse"));
        }
        return uses;
    }

    private static boolean any(EntityManager em, String countSql, long starId) {
        return ((Number) em.createNativeQuery(countSql).setParameter(1, starId).getSingleResult()).longValue() > 0;
    }
}
