package se.stjarnbild.referencegroups.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.stjarnbild.referencegroups.MemberFilter;
import se.stjarnbild.referencegroups.MemberRow;
import se.stjarnbild.referencegroups.Members;
import se.stjarnbild.referencegroups.ReferenceGroupOverview;
import se.stjarnbild.referencegroups.ReferenceGroupSummary;

/**
 * Backs referencegroups/members.xhtml: members filtered by group, name or e-mail, current or
 * former too. The groups hold tens of members each, so one filtered list is paged and sorted on
 * the page; the cap only guards against a runaway list.
 */
@Named
@ViewScoped
public class MembersBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CAP = 5_000;

    @Inject
    private Members members;

    @Inject
    private ReferenceGroupOverview overview;

    private Long groupId;
    private String text;
    private boolean includeFormer;
    private List<MemberRow> rows;
    private long total;

    public List<MemberRow> getRows() {
        if (rows == null) {
            MemberFilter filter = new MemberFilter(groupId, text, includeFormer);
            rows = new java.util.ArrayList<>(members.page(filter, 0, CAP)); // the table sorts it in place
            total = members.count(filter);
        }
        return rows;
    }

    public long getTotal() {
        getRows();
        return total;
    }

    public void applyFilter() {
        rows = null;
    }

    public List<ReferenceGroupSummary> getGroups() {
        return overview.groups();
    }

    public Long getGroupId() { return groupId; }
    public void setGroupId(Long groupId) { this.groupId = groupId; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isIncludeFormer() { return includeFormer; }
    public void setIncludeFormer(boolean includeFormer) { this.includeFormer = includeFormer; }
}
