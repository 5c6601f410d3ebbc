package se.stjarnbild.webapp.setup;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Messages;
import se.stjarnbild.webapp.i18n.Texts;

/**
 * Backs admin/target-groups.xhtml: the target groups, add or rename one ({@code ?edit=id}),
 * delete one no reference group represents (asks first).
 */
@Named
@ViewScoped
public class TargetGroupsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/admin/target-groups?faces-redirect=true";

    @Inject
    private TargetGroupAdmin groups;

    private List<TargetGroupRow> rows;
    private Long editId;
    private long version;
    private String name;
    /** As typed, so a wrong position comes back as it was. */
    private String sortOrder;

    public void load() {
        if (editId == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        getRows().stream().filter(t -> t.id() == editId).findFirst().ifPresentOrElse(t -> {
            version = t.version();
            name = t.name();
            sortOrder = Integer.toString(t.sortOrder());
        }, () -> {
            editId = null;
            SetupActions.show("targetGroupForm", new SetupRefusal(null, "setup.gone"));
        });
    }

    public List<TargetGroupRow> getRows() {
        if (rows == null) {
            rows = new java.util.ArrayList<>(groups.list()); // the table sorts it in place
        }
        return rows;
    }

    public String save() {
        List<ProcessRules.Problem> problems = Names.check(name, GeographyAdmin.NAME_LENGTH, sortOrder);
        if (!problems.isEmpty()) {
            SetupActions.show("targetGroupForm", problems);
            return null;
        }
        TargetGroupRow[] saved = new TargetGroupRow[1];
        if (SetupActions.attempt("targetGroupForm", () -> saved[0] = groups.save(editId, version, name, Names.position(sortOrder)))) {
            Messages.addFlashGlobalInfo(Texts.get(editId == null ? "targetGroup.created" : "targetGroup.saved", saved[0].name()));
            return SELF;
        }
        return null;
    }

    public String delete(TargetGroupRow row) {
        if (SetupActions.attempt("targetGroupTable", () -> groups.delete(row.id()))) {
            Messages.addFlashGlobalInfo(Texts.get("targetGroup.deleted", row.name()));
            return SELF;
        }
        rows = null; // what is in use now, not when the page was opened
        return null;
    }

    public String uses(Uses uses) {
        return uses.describe(locale());
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isEditing() {
        return editId != null;
    }

    public Long getEditId() {
        return editId;
    }

    public void setEditId(Long editId) {
        this.editId = editId;
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
}
