package se.stjarnbild.referencegroups.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.stjarnbild.referencegroups.ReferenceGroupOverview;
import se.stjarnbild.referencegroups.ReferenceGroupSummary;

/** Backs referencegroups/index.xhtml: the nine groups at a glance. */
@Named
@RequestScoped
public class ReferenceGroupsHomeBacking {

    @Inject
    private ReferenceGroupOverview overview;

    private List<ReferenceGroupSummary> groups;

    public List<ReferenceGroupSummary> getGroups() {
        if (groups == null) {
            groups = overview.groups();
        }
        return groups;
    }
}
