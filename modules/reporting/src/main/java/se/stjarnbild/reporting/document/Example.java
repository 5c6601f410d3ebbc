package se.stjarnbild.reporting.document;

import java.io.Serializable;

/** A quote as the document may show it: the words, and only as much origin as its attribution allows. */
public record Example(String text, String origin) implements Serializable {
}
