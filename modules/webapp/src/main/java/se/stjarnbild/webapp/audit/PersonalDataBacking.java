package se.stjarnbild.webapp.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Backs admin/personal-data.xhtml, the register of personal data (GDPR article 30): each kind of
 * personal data the service holds, why, on what legal basis and for how long. The texts are in
 * the bundle; the retention periods that are settings are read from the configuration.
 */
@Named
@RequestScoped
public class PersonalDataBacking {

    /** The kinds, in the order the page lists them; each has what/purpose/basis/retention texts. */
    public List<String> getKinds() {
        return List.of("respondents", "members", "registrants", "contributors", "phones", "users", "mail", "audit");
    }

    public int getRegistrationRetentionDays() {
        return days("stjarnbild.registration.retention.days", 30);
    }

    public int getMemberRetentionDays() {
        return days("stjarnbild.member.retention.days", 90);
    }

    private static int days(String setting, int fallback) {
        return ConfigProvider.getConfig(PersonalDataBacking.class.getClassLoader())
                .getOptionalValue(setting, Integer.class).filter(d -> d >= 0).orElse(fallback);
    }
}
