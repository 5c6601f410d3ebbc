package se.stjarnbild.meetings.internal;

import org.eclipse.microprofile.config.ConfigProvider;

/** The address people reach the service at (STJARNBILD_BASE_URL), for the links in e-mail and calendars. */
final class PublicAddress {

    private PublicAddress() {
    }

    static String base() {
        String base = ConfigProvider.getConfig(PublicAddress.class.getClassLoader())
                .getOptionalValue("stjarnbild.base.url", String.class).orElse("http://localhost:8080");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static String registration(String token) {
        return base() + "/public/registration.xhtml?token=" + token;
    }

    /** The person's own page, opening in the language they registered in. */
    static String registration(String token, String language) {
        return registration(token) + ("en".equals(language) ? "&lang=en" : "");
    }

    static String poll(String token) {
        return base() + "/public/poll.xhtml?t=" + token;
    }

    static String meeting(long meetingId) {
        return base() + "/public/register.xhtml?meeting=" + meetingId;
    }
}
