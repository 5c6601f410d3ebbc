package se.stjarnbild.webapp.it.browser;

/** Steps on the administration pages that several journeys share. */
final class AdminPages {

    private AdminPages() {
    }

    /** Fills and saves the new-user form as an administrator would; the browser must be logged in as one. */
    static void createUser(Browser browser, RunningServer server, String username, String displayName, String password) {
        browser.go(server.url("admin/users.xhtml"));
        browser.clickAndWait("#newUser");
        browser.type("#userForm\\:username", username);
        browser.type("#userForm\\:displayName", displayName);
        browser.type("#userForm\\:password", password);
        browser.clickAndWait("#userForm\\:save");
    }
}
