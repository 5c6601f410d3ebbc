package se.stjarnbild.dialogue.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.stjarnbild.dialogue.LiveReactions;
import se.stjarnbild.dialogue.PhoneState;
import se.stjarnbild.dialogue.ReactionOutcome;

/**
 * Backs public/react.xhtml, the page a phone opens from the projector's QR code or short link:
 * the star on screen and "Stämmer det?". Gives the phone its device token on the first visit
 * (a new one when the old one belongs to another meeting) and says what became of its last answer.
 */
@Named
@RequestScoped
public class ReactBacking {

    @Inject
    private LiveReactions live;

    @Inject
    private LiveDeviceThrottle throttle;

    private String code;
    private String result;
    private PhoneState state;
    private boolean answered;
    private boolean crowded;

    /** Runs before the page renders, so the device cookie can still be set. */
    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        state = live.joined(code).orElse(null);
        if (state == null) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<String> device = DeviceCookie.read(request).filter(token -> live.validDevice(state.code(), token));
        if (device.isEmpty()) {
            crowded = !throttle.allow(request.getRemoteAddr(), Instant.now());
            if (!crowded) {
                live.newDevice(state.code()).ifPresent(token ->
                        DeviceCookie.write(request, (HttpServletResponse) external.getResponse(), token));
            }
        } else if (state.starId() != null) {
            answered = live.answered(state.code(), device.get(), state.starId());
        }
    }

    /** The outcome of the last answer, known values only (the page shows their texts). */
    public String getOutcome() {
        if (result == null) {
            return null;
        }
        if (answered && !"counted".equalsIgnoreCase(result)) {
            // The phone has answered the star on screen: an old complaint in the address (the browser's
            // history, a second tab) would contradict the thanks shown below.
            return null;
        }
        String upper = result.toUpperCase(Locale.ROOT);
        return Arrays.stream(ReactionOutcome.values()).map(Enum::name).filter(upper::equals).findFirst()
                .map(name -> name.toLowerCase(Locale.ROOT)).orElse(null);
    }

    public boolean isCounted() {
        return "counted".equals(getOutcome());
    }

    public List<Integer> getScores() {
        return List.of(4, 3, 2, 1);
    }

    private String keptSentence;

    /** What the person had typed when the last answer was refused; read once. */
    public String getKeptSentence() {
        if (keptSentence == null) {
            keptSentence = KeptSentence.take((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        }
        return keptSentence;
    }

    public int getSentenceMax() {
        return LiveReactions.SENTENCE_MAX;
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public PhoneState getState() { return state; }
    public boolean isAnswered() { return answered; }
    public boolean isCrowded() { return crowded; }
}
