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

    private Long id;
    private long version;
    private String name;
    private String municipality;
    private Integer year;
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
        year = form.year();
        description = form.description();
        phases = form.phases();
    }

    public String save() {
        List<ProcessRules.Problem> problems = ProcessRules.check(name, municipality, year, description, phases);
        if (!problems.isEmpty()) {
            SetupActions.show("processForm", problems);
            return null;
        }
        boolean setUp = id == null;
        ProcessForm input = new ProcessForm(id, version, name, municipality, year, description, phases);
        if (SetupActions.attempt("processForm", () -> setup.save(input))) {
            Messages.addFlashGlobalInfo(Texts.get(setUp ? "process.created" : "process.saved", name.strip()));
            return "/admin/process?faces-redirect=true";
        }
        return null;
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

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
