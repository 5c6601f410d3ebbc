package se.stjarnbild.webapp.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stjarnbild.webapp.config.AppConfig;

/** What the page shell shows on every page: the campaign's name, and whether this is a demo. */
@Named
@RequestScoped
public class LayoutBacking {

    @Inject
    private CampaignOverview campaigns;

    @Inject
    private AppConfig config;

    public String getCampaignName() {
        return campaigns.currentName();
    }

    public boolean isDemoMode() {
        return config.demoMode();
    }
}
