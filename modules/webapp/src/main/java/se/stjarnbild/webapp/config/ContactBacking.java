package se.stjarnbild.webapp.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The municipality's contact address for the public pages ({@code STJARNBILD_CONTACT_EMAIL}). */
@Named("contact")
@ApplicationScoped
public class ContactBacking {

    private final String email = new AppConfig().contactEmail().orElse(null);

    public String getEmail() {
        return email;
    }
}
