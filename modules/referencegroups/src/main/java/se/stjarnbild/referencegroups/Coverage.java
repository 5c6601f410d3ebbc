package se.stjarnbild.referencegroups;

/** Who has given input on what: this is what lets the board trust the picture. */
public interface Coverage {

    CoverageReport report();
}
