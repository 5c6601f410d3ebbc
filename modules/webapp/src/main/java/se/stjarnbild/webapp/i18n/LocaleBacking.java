package se.stjarnbild.webapp.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;

/** The person's language for this session: Swedish unless they choose English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    private static final List<Locale> SUPPORTED = List.of(SWEDISH, ENGLISH);

    private Locale locale = SWEDISH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /**
     * Switches language and shows the same view again in it, with what the page holds (an
     * import's review, search results). Only an address that itself asks for a language
     * ("?lang=en") is left by a redirect, as it would otherwise switch the next postback back.
     */
    public void switchTo(String language) throws IOException {
        locale = forLanguage(language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        String query = Faces.getRequestQueryString();
        String kept = withoutLanguage(query);
        if (query != null && !kept.equals(query)) {
            // "?lang=" left in the address would switch the next postback back: leave it behind.
            // The external context's redirect: OmniFaces' would read "%C3%A5" in the query as a format.
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(Faces.getRequestURI() + (kept.isEmpty() ? "" : "?" + kept));
        }
        // Otherwise the same view renders again in the new language, keeping what the page holds
        // that no form does: an import's review, search results, rows added to a list of times.
    }

    /** The query without "lang=…": on login.xhtml?lang=en it would otherwise switch right back. */
    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return java.util.Arrays.stream(query.split("&")).filter(p -> !p.equals("lang") && !p.startsWith("lang="))
                .collect(java.util.stream.Collectors.joining("&"));
    }

    /** From a link such as {@code login.xhtml?lang=en}; anything unknown is ignored. */
    public String getRequestedLanguage() {
        return null;
    }

    public void setRequestedLanguage(String language) {
        if (language != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(language))) {
            locale = forLanguage(language);
        }
    }

    static Locale forLanguage(String language) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(SWEDISH);
    }
}
