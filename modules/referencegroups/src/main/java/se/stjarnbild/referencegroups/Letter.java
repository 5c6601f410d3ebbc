package se.stjarnbild.referencegroups;

import java.io.Serializable;
import java.time.LocalDate;

/** A printed letter to a member without e-mail: their address, the round and their personal link. */
public record Letter(String member, String postalAddress, String group, String round, LocalDate closesOn, String link,
        String language) implements Serializable {

    /** "en" for a member who reads English, else "sv". */
    public Letter {
        language = "en".equals(language) ? "en" : "sv";
    }

    /** The locale the letter is written in. */
    public java.util.Locale locale() {
        return language.equals("en") ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("sv-SE");
    }
}
