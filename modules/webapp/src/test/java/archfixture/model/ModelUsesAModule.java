package archfixture.model;

import archfixture.meetings.ReachesIntoDialogue;

/** Planted violation: the model depending on a feature module. */
public class ModelUsesAModule {
    public int quotes() {
        return new ReachesIntoDialogue().quotes();
    }
}
