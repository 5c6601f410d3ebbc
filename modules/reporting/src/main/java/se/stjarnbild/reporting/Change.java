package se.stjarnbild.reporting;

import java.io.Serializable;

/** One thing that differs between two versions: a number or a section's words, before and after. */
public record Change(String what, String before, String after) implements Serializable {
}
