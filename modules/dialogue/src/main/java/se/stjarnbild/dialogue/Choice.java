package se.stjarnbild.dialogue;

import java.io.Serializable;

/** Something to pick in a form: a district, a village, a place. */
public record Choice(long id, String name) implements Serializable {
}
