package se.stjarnbild.webapp.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Before a page is rendered, gives each of its forms a {@link NonceField} (once), so that every
 * post carries the nonce of its page's Content-Security-Policy. Registered in faces-config.xml.
 */
public class NonceFields implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        addTo((UIComponent) event.getSource());
    }

    private static void addTo(UIComponent component) {
        if (component instanceof UIForm form) {
            boolean present = form.getChildren().stream().anyMatch(NonceField.class::isInstance);
            if (!present) {
                form.getChildren().add(new NonceField());
            }
            return;
        }
        for (UIComponent child : component.getChildren()) {
            addTo(child);
        }
        component.getFacets().values().forEach(NonceFields::addTo);
    }
}
