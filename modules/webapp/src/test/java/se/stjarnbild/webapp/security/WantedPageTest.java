package se.stjarnbild.webapp.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** After login a person returns to the page they asked for, and only to a page of this application. */
class WantedPageTest {

    @Test
    void onlyPagesInsideTheApplicationAreReturnedTo() {
        assertEquals("/", StaffAuthenticationMechanism.takeWantedPage(null));
        assertEquals("/dialogue/index.xhtml?id=7", StaffAuthenticationMechanism.takeWantedPage(session("/dialogue/index.xhtml?id=7")));
        assertEquals("/", StaffAuthenticationMechanism.takeWantedPage(session("//evil.example/x")), "no other host");
        assertEquals("/", StaffAuthenticationMechanism.takeWantedPage(session("https://evil.example/")));
        assertEquals("/", StaffAuthenticationMechanism.takeWantedPage(session("/login.xhtml")), "not back to login");
    }

    @Test
    void theWantedPageIsUsedOnce() {
        HttpSession session = session("/admin/users.xhtml");
        assertEquals("/admin/users.xhtml", StaffAuthenticationMechanism.takeWantedPage(session));
        assertEquals("/", StaffAuthenticationMechanism.takeWantedPage(session));
    }

    /** A session holding just attributes: the only part of a session this logic touches. */
    private static HttpSession session(String wanted) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(StaffAuthenticationMechanism.WANTED_PAGE, wanted);
        return (HttpSession) Proxy.newProxyInstance(WantedPageTest.class.getClassLoader(),
                new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
