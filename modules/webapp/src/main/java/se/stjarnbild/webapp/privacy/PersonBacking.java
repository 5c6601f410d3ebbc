package se.stjarnbild.webapp.privacy;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.stjarnbild.webapp.i18n.Texts;

/**
 * Backs admin/person.xhtml: an administrator looks a person up by e-mail address, sees what is
 * held, downloads it all as JSON, or erases it (after a confirmation).
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Inject
    private PersonRecords records;

    private String email;
    /** The address the findings shown belong to; export and erasure act on it, never on an edited field. */
    private String searched;
    private PersonFindings findings;

    public void search() {
        findings = null;
        searched = null;
        if (!valid()) {
            return;
        }
        searched = email.strip();
        findings = records.find(searched);
    }

    public void export() throws IOException {
        if (!stillTheOneSearched()) {
            return;
        }
        byte[] json = records.export(searched).getBytes(StandardCharsets.UTF_8);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/json; charset=UTF-8");
        external.setResponseContentLength(json.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"personuppgifter.json\"");
        external.getResponseOutputStream().write(json);
        faces.responseComplete();
    }

    public void erase() {
        if (!stillTheOneSearched()) {
            return;
        }
        Erasure done = records.erase(searched);
        Messages.addGlobalInfo(Texts.get("person.erased", done.registrations(), done.members(), done.contributions(), done.mails()));
        findings = records.find(searched);
    }

    /** Export and erasure act on what was shown: the field edited since the search asks for a new search. */
    private boolean stillTheOneSearched() {
        if (!SearchedAddress.unchanged(searched, email)) {
            return refuseEmail("person.searchAgain");
        }
        return true;
    }

    private boolean valid() {
        if (email == null || !EMAIL.matcher(email.strip()).matches() || email.length() > 254) {
            return refuseEmail("person.email.invalid");
        }
        return true;
    }

    /** The message beside the address field and the page's summary; always false. */
    private static boolean refuseEmail(String key) {
        String text = Texts.get(key);
        FacesContext.getCurrentInstance().addMessage("personForm:email", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        Messages.addGlobalError(Texts.get("form.fixErrors"));
        Faces.validationFailed();
        return false;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public PersonFindings getFindings() { return findings; }
    public String getSearched() { return searched; }
}
