package se.stjarnbild.dialogue.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * The phone's device token for live reactions, kept in a cookie on the public pages only:
 * HttpOnly, SameSite=Lax, Secure behind TLS, for twelve hours (one meeting day).
 */
final class DeviceCookie {

    static final String NAME = "stjarnbild-device";
    private static final int MAX_AGE_SECONDS = 12 * 60 * 60;

    private DeviceCookie() {
    }

    static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String token) {
        Cookie cookie = new Cookie(NAME, token);
        cookie.setPath(request.getContextPath() + "/public");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(MAX_AGE_SECONDS);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
