package se.stjarnbild.dialogue;

import java.io.Serializable;
import java.util.List;
import se.stjarnbild.model.dialogue.StarStatus;

/** One star as its page and form show it. No districts means the whole municipality. */
public record StarDetails(long id, long version, String title, String description, StarStatus status,
        List<Choice> districts) implements Serializable {
}
