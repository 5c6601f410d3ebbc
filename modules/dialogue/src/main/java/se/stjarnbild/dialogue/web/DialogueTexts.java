package se.stjarnbild.dialogue.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The dialogue module's texts for messages added from code, in the page's language. */
final class DialogueTexts {

    private static final String BUNDLE = "se.stjarnbild.dialogue.web.messages";

    private DialogueTexts() {
    }

    static String get(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale(),
                    DialogueTexts.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A date as the page's readers write it: "15 juli 2026". */
    static String date(java.time.LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                FacesContext.getCurrentInstance().getViewRoot().getLocale()).format(date);
    }

    /** Names in a sentence: "A", "A och B", "A, B och C". */
    static String listed(java.util.List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + get("list.lastSeparator") + names.get(names.size() - 1);
    }

    /** A deletion's question, followed by the stars that would lose evidence through it, if any. */
    static String confirmWithStars(String question, String starsKey, java.util.List<String> stars, long quotes) {
        return stars.isEmpty() ? question : question + " " + get(starsKey, stars.size(), listed(stars), quotes);
    }

    /** A message for the next page (after a redirect). */
    static void info(String key, Object... arguments) {
        String text = get(key, arguments);
        FacesContext.getCurrentInstance().addMessage(null,
                new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_INFO, text, null));
    }

    static void flashInfo(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, arguments), null));
    }
}
