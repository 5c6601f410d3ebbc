package se.stjarnbild.webapp.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.stjarnbild.model.audit.AuditAction;

/**
 * Backs admin/audit.xhtml: the audit log searched by a plain GET form, so a search can be
 * bookmarked and sent on; 50 entries a page, newest first. A date that cannot be read is said so
 * beside its field and the search waits for it.
 */
@Named
@RequestScoped
public class AuditBacking {

    static final int PAGE = 50;

    @Inject
    private AuditSearch search;

    private String actor;
    private String entity;
    private String entityId;
    private String action;
    private String from;
    private String to;
    private String page;

    private final List<String> problems = new ArrayList<>();
    private List<AuditRow> rows;
    private long total = -1;

    private AuditFilter filter() {
        return new AuditFilter(blankToNull(actor), blankToNull(entity), id(), action(), date(from, "from"), date(to, "to"));
    }

    public List<AuditRow> getRows() {
        if (rows == null) {
            AuditFilter f = filter();
            rows = problems.isEmpty() ? search.page(f, (currentPage() - 1) * PAGE, PAGE) : List.of();
            total = problems.isEmpty() ? search.count(f) : 0;
        }
        return rows;
    }

    public long getTotal() {
        getRows();
        return total;
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE - 1) / PAGE);
    }

    public List<String> getEntities() {
        return search.entities();
    }

    public List<AuditAction> getActions() {
        return Arrays.asList(AuditAction.values());
    }

    /** Whether a field could not be read ("from", "to" or "entityId"). */
    public boolean problem(String field) {
        getRows();
        return problems.contains(field);
    }

    /** The current search as a query string, for the paging links. */
    public String query(int toPage) {
        StringBuilder q = new StringBuilder("page=").append(toPage);
        append(q, "actor", actor);
        append(q, "entity", entity);
        append(q, "entityId", entityId);
        append(q, "action", action);
        append(q, "from", from);
        append(q, "to", to);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private Long id() {
        if (entityId == null || entityId.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(entityId.strip());
        } catch (NumberFormatException e) {
            problems.add("entityId");
            return null;
        }
    }

    private AuditAction action() {
        if (action == null || action.isBlank()) {
            return null;
        }
        return Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(action.toUpperCase(Locale.ROOT))).findFirst()
                .orElse(null);
    }

    private LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(field);
            return null;
        }
    }

    /** A logged value in words and the page's formats (see {@link AuditValues}). */
    public String shown(String entity, String value) {
        jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        return AuditValues.shown(entity, value, faces.getViewRoot().getLocale());
    }

    /** A date field's value as a date input may hold it: the date when it can be read, else empty. */
    public String dateValue(String text) {
        try {
            return text == null || text.isBlank() ? "" : LocalDate.parse(text.strip()).toString();
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getEntity() { return entity; }
    public void setEntity(String entity) { this.entity = entity; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }

    /** The page asked for, from 1; anything unreadable is the first page. */
    public int currentPage() {
        try {
            return Math.max(1, Integer.parseInt(page == null ? "1" : page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
