package se.stjarnbild.referencegroups.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stjarnbild.referencegroups.Coverage;
import se.stjarnbild.referencegroups.CoverageReport;
import se.stjarnbild.referencegroups.Gap;

/** Backs referencegroups/coverage.xhtml: groups × stars, and the gaps in words. */
@Named
@RequestScoped
public class CoverageBacking {

    @Inject
    private Coverage coverage;

    private CoverageReport report;

    public CoverageReport getReport() {
        if (report == null) {
            report = coverage.report();
        }
        return report;
    }

    public String text(Gap gap) {
        return GroupsTexts.get(gap.messageKey(), gap.arguments().toArray());
    }
}
