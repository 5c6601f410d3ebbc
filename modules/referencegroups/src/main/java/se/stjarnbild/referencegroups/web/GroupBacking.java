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
        reload(Map.of(), null);
    }

    public void save() {
        if (FormRefusals.attempt("groupForm", () -> overview.describe(id, group.version(), purpose, contactId))) {
            GroupsTexts.info("group.saved");
            reload(new HashMap<>(conclusions), null);
        }
    }

    public void conclude(long meetingId) {
        // The refusal names "conclusion-<meeting>"; its box is the repeat's row of that session.
        int row = group == null ? -1 : java.util.stream.IntStream.range(0, group.sessions().size())
                .filter(i -> group.sessions().get(i).meetingId() == meetingId).findFirst().orElse(-1);
        if (FormRefusals.attempt(field -> field.startsWith("conclusion") && row >= 0 ? "sessionsForm:sessions:" + row + ":conclusion"
                : "sessionsForm:" + field, () -> overview.conclude(id, meetingId, conclusions.get(meetingId)))) {
            GroupsTexts.info("group.conclusion.saved");
            reload(new HashMap<>(conclusions), meetingId);
        }
    }

    /** Reads the group again, keeping the conclusions in {@code typed} that were edited and not just saved. */
    private void reload(Map<Long, String> typed, Long savedMeetingId) {
        List<GroupSession> before = group == null ? List.of() : group.sessions();
        group = id == null ? null : overview.details(id).orElse(null);
        if (group != null) {
            purpose = group.purpose();
            contactId = group.contactUserId();
            conclusions.clear();
            conclusions.putAll(conclusionsAfterSaving(before, group.sessions(), typed, savedMeetingId));
        }
    }

    /**
     * Each session's conclusions as the page should show them after a save: what was typed for a
     * session and not yet saved (it differs from what the page was showing, {@code before}), else
     * the stored text ({@code after}), which is also what the session just saved shows
     * ({@code savedMeetingId}, null when none).
     */
    static Map<Long, String> conclusionsAfterSaving(List<GroupSession> before, List<GroupSession> after,
            Map<Long, String> typed, Long savedMeetingId) {
        Map<Long, String> loaded = new HashMap<>();
        before.forEach(s -> loaded.put(s.meetingId(), s.conclusion()));
        Map<Long, String> shown = new HashMap<>();
        for (GroupSession s : after) {
            boolean saved = savedMeetingId != null && s.meetingId() == savedMeetingId;
            boolean edited = typed.containsKey(s.meetingId())
                    && !orEmpty(typed.get(s.meetingId())).equals(orEmpty(loaded.get(s.meetingId())));
            shown.put(s.meetingId(), edited && !saved ? typed.get(s.meetingId()) : s.conclusion());
        }
        return shown;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
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
