package se.stjarnbild.dialogue.internal;

import se.stjarnbild.model.audit.AuditAction;
import jakarta.inject.Inject;
import se.stjarnbild.model.audit.AuditWriter;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.stjarnbild.dialogue.Codebook;
import se.stjarnbild.dialogue.FieldProblem;
import se.stjarnbild.dialogue.InvalidInputException;
import se.stjarnbild.dialogue.ThemeInput;
import se.stjarnbild.dialogue.ThemeRow;
import se.stjarnbild.model.dialogue.Quote;
import se.stjarnbild.model.dialogue.Theme;

/** The codebook on JPA; codings are rows of quote_theme, moved in bulk when themes merge. */
@Stateless
public class JpaCodebook implements Codebook {

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 2_000;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private AuditWriter audit;

    @Override
    public List<ThemeRow> themes() {
        List<Theme> all = em.createNamedQuery(Theme.ALL, Theme.class).getResultList();
        Map<Long, Long> direct = counts("select qt.theme_id, count(*) from quote_theme qt group by qt.theme_id");
        Map<Long, Long> withSubThemes = counts("select coalesce(t.parent_id, t.id), count(distinct qt.quote_id) "
                + "from quote_theme qt join theme t on t.id = qt.theme_id group by coalesce(t.parent_id, t.id)");
        Map<Long, List<Theme>> children = all.stream().filter(t -> t.getParent() != null)
                .collect(Collectors.groupingBy(t -> t.getParent().getId()));
        Comparator<Theme> byName = se.stjarnbild.model.SwedishOrder.by(Theme::getName);
        List<ThemeRow> rows = new ArrayList<>();
        all.stream().filter(Theme::isTopLevel).sorted(byName).forEach(top -> {
            List<Theme> subs = children.getOrDefault(top.getId(), List.of());
            rows.add(row(top, direct, withSubThemes, subs.size()));
            subs.stream().sorted(byName).forEach(sub -> rows.add(row(sub, direct, withSubThemes, 0)));
        });
        return rows;
    }

    private static ThemeRow row(Theme theme, Map<Long, Long> direct, Map<Long, Long> withSubThemes, int subThemes) {
        long own = direct.getOrDefault(theme.getId(), 0L);
        Theme parent = theme.getParent();
        return new ThemeRow(theme.getId(), theme.getVersion(), theme.getName(), theme.getDescription(),
                parent == null ? null : parent.getId(), parent == null ? null : parent.getName(), own,
                parent == null ? withSubThemes.getOrDefault(theme.getId(), 0L) : own, subThemes);
    }

