package archfixture.cycleb;

/** Planted violation: a package cycle with archfixture.cyclea. */
public class B {
    public archfixture.cyclea.A partner() {
        return new archfixture.cyclea.A();
    }
}
