package archfixture.meetings;

import archfixture.dialogue.internal.QuoteStore;

/** Planted violation: a module using another module's internals. */
public class ReachesIntoDialogue {
    public int quotes() {
        return new QuoteStore().count();
    }
}
