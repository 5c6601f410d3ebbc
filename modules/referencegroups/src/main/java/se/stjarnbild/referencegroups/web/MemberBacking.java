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
import se.stjarnbild.model.groups.AgeBand;
import se.stjarnbild.model.groups.Recruitment;
import se.stjarnbild.referencegroups.MemberDetails;
import se.stjarnbild.referencegroups.MemberInput;
import se.stjarnbild.referencegroups.Members;
import se.stjarnbild.referencegroups.ReferenceGroupOverview;
import se.stjarnbild.referencegroups.ReferenceGroupSummary;

/**
 * Backs referencegroups/member.xhtml: add a member ({@code ?group=} preselects a group), edit one
 * ({@code ?id=}), end a membership, erase a member's personal data (asks first).
 */
@Named
@ViewScoped
public class MemberBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Members members;

    @Inject
    private ReferenceGroupOverview overview;

    private Long id;
    private Long preselectedGroup;
    private long version;
    private boolean erased;
    private boolean missing;
    private String name;
    private String email;
    private String phone;
    private String postalAddress;
    private List<Long> groupIds = new ArrayList<>();
    private LocalDate joinedOn;
    private LocalDate leftOn;
    private Recruitment recruitedHow;
    private boolean consentGiven;
    private LocalDate consentDate;
    private AgeBand ageBand;
    private Long residenceDistrictId;
    private Integer yearsHere;
    private String language;
    private LocalDate endOn;

    public void load() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        endOn = today;
        if (id == null) {
            joinedOn = today;
            consentDate = today;
            if (preselectedGroup != null) {
                groupIds = new ArrayList<>(List.of(preselectedGroup));
            }
            return;
        }
        MemberDetails details = members.find(id).orElse(null);
        if (details == null) {
            missing = true;
            return;
        }
        MemberInput in = details.input();
        version = details.version();
        erased = details.erased();
        name = in.name();
        email = in.email();
        phone = in.phone();
        postalAddress = in.postalAddress();
        groupIds = new ArrayList<>(in.groupIds());
        joinedOn = in.joinedOn();
        leftOn = in.leftOn();
        recruitedHow = in.recruitedHow();
        consentGiven = in.consentGiven();
        consentDate = in.consentDate();
        ageBand = in.ageBand();
        residenceDistrictId = in.residenceDistrictId();
        yearsHere = in.yearsHere();
        language = in.language();
    }

    public String save() {
        MemberInput input = new MemberInput(name, email, phone, postalAddress, new HashSet<>(groupIds), joinedOn, leftOn,
                recruitedHow, consentGiven, consentDate, ageBand, residenceDistrictId, yearsHere, language);
        long[] saved = new long[1];
        if (!FormRefusals.attempt("memberForm", () -> saved[0] = members.save(id, version, input))) {
            return null;
        }
        GroupsTexts.flashInfo(id == null ? "member.added" : "member.saved", name.strip());
        return "/referencegroups/members?faces-redirect=true";
    }

    public String end() {
        if (!FormRefusals.attempt("endForm", () -> members.end(id, endOn))) {
            return null;
        }
        GroupsTexts.flashInfo("member.ended", name);
        return "/referencegroups/members?faces-redirect=true";
    }

    public String erase() {
        if (!FormRefusals.attempt("eraseForm", () -> members.erase(id))) {
            return null;
        }
        GroupsTexts.flashInfo("member.erasedNotice");
        return "/referencegroups/members?faces-redirect=true";
    }

    public List<ReferenceGroupSummary> getGroups() {
        return overview.groups();
    }

    public List<Choice> getDistricts() {
        return members.districts();
    }

    public AgeBand[] getAgeBands() {
        return AgeBand.values();
    }

    public Recruitment[] getRecruitments() {
        return Recruitment.values();
    }

    public boolean isEditing() { return id != null; }
    public boolean isErased() { return erased; }
    public boolean isMissing() { return missing; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    /** The address's id as typed: one that is not a number names no member ("?id=abc"). */
    public String getIdText() { return id == null ? null : id.toString(); }
    public void setIdText(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            id = Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            id = -1L;
        }
    }
    public Long getPreselectedGroup() { return preselectedGroup; }
    public void setPreselectedGroup(Long preselectedGroup) { this.preselectedGroup = preselectedGroup; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPostalAddress() { return postalAddress; }
    public void setPostalAddress(String postalAddress) { this.postalAddress = postalAddress; }
    public List<Long> getGroupIds() { return groupIds; }
    public void setGroupIds(List<Long> groupIds) { this.groupIds = groupIds; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    public LocalDate getLeftOn() { return leftOn; }
    public void setLeftOn(LocalDate leftOn) { this.leftOn = leftOn; }
    public Recruitment getRecruitedHow() { return recruitedHow; }
    public void setRecruitedHow(Recruitment recruitedHow) { this.recruitedHow = recruitedHow; }
    public boolean isConsentGiven() { return consentGiven; }
    public void setConsentGiven(boolean consentGiven) { this.consentGiven = consentGiven; }
    public LocalDate getConsentDate() { return consentDate; }
    public void setConsentDate(LocalDate consentDate) { this.consentDate = consentDate; }
    public AgeBand getAgeBand() { return ageBand; }
    public void setAgeBand(AgeBand ageBand) { this.ageBand = ageBand; }
    public Long getResidenceDistrictId() { return residenceDistrictId; }
    public void setResidenceDistrictId(Long residenceDistrictId) { this.residenceDistrictId = residenceDistrictId; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public Integer getYearsHere() { return yearsHere; }
    public void setYearsHere(Integer yearsHere) { this.yearsHere = yearsHere; }
    public LocalDate getEndOn() { return endOn; }
    public void setEndOn(LocalDate endOn) { this.endOn = endOn; }
}
