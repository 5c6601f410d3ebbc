package se.stjarnbild.webapp.setup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.stjarnbild.model.campaign.Campaign;
import se.stjarnbild.model.campaign.CampaignPhase;
import se.stjarnbild.model.campaign.PhaseKind;
import se.stjarnbild.model.users.Role;

/**
 * The process (campaign) every page works in: set up by an administrator when the product is
 * installed without demo data, and corrected later (name, year, the phases' dates). The newest
 * process is the current one, as everywhere in the product.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class CampaignSetup {

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    public Optional<ProcessForm> current() {
        return latest().map(CampaignSetup::form);
    }

    /** Sets the process up ({@code id} null) or saves changes to it; returns it as saved. */
    public ProcessForm save(ProcessForm input) {
        List<ProcessRules.Problem> problems = ProcessRules.checkSaved(input.name(), input.municipality(), input.year(),
                input.description(), input.phases());
        if (!problems.isEmpty()) {
            ProcessRules.Problem first = problems.get(0);
            throw new SetupRefusal(first.field(), first.messageKey(), first.arguments());
        }
        String name = Names.clean("name", input.name(), ProcessRules.NAME_LENGTH);
        String municipality = Names.clean("municipality", input.municipality(), ProcessRules.NAME_LENGTH);
        String description = input.description() == null || input.description().isBlank() ? null : input.description().strip();
        boolean nameTaken = em.createNamedQuery(Campaign.BY_NAME, Campaign.class).setParameter("name", name)
                .getResultStream().anyMatch(c -> input.id() == null || c.getId().longValue() != input.id().longValue());
        if (nameTaken) {
            throw new SetupRefusal("name", "process.name.taken", name);
        }
        Campaign campaign;
        if (input.id() == null) {
            if (latest().isPresent()) {
                // Someone set the process up while this form was open: show theirs instead of making a second.
                throw new SetupRefusal(null, "process.alreadySetUp");
            }
            campaign = new Campaign(name, municipality, input.year());
            em.persist(campaign);
        } else {
            campaign = em.find(Campaign.class, input.id());
            if (campaign == null) {
                throw new SetupRefusal(null, "setup.gone");
            }
            if (campaign.getVersion() != input.version()) {
                throw new SetupRefusal(null, "setup.staleEdit");
            }
            // Phases are the campaign's own: a change to them alone still makes another editor's form stale.
            em.lock(campaign, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            campaign.setName(name);
            campaign.setMunicipality(municipality);
            campaign.setYear(input.year());
        }
        campaign.setDescription(description);
        for (PhaseDates phase : input.phases()) {
            Optional<CampaignPhase> existing = campaign.phase(phase.getKind());
            if (phase.isLeftOut()) {
                campaign.removePhase(phase.getKind());
            } else if (existing.isPresent()) {
                existing.get().reschedule(phase.getStart(), phase.getEnd());
            } else {
                campaign.addPhase(phase.getKind(), phase.getStart(), phase.getEnd());
            }
        }
        em.flush();
        return form(campaign);
    }

    /** An empty form: one line per phase, in the order the phases happen. */
    public static ProcessForm blank(int year) {
        return new ProcessForm(null, 0, "", "", year, "",
                Arrays.stream(PhaseKind.values()).map(k -> new PhaseDates(k, null, null)).toList());
    }

    private Optional<Campaign> latest() {
        return em.createNamedQuery(Campaign.LATEST, Campaign.class).setMaxResults(1).getResultStream().findFirst();
    }

    private static ProcessForm form(Campaign c) {
        List<PhaseDates> phases = Arrays.stream(PhaseKind.values())
                .map(kind -> c.phase(kind).map(p -> new PhaseDates(kind, p.getStartDate(), p.getEndDate()))
                        .orElseGet(() -> new PhaseDates(kind, null, null)))
                .toList();
        return new ProcessForm(c.getId(), c.getVersion(), c.getName(), c.getMunicipality(), c.getYear(),
                c.getDescription(), phases);
    }
}
