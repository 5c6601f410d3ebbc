package se.stjarnbild.meetings;

import java.io.Serializable;

/** A registration as entered on the public page (or by staff taking it on the phone). */
public record RegistrationInput(String name, String email, String phone, Long districtId, String needs,
        boolean consent) implements Serializable {
}
