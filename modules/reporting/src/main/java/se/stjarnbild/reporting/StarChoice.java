package se.stjarnbild.reporting;

import java.io.Serializable;

/** A candidate star to present in the document, with its status in the dialogue and its evidence count. */
public record StarChoice(long id, String title, String status, long evidence) implements Serializable {
}
