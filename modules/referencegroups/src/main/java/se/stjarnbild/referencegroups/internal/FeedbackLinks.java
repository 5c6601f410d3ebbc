package se.stjarnbild.referencegroups.internal;

import org.eclipse.microprofile.config.ConfigProvider;

/** A member's personal link, at the address people reach the service at (STJARNBILD_BASE_URL). */
final class FeedbackLinks {

    private FeedbackLinks() {
    }

    static String of(String token) {
        String base = ConfigProvider.getConfig(FeedbackLinks.class.getClassLoader())
                .getOptionalValue("stjarnbild.base.url", String.class).orElse("http://localhost:8080");
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/public/feedback.xhtml?t=" + token;
    }
}
