package se.stjarnbild.reporting.internal;

import java.util.List;
import se.stjarnbild.model.campaign.Campaign;

/** A new draft starts from the case as the municipality tells it, for the secretary to adjust. */
final class DraftDefaults {

    static final String UNIT = "Kommunledningsförvaltningen";
    static final String RECIPIENTS = "Kommunikationsenheten\nNäringslivsenheten\nSamtliga förvaltningar";

    private DraftDefaults() {
    }

    static String title(Campaign campaign) {
        return "Platsvarumärke för " + campaign.getMunicipality() + " – den gemensamma stjärnbilden";
    }

    static List<String> decisionPoints(Campaign campaign) {
        return List.of("Kommunstyrelsen antar stjärnbilden som " + campaign.getMunicipality()
                        + "s gemensamma platsvarumärke enligt denna tjänsteskrivelse.",
                "Stjärnbilden ska ligga till grund för kommunens kommunikation och platsutveckling.");
    }

    static String background(Campaign campaign) {
        return "Medborgardialogen 2019 visade att invånarna vill se en kommun som växer. Kommunen har som mål att bli "
                + "1 000 fler invånare. Platsvarumärket ska visa vad som är unikt för platsen, med invånarnas, "
                + "besökarnas och företagarnas egna ord som grund.\n\nUnder " + campaign.getYear() + " intervjuades "
                + "besökare under sommaren, nio referensgrupper prövade bilden under hösten och två öppna möten hölls "
                + "i oktober.";
    }
}
