package se.stjarnbild.referencegroups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stjarnbild.meetings.Choice;
import se.stjarnbild.referencegroups.GroupDetails;
import se.stjarnbild.referencegroups.GroupSession;
import se.stjarnbild.referencegroups.ReferenceGroupOverview;

/** Backs referencegroups/group.xhtml ({@code ?id=}): purpose, contact person, sessions and their conclusions. */
@Named
@ViewScoped
public class GroupBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferenceGroupOverview overview;

    private Long id;
    private GroupDetails group;
    private String purpose;
    private Long contactId;
    private final Map<Long, String> conclusions = new HashMap<>();

    public void load() {
        group = id == null ? null : overview.details(id).orElse(null);
        if (group != null) {
            purpose = group.purpose();
            contactId = group.contactUserId();
            conclusions.clear();
            for (GroupSession s : group.sessions()) {
                conclusions.put(s.meetingId(), s.conclusion());
            }
        }
    }

    public void save() {
        if (FormRefusals.attempt("groupForm", () -> overview.describe(id, group.version(), purpose, contactId))) {
            GroupsTexts.info("group.saved");
            load();
        }
    }

    public void conclude(long meetingId) {
        if (FormRefusals.attempt("sessionsForm", () -> overview.conclude(id, meetingId, conclusions.get(meetingId)))) {
            GroupsTexts.info("group.conclusion.saved");
            load();
        }
    }

    public List<Choice> getStaff() {
        return overview.staff();
    }

    public GroupDetails getGroup() { return group; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public Long getContactId() { return contactId; }
    public void setContactId(Long contactId) { this.contactId = contactId; }
    public Map<Long, String> getConclusions() { return conclusions; }
}
