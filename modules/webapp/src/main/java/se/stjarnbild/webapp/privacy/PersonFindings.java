package se.stjarnbild.webapp.privacy;

import java.io.Serializable;
import java.util.List;

/**
 * Everything held about one e-mail address, one line per record, for the administrator to see
 * before exporting or erasing it.
 */
public record PersonFindings(String email, List<String> registrations, List<String> memberships, List<String> contributions,
        List<String> mails, List<String> users) implements Serializable {

    /** One kind's lines by name, for a page listing every kind the same way. */
    public List<String> lines(String kind) {
        return switch (kind) {
            case "registrations" -> registrations;
            case "memberships" -> memberships;
            case "contributions" -> contributions;
            case "mails" -> mails;
            case "users" -> users;
            default -> List.of();
        };
    }

    public int total() {
        return registrations.size() + memberships.size() + contributions.size() + mails.size() + users.size();
    }
}
