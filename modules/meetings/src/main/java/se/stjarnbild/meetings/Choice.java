package se.stjarnbild.meetings;

import java.io.Serializable;

/** Something to pick in a form: a venue, an organiser, a reference group, a district. */
public record Choice(long id, String name) implements Serializable {
}
