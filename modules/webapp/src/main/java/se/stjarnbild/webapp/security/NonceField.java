package se.stjarnbild.webapp.security;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * The page's script nonce as a hidden field of a form. PrimeFaces checks it on every post against
 * the nonce its page was given; its script adds the field too, but a form posted before that
 * script ran, or without scripts at all, must still be accepted.
 */
public class NonceField extends UIComponentBase {

    static final String ID = "cspNonce";
    static final String PARAMETER = "primefaces.nonce";

    public NonceField() {
        setId(ID);
        setTransient(false);
    }

    @Override
    public String getFamily() {
        return "se.stjarnbild.NonceField";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", this);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", PARAMETER, null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.writeAttribute("autocomplete", "off", null);
        writer.endElement("input");
    }
}
