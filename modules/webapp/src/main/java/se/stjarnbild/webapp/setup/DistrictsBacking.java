package se.stjarnbild.webapp.setup;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import se.stjarnbild.webapp.i18n.Texts;

/**
 * Backs admin/districts.xhtml: the districts with their villages. {@code ?edit=id} opens one
 * district to rename it and keep its villages; {@code &village=id} renames one of them. Nothing
 * anything refers to is deleted, and every deletion asks first.
 */
@Named
@ViewScoped
public class DistrictsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GeographyAdmin geography;

    private List<DistrictRow> rows;
    private Long editId;
    private Long villageId;
    private long version;
    private String name;
    /** As typed, so a wrong position comes back as it was. */
    private String sortOrder;
    private long villageVersion;
    private String villageName;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || editId == null) {
            return;
        }
        Optional<DistrictRow> district = editing();
        if (district.isEmpty()) {
            editId = null;
            villageId = null;
            SetupActions.show("districtForm", new SetupRefusal(null, "setup.gone"));
            return;
        }
        version = district.get().version();
        name = district.get().name();
        sortOrder = Integer.toString(district.get().sortOrder());
        if (villageId != null) {
            district.get().villages().stream().filter(v -> v.id() == villageId).findFirst().ifPresentOrElse(v -> {
                villageVersion = v.version();
                villageName = v.name();
            }, () -> villageId = null);
        }
    }

    public List<DistrictRow> getRows() {
        if (rows == null) {
            rows = new java.util.ArrayList<>(geography.districts()); // the table sorts it in place
        }
        return rows;
    }

    private Optional<DistrictRow> editing() {
        return editId == null ? Optional.empty() : getRows().stream().filter(d -> d.id() == editId).findFirst();
    }

    /** The district opened for editing, or null. */
    public DistrictRow getDistrict() {
        return editing().orElse(null);
    }

    public String save() {
        List<ProcessRules.Problem> problems = Names.check(name, GeographyAdmin.NAME_LENGTH, sortOrder);
        if (!problems.isEmpty()) {
            SetupActions.show("districtForm", problems);
            return null;
        }
        DistrictRow[] saved = new DistrictRow[1];
        if (SetupActions.attempt("districtForm", () -> saved[0] = geography.saveDistrict(editId, version, name, Names.position(sortOrder)))) {
            Messages.addFlashGlobalInfo(Texts.get(editId == null ? "district.created" : "district.saved", saved[0].name()));
            // A new district opens at once, so its villages can be added next.
            return self(saved[0].id());
        }
        return null;
    }

    public String delete(DistrictRow row) {
        if (SetupActions.attempt("districtTable", () -> geography.deleteDistrict(row.id()))) {
            Messages.addFlashGlobalInfo(Texts.get("district.deleted", row.name()));
            return "/admin/districts?faces-redirect=true";
        }
        rows = null; // what is in use now, not when the page was opened
        return null;
    }

    public String saveVillage() {
        boolean adding = villageId == null;
        if (SetupActions.attempt("villageForm", () -> {
            if (adding) {
                geography.addVillage(editId, villageName);
            } else {
                geography.renameVillage(villageId, villageVersion, villageName);
            }
        })) {
            Messages.addFlashGlobalInfo(Texts.get(adding ? "village.created" : "village.saved", villageName.strip()));
            return self(editId);
        }
        return null;
    }

    public String deleteVillage(DistrictRow.VillageRow village) {
        if (SetupActions.attempt("villageTable", () -> geography.deleteVillage(village.id()))) {
            Messages.addFlashGlobalInfo(Texts.get("village.deleted", village.name()));
            return self(editId);
        }
        rows = null; // what is in use now, not when the page was opened
        return null;
    }

    public String uses(Uses uses) {
        return uses.describe(TargetGroupsBacking.locale());
    }

    private static String self(long districtId) {
        Faces.getFlash().setKeepMessages(true);
        return "/admin/districts?faces-redirect=true&edit=" + districtId;
    }

    /** A district is open (and still there: another administrator may have deleted it meanwhile). */
    public boolean isEditing() {
        return getDistrict() != null;
    }

    public boolean isRenamingVillage() {
        return villageId != null;
    }

    public Long getEditId() {
        return editId;
    }

    public void setEditId(Long editId) {
        this.editId = editId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public void setVillageId(Long villageId) {
        this.villageId = villageId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(String sortOrder) {
        this.sortOrder = sortOrder;
    }

    public String getVillageName() {
        return villageName;
    }

    public void setVillageName(String villageName) {
        this.villageName = villageName;
    }
}
