package se.stjarnbild.webapp.users;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Backs admin/users.xhtml: every staff account, paged, sortable and filterable. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    private List<UserRow> rows;
    private List<UserRow> filtered;

    public List<UserRow> getRows() {
        if (rows == null) {
            rows = new java.util.ArrayList<>(users.list()); // the table sorts it in place
        }
        return rows;
    }

    public List<UserRow> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<UserRow> filtered) {
        this.filtered = filtered;
    }
}
