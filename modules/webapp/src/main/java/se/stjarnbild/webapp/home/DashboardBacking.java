package se.stjarnbild.webapp.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Optional;
import se.stjarnbild.dialogue.DialogueCounts;
import se.stjarnbild.dialogue.DialogueOverview;
import se.stjarnbild.referencegroups.ReferenceGroupCounts;
import se.stjarnbild.referencegroups.ReferenceGroupOverview;
import se.stjarnbild.webapp.config.AppConfig;

/** Backs index.xhtml: the campaign's phases on a timeline, and what each module holds. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private CampaignOverview campaigns;

    @Inject
    private DialogueOverview dialogue;

    @Inject
    private ReferenceGroupOverview referenceGroups;

    @Inject
    private AppConfig config;

    private Optional<CampaignSummary> campaign;
    private DialogueCounts dialogueCounts;
    private ReferenceGroupCounts groupCounts;

    public CampaignSummary getCampaign() {
        if (campaign == null) {
            campaign = campaigns.current(LocalDate.now(AppConfig.ZONE));
        }
        return campaign.orElse(null);
    }

    public DialogueCounts getDialogueCounts() {
        if (dialogueCounts == null) {
            dialogueCounts = dialogue.counts();
        }
        return dialogueCounts;
    }

    public ReferenceGroupCounts getGroupCounts() {
        if (groupCounts == null) {
            groupCounts = referenceGroups.counts();
        }
        return groupCounts;
    }

    public boolean isDemoMode() {
        return config.demoMode();
    }
}
