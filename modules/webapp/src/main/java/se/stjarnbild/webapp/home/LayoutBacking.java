package se.stjarnbild.webapp.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import se.stjarnbild.webapp.config.AppConfig;

/** What the page shell shows on every page: the campaign's name, and whether this is a demo. */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    private CampaignOverview campaigns;

    @Inject
    private AppConfig config;

    private String campaignName;

    public String getCampaignName() {
        if (campaignName == null) {
            campaignName = campaigns.current(LocalDate.now(AppConfig.ZONE)).map(CampaignSummary::name).orElse("");
        }
        return campaignName;
    }

    public boolean isDemoMode() {
        return config.demoMode();
    }
}
