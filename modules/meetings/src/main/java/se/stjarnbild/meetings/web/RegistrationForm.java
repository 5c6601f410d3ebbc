package se.stjarnbild.meetings.web;

import java.io.Serializable;
import se.stjarnbild.meetings.RegistrationInput;

/** The fields of a registration form, the same on the public page and for staff taking one by phone. */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String email;
    private String phone;
    private Long districtId;
    private String needs;
    private boolean consent;

    RegistrationInput input(boolean consentGiven) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        String language = faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale().getLanguage();
        return new RegistrationInput(name, email, phone, districtId, needs, consentGiven, language);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getDistrictId() {
        return districtId;
    }

    public void setDistrictId(Long districtId) {
        this.districtId = districtId;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
