package se.stjarnbild.dialogue.importing;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The file as a whole cannot be read (wrong format, too large, broken); no row was looked at. Carries a
 * message key and its arguments so the page can say, in the person's language, what to do instead.
 */
public class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public ImportFileException(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
