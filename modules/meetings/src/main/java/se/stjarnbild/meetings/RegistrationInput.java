package se.stjarnbild.meetings;

import java.io.Serializable;

/** A registration as entered on the public page (or by staff taking it on the phone), and the page's language. */
public record RegistrationInput(String name, String email, String phone, Long districtId, String needs,
        boolean consent, String language) implements Serializable {

    /** A registration in Swedish (staff on the phone, older callers). */
    public RegistrationInput(String name, String email, String phone, Long districtId, String needs, boolean consent) {
        this(name, email, phone, districtId, needs, consent, null);
    }

    /** "en" for English; null (Swedish) for anything else, so only languages the e-mails speak are kept. */
    public String mailLanguage() {
        return language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : null;
    }
}
