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

/**
 * One phone's answer to "Stämmer det?" for one star, 1 (not at all) to 4 (fully). The device is
 * the random part of a signed token, not a person; the database keeps it to one answer per star.
 */
@Entity
@NotAudited
@Table(name = "live_reaction")
public class LiveReaction extends BaseEntity {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;

    @ManyToOne(optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private LiveSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "star_id", nullable = false)
    private Star star;

    @Column(name = "device", nullable = false, length = 32)
    private String device;

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LiveReaction() {
    }

    public LiveReaction(LiveSession session, Star star, String device, int score, Instant createdAt) {
        this.session = session;
        this.star = star;
        this.device = device;
        this.score = score;
        this.createdAt = createdAt;
    }

    public LiveSession getSession() { return session; }
    public Star getStar() { return star; }
    public String getDevice() { return device; }
    public int getScore() { return score; }
    public Instant getCreatedAt() { return createdAt; }
}
