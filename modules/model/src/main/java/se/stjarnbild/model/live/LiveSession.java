package se.stjarnbild.model.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.audit.NotAudited;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.meetings.Meeting;

/**
 * A meeting's presentation while it runs: the star on screen, the short code phones join by, and
 * the secret that signs their device tokens (one secret per session, so a token from another
 * meeting is worth nothing here).
 */
@Entity
@NotAudited
@Table(name = "live_session")
public class LiveSession extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Column(name = "code", nullable = false, length = 12)
    private String code;

    @Column(name = "secret", nullable = false, length = 64)
    private String secret;

    @ManyToOne
    @JoinColumn(name = "current_star_id")
    private Star currentStar;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected LiveSession() {
    }

    public LiveSession(Meeting meeting, String code, String secret, Instant openedAt) {
        this.meeting = meeting;
        this.code = code;
        this.secret = secret;
        this.openedAt = openedAt;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public void close(Instant at) {
        closedAt = at;
    }

    public void reopen() {
        closedAt = null;
    }

    public void show(Star star) {
        currentStar = star;
    }

    public Meeting getMeeting() { return meeting; }
    public String getCode() { return code; }
    public String getSecret() { return secret; }
    public Star getCurrentStar() { return currentStar; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getClosedAt() { return closedAt; }
}
