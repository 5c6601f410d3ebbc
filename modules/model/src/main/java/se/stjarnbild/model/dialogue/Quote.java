package se.stjarnbild.model.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import se.stjarnbild.model.BaseEntity;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Place;
import se.stjarnbild.model.geography.Village;

/** A verbatim statement (citat) in people's own words, tied to where it is about. */
@Entity
@Table(name = "quote")
@NamedQuery(name = Quote.BY_TEXT, query = "select q from Quote q where q.text = :text")
public class Quote extends BaseEntity {

    public static final String BY_TEXT = "Quote.byText";

    @NotBlank
    @Size(max = 4000)
    @Column(name = "text", nullable = false, length = 4000)
    private String text;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 40)
    private QuoteSource source;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "attribution", nullable = false, length = 40)
    private AttributionLevel attribution = AttributionLevel.ANONYMOUS;

    @ManyToOne
    @JoinColumn(name = "interview_id")
    private Interview interview;

    /** The meeting where the words were heard, for quotes with the source MEETING. */
    @ManyToOne
    @JoinColumn(name = "meeting_id")
    private se.stjarnbild.model.meetings.Meeting meeting;

    @ManyToOne
    @JoinColumn(name = "place_id")
    private Place place;

    @ManyToOne
    @JoinColumn(name = "village_id")
    private Village village;

    @ManyToOne
    @JoinColumn(name = "district_id")
    private District district;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    /** The codebook themes this quote is coded with. */
    @ManyToMany
    @JoinTable(name = "quote_theme", joinColumns = @JoinColumn(name = "quote_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<Theme> themes = new HashSet<>();

    protected Quote() {
    }

    public Quote(String text, QuoteSource source) {
        this.text = text;
        this.source = source;
    }

    /** Ties the quote to a place, and so to the place's village and district. */
    public void aboutPlace(Place aboutPlace) {
        this.place = aboutPlace;
        if (aboutPlace != null) {
            this.village = aboutPlace.getVillage();
            this.district = aboutPlace.getDistrict();
        }
    }

    public Interview getInterview() {
        return interview;
    }

    /** Ties the quote to the interview it was taken from, and so to where that took place. */
    public void takenFrom(Interview from) {
        this.interview = from;
        if (from != null) {
            this.district = from.getDistrict();
            this.village = from.getVillage();
            this.place = from.getPlace();
        }
    }

    /** Ties the quote to the meeting where it was heard, and to the district of the meeting's venue. */
    public void heardAt(se.stjarnbild.model.meetings.Meeting at, District inDistrict) {
        this.meeting = at;
        this.district = inDistrict;
    }

    public se.stjarnbild.model.meetings.Meeting getMeeting() {
        return meeting;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public QuoteSource getSource() {
        return source;
    }

    public AttributionLevel getAttribution() {
        return attribution;
    }

    public void setAttribution(AttributionLevel attribution) {
        this.attribution = attribution;
    }

    public Place getPlace() {
        return place;
    }

    public Village getVillage() {
        return village;
    }

    public void setVillage(Village village) {
        this.village = village;
    }

    public District getDistrict() {
        return district;
    }

    public void setDistrict(District district) {
        this.district = district;
    }

    public Set<Theme> getThemes() {
        return themes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
