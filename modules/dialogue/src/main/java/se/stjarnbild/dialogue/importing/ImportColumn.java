package se.stjarnbild.dialogue.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an interview file may have, in the template's order, with the Swedish header the
 * template uses, English alternatives (for files made from English Excel), and the one-line help the
 * import page and README show. Date, interviewer and category are required because an interview
 * cannot be saved without them; a file lacking the column gets one message instead of one per row.
 */
public enum ImportColumn {

    INTERVIEW("intervju", List.of("interview", "intervju-id", "interview id"), false, false,
            "Valfritt. Rader med samma värde blir en intervju med flera citat. Tomt: raden är en egen intervju."),
    DATE("datum", List.of("date", "intervjudatum"), true, true,
            "Dagen då intervjun gjordes, till exempel 2026-07-15, 15/7/2026 eller 15 juli 2026."),
    DISTRICT("kommundel", List.of("district"), true, true,
            "Kommundelens namn, till exempel Föllinge/Laxsjö."),
    VILLAGE("by", List.of("village"), false, true,
            "Valfritt. En by i kommundelen, till exempel Skärvången."),
    PLACE("plats", List.of("place"), false, true,
            "Valfritt. En plats i kommundelen som finns i Stjärnbild, till exempel Skärvångens bymejeri."),
    INTERVIEWER("intervjuare", List.of("interviewer"), true, true,
            "Namnet på den som gjorde intervjun."),
    CATEGORY("kategori", List.of("category"), true, true,
            "Vem som intervjuades: besökare, boende, företagare, fritidsboende eller annan."),
    HOME_REGION("hemort", List.of("home region", "homeregion"), false, true,
            "Valfritt. Varifrån den intervjuade kommer, till exempel Stockholm eller Norge."),
    CONSENT("samtycke", List.of("consent"), false, true,
            "ja om den intervjuade har samtyckt till att svaren sparas. Svaren sparas bara med samtycke: en rad med nej eller tomt tas inte emot."),
    CONSENT_DATE("samtyckesdatum", List.of("consent date", "consentdate"), false, true,
            "Dagen då samtycket gavs."),
    NOTES("anteckningar", List.of("notes"), false, true,
            "Valfritt. Intervjuarens anteckningar, som vanlig text utan HTML-kod."),
    QUOTE("citat", List.of("quote"), true, false,
            "Den intervjuades ord, högst 4 000 tecken, som vanlig text utan HTML-kod. Ett citat per rad."),
    ATTRIBUTION("tillskrivning", List.of("attribution"), false, false,
            "Vad som får visas om citatets ursprung: anonym, plats eller företag. Tomt betyder anonym.");

    private static final Map<String, ImportColumn> BY_HEADER = new HashMap<>();

    static {
        for (ImportColumn column : values()) {
            BY_HEADER.put(normalised(column.header), column);
            for (String alternative : column.alternatives) {
                BY_HEADER.put(normalised(alternative), column);
            }
        }
    }

    private final String header;
    private final List<String> alternatives;
    private final boolean required;
    private final boolean describesInterview;
    private final String description;

    ImportColumn(String header, List<String> alternatives, boolean required, boolean describesInterview,
            String description) {
        this.header = header;
        this.alternatives = alternatives;
        this.required = required;
        this.describesInterview = describesInterview;
        this.description = description;
    }

    /** The Swedish header the template uses. */
    public String header() {
        return header;
    }

    /** Other headers accepted for the same column (English Excel, old templates). */
    public List<String> alternatives() {
        return alternatives;
    }

    public boolean required() {
        return required;
    }

    /** One line of Swedish help for the import page and README. */
    public String description() {
        return description;
    }

    /** True for the columns that describe the interview, which every row of one interview must repeat alike. */
    boolean describesInterview() {
        return describesInterview;
    }

    /** The column a header names, or null. Case, spaces, '_' and '-' do not matter; å, ä and ö do. */
    static ImportColumn forHeader(String header) {
        return BY_HEADER.get(normalised(header));
    }

    private static String normalised(String header) {
        String nfc = Normalizer.normalize(header.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (c == ' ' || c == '_' || c == '-' || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
