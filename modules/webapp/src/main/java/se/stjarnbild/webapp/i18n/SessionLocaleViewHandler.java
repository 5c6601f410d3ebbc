package se.stjarnbild.webapp.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every view starts in the language the person chose, not only once the page renders: a message a
 * page adds while it loads (an unknown id in its address, say) is then in that language too.
 */
public class SessionLocaleViewHandler extends ViewHandlerWrapper {

    public SessionLocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        try {
            return CDI.current().select(LocaleBacking.class).get().getLocale();
        } catch (RuntimeException noSessionYet) {
            return super.calculateLocale(context);
        }
    }
}
