package se.stjarnbild.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import se.stjarnbild.meetings.RegistrationView;
import se.stjarnbild.meetings.Registrations;

/**
 * Backs public/registration.xhtml ({@code ?token=…}): a person's own registration through their
 * personal link, and its cancellation (asks first). Only that person's data is shown; an unknown
 * token shows nothing but a message.
 */
@Named
@ViewScoped
public class MyRegistrationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Registrations registrations;

    private String token;
    private RegistrationView view;
    private boolean loaded;
    private boolean justCancelled;

    public Optional<RegistrationView> getRegistration() {
        if (!loaded) {
            view = registrations.byToken(token).orElse(null);
            loaded = true;
        }
        return Optional.ofNullable(view);
    }

    public RegistrationView getCurrent() {
        return getRegistration().orElse(null);
    }

    public String getWhen() {
        return getRegistration().map(r -> MeetingsTexts.when(r.meeting().startsAt(), r.meeting().endsAt())).orElse("");
    }

    public void cancel() {
        if (Refusals.attempt("cancelForm", "meeting.editConflict", () -> registrations.cancel(token))) {
            justCancelled = true;
            loaded = false;
        }
    }

    public boolean isJustCancelled() {
        return justCancelled;
    }

    public String getToken() {
        return token;
    }

    /** A link copied with a space or line break around it is still the same link. */
    public void setToken(String token) {
        this.token = token == null ? null : token.strip();
    }
}
