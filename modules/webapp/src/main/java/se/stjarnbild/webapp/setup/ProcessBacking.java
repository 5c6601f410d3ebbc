package se.stjarnbild.webapp.setup;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.omnifaces.util.Messages;
import se.stjarnbild.model.campaign.PhaseKind;
import se.stjarnbild.webapp.i18n.Texts;

/**
 * Backs admin/process.xhtml: sets the process up when there is none (an installation without
 * demo data starts so), or corrects its name, municipality, year and phases.
 */
@Named
@ViewScoped
public class ProcessBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Inject
    private CampaignSetup setup;

    @Inject
    private se.stjarnbild.webapp.home.CampaignOverview overview;

    @Inject
    private se.stjarnbild.model.campaign.Municipality municipalityName;

    @Inject
    private se.stjarnbild.webapp.config.AppConfig config;

    /** The last day of the process as saved, and a last day the person was warned about and may now save. */
    private LocalDate savedLastDay;
    private LocalDate warnedLastDay;

    private Long id;
    private long version;
    private String name;
    private String municipality;
    /** As typed, so "abc" or "0026" comes back as it was and is told with the other problems. */
    private String year;
    private String description;
    private List<PhaseDates> phases;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        fill(setup.current().orElseGet(() -> CampaignSetup.blank(LocalDate.now(STOCKHOLM).getYear())));
    }

    private void fill(ProcessForm form) {
        id = form.id();
        version = form.version();
        name = form.name();
        municipality = form.municipality();
        year = form.year() == null ? "" : form.year().toString();
        description = form.description();
        phases = form.phases();
        savedLastDay = phases.stream().map(PhaseDates::getEnd).filter(java.util.Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
    }

    public String save() {
        List<ProcessRules.Problem> problems = ProcessRules.check(name, municipality, year, description, phases);
        if (!problems.isEmpty()) {
            SetupActions.show("processForm", problems);
            return null;
        }
        int retention = config.memberRetentionDays();
        java.util.Optional<LocalDate> erasing = ProcessRules.endErasesMembers(phases, savedLastDay,
                LocalDate.now(STOCKHOLM), retention);
        if (erasing.isPresent() && !erasing.get().equals(warnedLastDay)) {
            // Asks first: saving this would make the nightly job erase every member's personal data.
            warnedLastDay = erasing.get();
            SetupActions.show("processForm", List.of(new ProcessRules.Problem(lastPhaseEndField(erasing.get()),
                    "process.endErasesMembers", retention)));
            return null;
        }
        boolean setUp = id == null;
        ProcessForm input = new ProcessForm(id, version, name, municipality, ProcessRules.year(year), description, phases);
        if (SetupActions.attempt("processForm", () -> setup.save(input))) {
            // After the commit, so no page caches the old name meanwhile.
            overview.forgetName();
            municipalityName.forget();
            Messages.addFlashGlobalInfo(Texts.get(setUp ? "process.created" : "process.saved", name.strip()));
            return "/admin/process?faces-redirect=true";
        }
        return null;
    }

    private String lastPhaseEndField(LocalDate day) {
        return phases.stream().filter(p -> day.equals(p.getEnd())).map(p -> PhaseDates.field(p.getKind(), "end"))
                .reduce((first, later) -> later).orElseThrow();
    }

    /** The form line of one phase, by the phase's name as the page writes it ("INTERVIEWS"). */
    public PhaseDates phase(String kind) {
        PhaseKind wanted = PhaseKind.valueOf(kind);
        return phases.stream().filter(p -> p.getKind() == wanted).findFirst().orElseThrow();
    }

    public boolean isSetUp() {
        return id != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