    private Map<Long, Long> counts(String sql) {
        Map<Long, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] cells = (Object[]) row;
            counts.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
        }
        return counts;
    }

    @Override
    public long create(ThemeInput input) {
        Theme theme = new Theme(input.name() == null ? null : input.name().trim(), blankToNull(input.description()));
        apply(theme, input);
        em.persist(theme);
        em.flush();
        return theme.getId();
    }

    @Override
    public void update(long id, long version, ThemeInput input) {
        Theme theme = existing(id, "name");
        if (theme.getVersion() != version) {
            throw new OptimisticLockException("theme " + id + " changed");
        }
        apply(theme, input);
        em.flush();
    }

    private void apply(Theme theme, ThemeInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = input.name() == null ? "" : input.name().trim();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "theme.name.required"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "theme.name.tooLong"));
        } else if (nameTaken(name, theme.getId())) {
            problems.add(new FieldProblem("name", "theme.name.taken"));
        }
        if (input.description() != null && input.description().length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "theme.description.tooLong"));
        }
        Theme parent = null;
        if (input.parentId() != null) {
            parent = em.find(Theme.class, input.parentId());
            if (parent == null) {
                problems.add(new FieldProblem("parent", "theme.parent.unknown"));
            } else if (parent.getId().equals(theme.getId())) {
                problems.add(new FieldProblem("parent", "theme.parent.self"));
            } else if (!parent.isTopLevel()) {
                problems.add(new FieldProblem("parent", "theme.parent.notTopLevel"));
            } else if (theme.getId() != null && hasSubThemes(theme.getId())) {
                problems.add(new FieldProblem("parent", "theme.parent.hasSubThemes"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        theme.setName(name);
        theme.setDescription(blankToNull(input.description()));
        theme.moveUnder(parent);
    }

    private boolean nameTaken(String name, Long exceptId) {
        return em.createQuery("select count(t) from Theme t where lower(t.name) = :name and t.id <> :id",
                Long.class).setParameter("name", name.toLowerCase(Locale.ROOT)).setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    private boolean hasSubThemes(long id) {
        return em.createQuery("select count(t) from Theme t where t.parent.id = :id", Long.class)
                .setParameter("id", id).getSingleResult() > 0;
    }

    @Override
    public long merge(long fromId, long intoId) {
        Theme from = existing(fromId, "from");
        Theme into = existing(intoId, "into");
        List<FieldProblem> problems = new ArrayList<>();
        if (fromId == intoId) {
            problems.add(new FieldProblem("into", "theme.merge.same"));
        } else if (into.getParent() != null && into.getParent().getId() == fromId) {
            problems.add(new FieldProblem("into", "theme.merge.intoOwnSubTheme"));
        } else if (!into.isTopLevel() && hasSubThemes(fromId)) {
            problems.add(new FieldProblem("into", "theme.merge.subThemesNeedTop"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        em.flush();
        long moved = ((Number) em.createNativeQuery("select count(*) from quote_theme where theme_id = ?1")
                .setParameter(1, fromId).getSingleResult()).longValue();
        em.createNativeQuery("insert into quote_theme (quote_id, theme_id) select qt.quote_id, ?1 from quote_theme qt "
                + "where qt.theme_id = ?2 and qt.quote_id not in (select o.quote_id from quote_theme o where o.theme_id = ?1)")
                .setParameter(1, intoId).setParameter(2, fromId).executeUpdate();
        em.createNativeQuery("delete from quote_theme where theme_id = ?1").setParameter(1, fromId).executeUpdate();
        em.createNativeQuery("update theme set parent_id = ?1, version = version + 1 where parent_id = ?2")
                .setParameter(1, intoId).setParameter(2, fromId).executeUpdate();
        // The bulk statements bypassed the persistence context: start from the database again.
        em.clear();
        em.remove(em.find(Theme.class, fromId));
        em.flush();
        audit.event(AuditAction.UPDATE, null, "Theme", intoId, "merged theme " + fromId + " into this one: " + moved + " codings");
        return moved;
    }

    @Override
    public void delete(long id) {
        Theme theme = existing(id, "name");
        long codings = ((Number) em.createNativeQuery("select count(*) from quote_theme where theme_id = ?1")
                .setParameter(1, id).getSingleResult()).longValue();
        if (codings > 0 || hasSubThemes(id)) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "theme.delete.inUse")));
        }
        em.remove(theme);
        em.flush();
    }

    @Override
    public Set<Long> themesOf(long quoteId) {
        return new HashSet<>(em.createQuery("select t.id from Quote q join q.themes t where q.id = :id", Long.class)
                .setParameter("id", quoteId).getResultList());
    }

    @Override
    public void code(long quoteId, Set<Long> themeIds) {
        Quote quote = em.find(Quote.class, quoteId);
        if (quote == null) {
            throw new InvalidInputException(List.of(new FieldProblem(null, "quote.notFound")));
        }
        Set<Theme> themes = new HashSet<>();
        for (Long themeId : themeIds) {
            Theme theme = em.find(Theme.class, themeId);
            if (theme == null) {
                throw new InvalidInputException(List.of(new FieldProblem("themes", "theme.unknown")));
            }
            themes.add(theme);
        }
        Set<Long> before = themesOf(quoteId);
        quote.getThemes().retainAll(themes);
        quote.getThemes().addAll(themes);
        em.flush();
        audit.linkSets("Quote", quoteId, "themes", before, themeIds);
    }

    @Override
    public void recode(long quoteId, Set<Long> add, Set<Long> remove) {
        Set<Long> now = themesOf(quoteId);
        now.removeAll(remove);
        now.addAll(add);
        code(quoteId, now);
    }

    private Theme existing(long id, String field) {
        Theme theme = em.find(Theme.class, id);
        if (theme == null) {
            throw new InvalidInputException(List.of(new FieldProblem(field, "theme.unknown")));
        }
        return theme;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
