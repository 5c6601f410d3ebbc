package se.stjarnbild.reporting.document;

import java.io.Serializable;

/** One labelled number in the document: "Hotagen: 12". */
public record Count(String label, long value) implements Serializable {
}
