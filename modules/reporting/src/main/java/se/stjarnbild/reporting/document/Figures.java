package se.stjarnbild.reporting.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.stjarnbild.reporting.Change;

/**
 * A version's numbers and section texts as labelled values, stored with the version so that two
 * drafts can be compared long after the data behind them changed.
 */
public final class Figures {

    private Figures() {
    }

    public static Map<String, String> of(DocumentContent c) {
        Map<String, String> f = new UniqueLabels();
        f.put(Words.get("dnr"), nz(c.registryNumber()));
        f.put(Words.get("matter"), c.title());
        f.put(Words.get("proposal"), String.join(" | ", c.decisionPoints()));
        f.put(Words.get("summary"), RichText.text(c.summary()));
        f.put(Words.get("background"), RichText.text(c.background()));
        Method m = c.method();
        f.put("Intervjuer totalt", Long.toString(m.interviews()));
        m.byMonth().forEach(x -> f.put("Intervjuer " + x.label(), Long.toString(x.value())));
        m.byDistrict().forEach(x -> f.put("Intervjuer – " + x.label(), Long.toString(x.value())));
        m.byCategory().forEach(x -> f.put("Intervjuer – " + x.label(), Long.toString(x.value())));
        m.groups().forEach(g -> f.put("Medlemmar – " + g.name(), Long.toString(g.members())));
        m.meetings().forEach(x -> f.put("Anmälda – " + x.title(), Long.toString(x.registered())));
        m.meetings().forEach(x -> f.put("Reaktioner – " + x.title(), Long.toString(x.reactions())));
        m.meetings().forEach(x -> f.put("Citat från mötet – " + x.title(), Long.toString(x.quotes())));
        f.put("Bidrag via webbformuläret", Long.toString(m.online().received()));
        m.rounds().forEach(r -> f.put("Svar – " + r.title(), r.answered() + " av " + r.invited()));
        f.put(Words.get("method.missing"), String.join(" | ", m.gaps()));
        f.put(Words.get("starimage"), String.join(" | ", c.stars().stream().map(StarSection::title).toList()));
        for (StarSection s : c.stars()) {
            f.put("Citat – " + s.title(), Long.toString(s.evidence()));
            if (s.ratings() != null) {
                f.put("Bedömning – " + s.title(), Words.decimal(s.ratings().truthMedian()) + " / "
                        + Words.decimal(s.ratings().uniquenessMedian()) + " (" + s.ratings().answers() + ")");
            }
        }
        f.put(Words.get("consequences.economy"), RichText.text(c.consequencesEconomy()));
        f.put(Words.get("consequences.children"), RichText.text(c.consequencesChildren()));
        f.put(Words.get("consequences.equality"), RichText.text(c.consequencesEquality()));
        f.put(Words.get("recipients"), String.join(" | ", c.recipients()));
        return f;
    }

    /**
     * Two meetings or rounds with the same title would share a label and the second would hide the
     * first: a repeated label gets its number, "(2)", "(3)", in the document's order.
     */
    static final class UniqueLabels extends LinkedHashMap<String, String> {

        private static final long serialVersionUID = 1L;

        @Override
        public String put(String label, String value) {
            String unique = label;
            for (int n = 2; containsKey(unique); n++) {
                unique = label + " (" + n + ")";
            }
            return super.put(unique, value);
        }
    }

    /** One value per line, "label\tvalue", with tabs and line breaks in values made spaces. */
    public static String serialise(Map<String, String> figures) {
        StringBuilder out = new StringBuilder();
        figures.forEach((k, v) -> out.append(flat(k)).append('\t').append(flat(v)).append('\n'));
        return out.toString();
    }

    public static Map<String, String> parse(String text) {
        Map<String, String> figures = new LinkedHashMap<>();
        text.lines().filter(l -> l.contains("\t")).forEach(l -> {
            int tab = l.indexOf('\t');
            figures.put(l.substring(0, tab), l.substring(tab + 1));
        });
        return figures;
    }

    /** Every label whose value differs, in the order of the newer version, then labels only the older had. */
    public static List<Change> compare(Map<String, String> before, Map<String, String> after) {
        List<Change> changes = new ArrayList<>();
        after.forEach((k, v) -> {
            String old = before.get(k);
            if (!v.equals(old)) {
                changes.add(new Change(k, old == null ? "" : old, v));
            }
        });
        before.forEach((k, v) -> {
            if (!after.containsKey(k)) {
                changes.add(new Change(k, v, ""));
            }
        });
        return changes;
    }

    private static String flat(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
