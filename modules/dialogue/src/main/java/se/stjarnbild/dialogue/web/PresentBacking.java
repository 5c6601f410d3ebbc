package se.stjarnbild.dialogue.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import se.stjarnbild.dialogue.LiveReactions;
import se.stjarnbild.dialogue.LiveResult;
import se.stjarnbild.dialogue.LiveState;
import se.stjarnbild.dialogue.QrCodes;
import se.stjarnbild.dialogue.Slide;

/**
 * Backs dialogue/present.xhtml, the projector view of an open meeting: one candidate star at a
 * time with its strongest quotes and districts, the QR code and short link phones join by, and
 * the room's answers, updated by server-sent events. Stepped with the arrow keys or a clicker.
 */
@Named
@ViewScoped
public class PresentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LiveReactions live;

    private Long meeting;
    private String meetingTitle;
    private LiveState state;
    private List<Slide> slides;
    private LiveResult result;
    private long resultReadAt;

    /** Runs on the first view: finds the meeting and its presentation (if started). */
    public void load() {
        if (meeting == null) {
            return;
        }
        meetingTitle = live.meetingTitle(meeting).orElse(null);
        state = meetingTitle == null ? null : live.state(meeting).orElse(null);
    }

    public void start() {
        if (FormProblems.attempt("startForm", "form.fixErrorsGeneric", "live.changedMeanwhile", () -> state = live.start(meeting))) {
            slides = null;
        }
    }

    public void next() {
        step(1);
    }

    public void previous() {
        step(-1);
    }

    private void step(int delta) {
        FormProblems.attempt("controls", "form.fixErrorsGeneric", "live.changedMeanwhile", () -> state = live.step(meeting, delta));
    }

    public void close() {
        FormProblems.attempt("controls", "form.fixErrorsGeneric", "live.changedMeanwhile", () -> state = live.setOpen(meeting, false));
    }

    public void reopen() {
        FormProblems.attempt("controls", "form.fixErrorsGeneric", "live.changedMeanwhile", () -> state = live.setOpen(meeting, true));
    }

    /** The star on screen, read fresh with its quotes (staff may have linked more evidence). */
    public Optional<Slide> getSlide() {
        if (state == null || state.starId() == null) {
            return Optional.empty();
        }
        if (slides == null || slides.stream().noneMatch(s -> s.starId() == state.starId())) {
            slides = live.slides();
        }
        return slides.stream().filter(s -> s.starId() == state.starId()).findFirst();
    }

    /** The room's answers so far; read at most once a second, however often the page asks. */
    public LiveResult getResult() {
        if (state == null) {
            return null;
        }
        long now = System.nanoTime();
        if (result == null || now - resultReadAt > 1_000_000_000L || !java.util.Objects.equals(result.starId(), state.starId())) {
            result = live.result(state.code()).orElse(null);
            resultReadAt = now;
        }
        return result;
    }

    /**
     * The link phones open: the address people reach the service at (STJARNBILD_BASE_URL), unless
     * that is still a loopback address while this projector came by a real one (a demo on a laptop
     * in the room's network): phones cannot open "localhost", so the projector's address is used.
     */
    public String getShortLink() {
        return base() + "/r/" + state.code();
    }

    /** The short link without the scheme, as people type it. */
    public String getShortLinkShown() {
        return getShortLink().replaceFirst("^https?://", "");
    }

    public String getQrSvg() {
        return QrCodes.svg(getShortLink(), DialogueTexts.get("present.qr.label", getShortLinkShown()));
    }

    private String base() {
        String configured = ConfigProvider.getConfig(PresentBacking.class.getClassLoader())
                .getOptionalValue("stjarnbild.base.url", String.class).orElse("").replaceAll("/+$", "");
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String url = request.getRequestURL().toString();
        String used = url.substring(0, url.indexOf(request.getRequestURI())) + request.getContextPath();
        return JoinLinks.choose(configured, used);
    }

    /** A bar's width in percent of the largest count, for the results chart. */
    public long width(long count) {
        LiveResult result = getResult();
        long max = result == null ? 0 : result.counts().stream().mapToLong(Long::longValue).max().orElse(0);
        return max == 0 ? 0 : Math.round(100.0 * count / max);
    }

    public Long getMeeting() { return meeting; }
    public void setMeeting(Long meeting) { this.meeting = meeting; }
    public String getMeetingTitle() { return meetingTitle; }
    public LiveState getState() { return state; }
}
