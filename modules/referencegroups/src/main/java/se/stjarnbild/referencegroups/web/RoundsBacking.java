package se.stjarnbild.referencegroups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.referencegroups.FeedbackRounds;
import se.stjarnbild.referencegroups.ReferenceGroupOverview;
import se.stjarnbild.referencegroups.ReferenceGroupSummary;
import se.stjarnbild.referencegroups.RoundInput;
import se.stjarnbild.referencegroups.RoundRow;

/** Backs referencegroups/rounds.xhtml: every round with its response rate, and opening a new one. */
@Named
@ViewScoped
public class RoundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private FeedbackRounds rounds;

    @Inject
    private ReferenceGroupOverview overview;

    private List<RoundRow> rows;
    private String title;
    private LocalDate closesOn = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusWeeks(3);
    private List<Long> groupIds = new ArrayList<>();
    private List<Long> starIds = new ArrayList<>();

    public List<RoundRow> getRows() {
        if (rows == null) {
            rows = new java.util.ArrayList<>(rounds.list()); // the table sorts it in place
        }
        return rows;
    }

    public String open() {
        RoundInput input = new RoundInput(title, closesOn, new HashSet<>(groupIds), new HashSet<>(starIds));
        long[] id = new long[1];
        if (!FormRefusals.attempt("roundForm", () -> id[0] = rounds.open(input))) {
            return null;
        }
        GroupsTexts.flashInfo("round.opened", title.strip());
        return "/referencegroups/round?faces-redirect=true&id=" + id[0];
    }

    public List<ReferenceGroupSummary> getGroups() {
        return overview.groups();
    }

    public List<Choice> getStars() {
        return rounds.stars();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public List<Long> getGroupIds() { return groupIds; }
    public void setGroupIds(List<Long> groupIds) { this.groupIds = groupIds; }
    public List<Long> getStarIds() { return starIds; }
    public void setStarIds(List<Long> starIds) { this.starIds = starIds; }
}
