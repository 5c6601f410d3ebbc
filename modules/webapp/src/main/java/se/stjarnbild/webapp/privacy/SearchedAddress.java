package se.stjarnbild.webapp.privacy;

import java.util.Locale;

/** Whether the address in the field is still the one whose records are shown. */
final class SearchedAddress {

    private SearchedAddress() {
    }

    static boolean unchanged(String searched, String field) {
        return searched != null && field != null
                && searched.strip().toLowerCase(Locale.ROOT).equals(field.strip().toLowerCase(Locale.ROOT));
    }
}
