package se.stjarnbild.dialogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stjarnbild.dialogue.DialogueCounts;
import se.stjarnbild.dialogue.DialogueOverview;

/** Backs dialogue/index.xhtml: the module's start page. */
@Named
@RequestScoped
public class DialogueHomeBacking {

    @Inject
    private DialogueOverview overview;

    private DialogueCounts counts;

    public DialogueCounts getCounts() {
        if (counts == null) {
            counts = overview.counts();
        }
        return counts;
    }
}
