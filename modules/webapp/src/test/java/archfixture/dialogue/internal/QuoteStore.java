package archfixture.dialogue.internal;

/** Planted: an internal class of a module, used from outside it by archfixture.meetings. */
public class QuoteStore {
    public int count() {
        return 0;
    }
}
