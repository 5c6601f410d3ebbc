package se.stjarnbild.webapp.it.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Someone without an account sends words on the public contribution form, as a person does. */
final class PublicContribution {

    /** The form asks a sender to wait when it is sent within 3 s of showing it. */
    private static final long HUMAN_PAUSE_MILLIS = 3_200;

    private PublicContribution() {
    }

    /** Sends {@code words}, with an e-mail address and consent when {@code email} is not null; checks the thanks. */
    static void send(RunningServer server, String words, String email) throws InterruptedException {
        try (Browser resident = Browser.open()) {
            resident.go(server.url("public/contribute.xhtml"));
            resident.type("#contributeForm\\:text", words);
            if (email != null) {
                resident.type("#contributeForm\\:email", email);
                resident.find("#contributeForm\\:emailConsent").click();
            }
            Thread.sleep(HUMAN_PAUSE_MILLIS);
            resident.clickAndWait("#contributeForm\\:send");
            assertFalse(resident.findAll("#thanks").isEmpty(), resident.text("main"));
        }
    }
}
