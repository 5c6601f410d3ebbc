package se.stjarnbild.dialogue;

import java.io.Serializable;

/** A theme as entered: its name, what it means, and the top theme it belongs under (null: a top theme). */
public record ThemeInput(String name, String description, Long parentId) implements Serializable {
}
