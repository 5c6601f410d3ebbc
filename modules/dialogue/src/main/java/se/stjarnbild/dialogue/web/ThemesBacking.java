package se.stjarnbild.dialogue.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.stjarnbild.dialogue.Codebook;
import se.stjarnbild.dialogue.ThemeInput;
import se.stjarnbild.dialogue.ThemeRow;

/**
 * Backs dialogue/themes.xhtml: the codebook with its counts; add, rename or move a theme
 * ({@code ?edit=id} loads one into the form), merge two themes, remove an unused one.
 */
@Named
@ViewScoped
public class ThemesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SELF = "/dialogue/themes?faces-redirect=true";

    @Inject
    private Codebook codebook;

    private List<ThemeRow> themes;
    private Long editId;
    private long version;
    private String name;
    private String description;
    private Long parentId;
    private Long mergeFromId;
    private Long mergeIntoId;

    public void load() {
        if (editId == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        getThemes().stream().filter(t -> t.id() == editId).findFirst().ifPresentOrElse(t -> {
            version = t.version();
            name = t.name();
            description = t.description();
            parentId = t.parentId();
        }, () -> {
            editId = null;
            FormProblems.error("theme.unknown");
        });
    }

    public String save() {
        ThemeInput input = new ThemeInput(name, description, parentId);
        boolean saved = FormProblems.attempt("themeForm", "form.fixErrorsGeneric", "theme.editConflict", () -> {
            if (editId == null) {
                codebook.create(input);
            } else {
                codebook.update(editId, version, input);
            }
        });
        if (saved) {
            DialogueTexts.flashInfo(editId == null ? "theme.created" : "theme.saved", name.trim());
            return SELF;
        }
        return null;
    }

    public String merge() {
        long[] moved = new long[1];
        if (mergeFromId == null || mergeIntoId == null) {
            FormProblems.show("mergeForm", "form.fixErrorsGeneric", List.of(
                    new se.stjarnbild.dialogue.FieldProblem(mergeFromId == null ? "from" : "into", "theme.merge.choose")));
            return null;
        }
        String fromName = nameOf(mergeFromId);
        String intoName = nameOf(mergeIntoId);
        if (FormProblems.attempt("mergeForm", "form.fixErrorsGeneric", "theme.editConflict",
                () -> moved[0] = codebook.merge(mergeFromId, mergeIntoId))) {
            DialogueTexts.flashInfo("theme.merged", fromName, intoName, moved[0]);
            return SELF;
        }
        return null;
    }

    public String delete(ThemeRow theme) {
        if (FormProblems.attempt("themeTable", "form.fixErrorsGeneric", "theme.editConflict", () -> codebook.delete(theme.id()))) {
            DialogueTexts.flashInfo("theme.deleted", theme.name());
            return SELF;
        }
        return null;
    }

    private String nameOf(long id) {
        return getThemes().stream().filter(t -> t.id() == id).map(ThemeRow::path).findFirst().orElse("");
    }

    public List<ThemeRow> getThemes() {
        if (themes == null) {
            themes = codebook.themes();
        }
        return themes;
    }

    /** Top themes other than the one being edited: where a theme may be placed. */
    public List<ThemeRow> getParents() {
        return getThemes().stream().filter(ThemeRow::topLevel).filter(t -> editId == null || t.id() != editId).toList();
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getMergeFromId() {
        return mergeFromId;
    }

    public void setMergeFromId(Long mergeFromId) {
        this.mergeFromId = mergeFromId;
    }

    public Long getMergeIntoId() {
        return mergeIntoId;
    }

    public void setMergeIntoId(Long mergeIntoId) {
        this.mergeIntoId = mergeIntoId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
