package se.stjarnbild.dialogue.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import se.stjarnbild.dialogue.Choice;
import se.stjarnbild.dialogue.ContributionInput;
import se.stjarnbild.dialogue.Contributions;
import se.stjarnbild.dialogue.Interviews;
import se.stjarnbild.dialogue.Stars;
import se.stjarnbild.model.dialogue.Relation;
import se.stjarnbild.model.groups.AgeBand;

/**
 * Backs public/contribute.xhtml: anyone writes what is unique where they live, without an account.
 * Spam is kept out without third parties: a field people never see (a bot that fills it gets a
 * thank-you and nothing is stored), a form sent within seconds of showing it is asked to wait, and
 * each client address may send a limited number an hour.
 */
@Named
@ViewScoped
public class ContributeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration FASTEST_HUMAN = Duration.ofSeconds(3);

    @Inject
    private Contributions contributions;

    @Inject
    private Interviews interviews;

    @Inject
    private Stars stars;

    @Inject
    private ContributionThrottle throttle;

    private Instant shownAt;
    private String text;
    private Long districtId;
    private Long villageId;
    private Long starId;
    private AgeBand ageBand;
    private Relation relation;
    private String email;
    private boolean emailConsent;
    private String website;
    private boolean sent;

    @PostConstruct
    void shown() {
        shownAt = Instant.now();
    }

    public void send() {
        if (sent) {
            return; // a second click on the same form: it went in once
        }
        if (website != null && !website.isEmpty()) {
            sent = true;
            return;
        }
        if (text == null || text.isBlank()) {
            // Nothing written: say so, whatever the speed (the timing check is for forms that were filled in).
            FormProblems.show("contributeForm", "form.fixErrorsGeneric",
                    java.util.List.of(new se.stjarnbild.dialogue.FieldProblem("text", "contribution.text.required")));
            return;
        }
        if (Duration.between(shownAt, Instant.now()).compareTo(FASTEST_HUMAN) < 0) {
            FormProblems.error("contribution.tooFast");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String client = ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
        if (!throttle.allow(client, Instant.now())) {
            FormProblems.error("contribution.throttled");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        ContributionInput input = new ContributionInput(text, districtId, villageId, starId, ageBand, relation, email, emailConsent);
        if (FormProblems.attempt("contributeForm", "form.fixErrorsGeneric", "form.fixErrorsGeneric", () -> contributions.submit(input))) {
            sent = true;
        } else {
            throttle.release(client); // only what went in counts: a corrected form costs nothing
        }
    }

    /** Writes another one: a fresh form. */
    public void another() {
        text = null;
        starId = null;
        sent = false;
        shownAt = Instant.now();
    }

    public List<Choice> getDistricts() {
        return interviews.districts();
    }

    public List<Choice> getVillages() {
        return districtId == null ? List.of() : interviews.villages(districtId);
    }

    public List<Choice> getStars() {
        return stars.choices();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public Relation[] getRelations() {
        return Relation.values();
    }

    public boolean isSent() { return sent; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getDistrictId() { return districtId; }
    public void setDistrictId(Long districtId) { this.districtId = districtId; }
    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public Long getStarId() { return starId; }
    public void setStarId(Long starId) { this.starId = starId; }
    public AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(AgeBand ageBand) { this.ageBand = ageBand; }
    public Relation getRelation() { return relation; }
    public void setRelation(Relation relation) { this.relation = relation; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public boolean isEmailConsent() { return emailConsent; }
    public void setEmailConsent(boolean emailConsent) { this.emailConsent = emailConsent; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
