package se.stjarnbild.dialogue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import se.stjarnbild.dialogue.DialogueCounts;
import se.stjarnbild.dialogue.DialogueOverview;

@ApplicationScoped
public class JpaDialogueOverview implements DialogueOverview {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Override
    public DialogueCounts counts() {
        return new DialogueCounts(
                count("select count(i) from Interview i"),
                count("select count(q) from Quote q"),
                count("select count(p) from Place p"),
                count("select count(t) from Theme t"));
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }
}
