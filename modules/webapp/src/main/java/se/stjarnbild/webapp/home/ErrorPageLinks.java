package se.stjarnbild.webapp.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a person on an error page can go on: back to the same page when it expired (its address
 * with its personal link, as the form posted it), and to the overview only from a staff page; a
 * citizen on a public page would otherwise land on the staff login.
 */
@Named
@RequestScoped
public class ErrorPageLinks {

    public String getAgainUrl() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return againUrl(request.getContextPath(), (String) request.getAttribute("jakarta.servlet.error.request_uri"),
                (String) request.getAttribute("jakarta.servlet.error.query_string"));
    }

    public boolean isPublicPage() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return publicPath(request.getContextPath(), (String) request.getAttribute("jakarta.servlet.error.request_uri"));
    }

    /** The page that expired, within this application only; the overview when it is not known. */
    static String againUrl(String contextPath, String uri, String query) {
        if (uri == null || !uri.startsWith(contextPath + "/") || uri.indexOf("//", contextPath.length()) >= 0) {
            return contextPath + "/";
        }
        return query == null || query.isEmpty() ? uri : uri + "?" + query;
    }

    static boolean publicPath(String contextPath, String uri) {
        return uri != null && (uri.startsWith(contextPath + "/public/") || uri.startsWith(contextPath + "/r/"));
    }
}
