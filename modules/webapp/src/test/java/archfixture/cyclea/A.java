package archfixture.cyclea;

/** Planted violation: a package cycle with archfixture.cycleb. */
public class A {
    public archfixture.cycleb.B partner() {
        return new archfixture.cycleb.B();
    }
}
