package se.stjarnbild.webapp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stjarnbild.model.dialogue.Theme;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Place;
import se.stjarnbild.model.geography.PlaceKind;
import se.stjarnbild.webapp.config.AppConfig;
import se.stjarnbild.webapp.demo.DemoCatalog;
import se.stjarnbild.webapp.demo.DemoDataLoader;
import se.stjarnbild.webapp.it.http.StaffHttpClient;
import se.stjarnbild.webapp.startup.StartupState;
import se.stjarnbild.webapp.users.UserService;

/**
 * The product WAR as built, on Payara Micro, in demo mode: one deployment for every check that
 * needs the container (each deployment starts a server).
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static WebArchive deployment() {
        return ProductWar.asBuilt();
    }

    @Inject
    private StartupState startup;

    @Inject
    private DemoDataLoader demoData;

    @Inject
    private AppConfig config;

    @Inject
    private UserService users;

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Test
    void migrationsRanAndTheMappingsMatchTheSchema() {
        assertTrue(startup.isReady(), () -> "not ready: " + startup.failure().orElse("?"));
        int current = Integer.parseInt(startup.schemaVersion().orElseThrow());
        assertTrue(current >= 2, "the interviews migration (V2) is applied");
        @SuppressWarnings("unchecked")
        List<Object> applied = em.createNativeQuery("select \"version\" from \"flyway_schema_history\" "
                + "where \"version\" is not null and \"success\" = true order by \"installed_rank\"").getResultList();
        assertEquals(java.util.stream.IntStream.rangeClosed(1, current).mapToObj(String::valueOf).toList(),
                applied.stream().map(String::valueOf).toList(), "every migration up to the current one, once, in order");
    }

    @Test
    void demoDataIsThereExactlyOnceEvenWhenStartUpRunsAgain() {
        assertFalse(demoData.loadOnce(config.demoYear()), "a second start loads nothing");

        assertEquals(1L, count("select count(c) from Campaign c"));
        assertEquals(4L, count("select count(p) from CampaignPhase p"));
        assertEquals(5L, count("select count(d) from District d"));
        assertEquals(4L, count("select count(t) from TargetGroup t"));
        assertEquals(9L, count("select count(g) from ReferenceGroup g"));
        for (DemoCatalog.PlaceFact place : DemoCatalog.places()) {
            assertEquals(1L, em.createQuery("select count(p) from Place p where p.name = :name", Long.class)
                    .setParameter("name", place.name()).getSingleResult(), place.name());
        }
        for (DemoCatalog.UserFact user : DemoCatalog.users()) {
            assertEquals(1L, em.createQuery("select count(u) from AppUser u where u.username = :name", Long.class)
                    .setParameter("name", user.username()).getSingleResult(), user.username());
        }
        assertEquals(3L, count("select count(i) from Interview i where i.interviewer = '" + DemoCatalog.DEMO_INTERVIEWER + "'"));
        assertEquals(3L, count("select count(q) from Quote q where q.interview.interviewer = '"
                + DemoCatalog.DEMO_INTERVIEWER + "' and q.place = q.interview.place"), "each quote from its interview at its place");
        List<String> quotes = em.createQuery("select q.text from Quote q where q.interview.interviewer = :demo order by q.text",
                String.class).setParameter("demo", DemoCatalog.DEMO_INTERVIEWER).getResultList();
        assertEquals(DemoCatalog.quotes().stream().map(DemoCatalog.QuoteFact::text).sorted().toList(), quotes,
                "the article's quotes, verbatim, once (other tests add quotes of their own)");
    }

    @Test
    void anEntitySurvivesARoundTripAndAStaleEditIsRefused() throws Exception {
        try {
            roundTrip();
        } finally {
            removeTestData();
        }
    }

    private void roundTrip() throws Exception {
        tx.begin();
        District hotagen = em.createQuery("select d from District d where d.code = 'hotagen'", District.class).getSingleResult();
        Place place = new Place("Rundresans testplats", PlaceKind.NATURE_SITE, hotagen);
        place.setVillage(hotagen.getVillages().get(0));
        place.setDescription("Skapad av ett test: å ä ö.");
        Theme theme = new Theme("Testtema", "Från ett test");
        em.persist(place);
        em.persist(theme);
        tx.commit();
        long id = place.getId();
        assertTrue(id > 0);

        em.clear();
        tx.begin();
        Place read = em.find(Place.class, id);
        assertEquals("Rundresans testplats", read.getName());
        assertEquals("Skapad av ett test: å ä ö.", read.getDescription());
        assertEquals(hotagen.getVillages().get(0).getName(), read.getVillage().getName());
        long versionBefore = read.getVersion();
        read.setDescription("Ändrad");
        tx.commit();

        tx.begin();
        assertEquals(versionBefore + 1, em.find(Place.class, id).getVersion());
        tx.commit();

        // An editor who started from the old version saves after someone else did.
        tx.begin();
        Place stale = em.find(Place.class, id);
        em.detach(stale);
        tx.commit();
        tx.begin();
        em.find(Place.class, id).setDescription("Först");
        tx.commit();
        tx.begin();
        stale.setDescription("Sist, men gammal");
        assertThrows(OptimisticLockException.class, () -> em.merge(stale));
        tx.rollback();

        tx.begin();
        assertEquals("Först", em.find(Place.class, id).getDescription());
        tx.commit();
    }

    private void removeTestData() throws Exception {
        if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
            tx.rollback();
        }
        tx.begin();
        em.createQuery("delete from Place p where p.name = 'Rundresans testplats'").executeUpdate();
        em.createQuery("delete from Theme t where t.name = 'Testtema'").executeUpdate();
        tx.commit();
    }

    @Test
    void theServerRefusesUserAdministrationToAnyoneButAdministrators() {
        assertThrows(EJBAccessException.class, () -> users.list());
    }

    @Test
    @RunAsClient
    void anAnonymousRequestToAStaffPageIsSentToTheLoginPage(@ArquillianResource URL base) throws Exception {
        StaffHttpClient anonymous = new StaffHttpClient(base.toURI());
        for (String page : List.of("", "index.xhtml", "dialogue/index.xhtml", "admin/users.xhtml", "no-such-page.xhtml")) {
            HttpResponse<String> response = anonymous.get(page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), page);
        }
        assertEquals(200, anonymous.get("login.xhtml").statusCode());
    }

    @Test
    @RunAsClient
    void aUserWithoutTheAdminRoleCannotReachUserAdministration(@ArquillianResource URL base) throws Exception {
        StaffHttpClient staff = new StaffHttpClient(base.toURI());
        assertEquals(302, staff.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD).statusCode());
        assertEquals(200, staff.get("dialogue/index.xhtml").statusCode());
        HttpResponse<String> admin = staff.get("admin/users.xhtml");
        assertEquals(403, admin.statusCode());
        assertTrue(admin.body().contains("Ingen behörighet"), "the friendly error page");
        assertFalse(admin.body().contains("Caused by") || admin.body().contains("at se.stjarnbild"), "no stack trace");
        assertEquals(403, staff.get("admin/user.xhtml").statusCode());

        StaffHttpClient administrator = new StaffHttpClient(base.toURI());
        administrator.logIn("admin", DemoCatalog.DEMO_PASSWORD);
        HttpResponse<String> list = administrator.get("admin/users.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("handlaggare"));
    }

    /**
     * Several logged-in people at once keep their roles: with Jakarta Security's built-in form
     * mechanism Payara answered some of these with 403 (Payara issue #6145).
     */
    @Test
    @RunAsClient
    void concurrentRequestsFromSeveralSessionsKeepTheirRoles(@ArquillianResource URL base) throws Exception {
        List<StaffHttpClient> people = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            StaffHttpClient person = new StaffHttpClient(base.toURI());
            assertEquals(302, person.logIn("handlaggare", DemoCatalog.DEMO_PASSWORD).statusCode());
            people.add(person);
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                StaffHttpClient person = people.get(i % people.size());
                answers.add(pool.submit(() -> person.get("dialogue/index.xhtml").statusCode()));
            }
            java.util.Map<Integer, Integer> byStatus = new java.util.TreeMap<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                byStatus.merge(answer.get(60, java.util.concurrent.TimeUnit.SECONDS), 1, Integer::sum);
            }
            assertEquals(java.util.Map.of(200, 400), byStatus);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void tenWrongPasswordsLockTheNameForAWhileAndEveryAnswerCarriesTheSecurityHeaders(@ArquillianResource URL base)
            throws Exception {
        String name = "it-lock-" + Long.toString(System.nanoTime(), 36);
        String password = "rätt-lösenord-för-låsprov-2026";
        users.createIfMissing(name, "IT Låsprov", password, java.util.Set.of(se.stjarnbild.model.users.Role.STAFF));
        StaffHttpClient guesser = new StaffHttpClient(base.toURI());
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = guesser.logIn(name, "fel-" + i);
            assertEquals(200, wrong.statusCode());
            assertTrue(wrong.body().contains("Fel användarnamn eller lösenord"), "attempt " + i);
        }
        HttpResponse<String> locked = guesser.logIn(name, password);
        assertEquals(200, locked.statusCode(), "even the right password is refused while the name is locked");
        assertTrue(locked.body().contains("För många misslyckade inloggningar"), "the person is told why");
        assertTrue(new StaffHttpClient(base.toURI()).logIn("unknown-" + name, "x").body().contains("Fel användarnamn eller lösenord"));
        assertEquals(302, new StaffHttpClient(base.toURI()).logIn("handlaggare", DemoCatalog.DEMO_PASSWORD).statusCode(),
                "other people are not affected");

        HttpResponse<String> page = new StaffHttpClient(base.toURI()).get("login.xhtml");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", page.headers().firstValue("Referrer-Policy").orElse(""));
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        for (String part : List.of("default-src 'self'", "object-src 'none'", "form-action 'self'", "frame-ancestors 'self'",
                "base-uri 'self'")) {
            assertTrue(policy.contains(part), policy);
        }
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[^']+';$") && !policy.contains("unsafe-eval")
                && !policy.replaceAll("style-src[^;]*;", "").contains("unsafe-inline"),
                "scripts run only from this site or with the page's nonce: " + policy);
        assertTrue(page.headers().allValues("Set-Cookie").stream().allMatch(c -> c.contains("HttpOnly")),
                page.headers().allValues("Set-Cookie").toString());
    }

    @Inject
    private se.stjarnbild.dialogue.Interviews interviews;

    @Test
    void interviewsArePagedFilteredAndSortedAndBrokenRulesSaveNothing() throws Exception {
        List<se.stjarnbild.dialogue.Choice> districts = interviews.districts();
        long hotagen = districts.stream().filter(d -> d.name().equals("Hotagen")).findFirst().orElseThrow().id();
        long follinge = districts.stream().filter(d -> d.name().equals("Föllinge/Laxsjö")).findFirst().orElseThrow().id();
        long skarvangen = interviews.villages(follinge).stream().filter(v -> v.name().equals("Skärvången")).findFirst()
                .orElseThrow().id();
        String who = "Test " + System.nanoTime();
        java.time.LocalDate july = java.time.LocalDate.of(2026, 7, 10);
        List<Long> ids = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                ids.add(interviews.save(null, 0, new se.stjarnbild.dialogue.InterviewInput(july.plusDays(i),
                        i == 0 ? hotagen : follinge, i == 0 ? null : skarvangen, null, who,
                        i == 2 ? se.stjarnbild.model.dialogue.RespondentCategory.RESIDENT
                                : se.stjarnbild.model.dialogue.RespondentCategory.VISITOR,
                        null, true, july.plusDays(i), null)));
            }
            se.stjarnbild.dialogue.InterviewFilter mine = new se.stjarnbild.dialogue.InterviewFilter(null, null, who, null, null);
            assertEquals(3, interviews.count(mine));
            assertEquals(List.of(ids.get(2), ids.get(1)), interviews.page(mine, se.stjarnbild.dialogue.InterviewSort.DATE,
                    false, 0, 2).stream().map(se.stjarnbild.dialogue.InterviewRow::id).toList(), "newest first, a page of 2");
            assertEquals(List.of(ids.get(0)), interviews.page(mine, se.stjarnbild.dialogue.InterviewSort.DATE, false, 2, 2)
                    .stream().map(se.stjarnbild.dialogue.InterviewRow::id).toList(), "the second page");
            assertEquals(2, interviews.count(new se.stjarnbild.dialogue.InterviewFilter(follinge, null, who, null, null)));
            assertEquals(1, interviews.count(new se.stjarnbild.dialogue.InterviewFilter(null,
                    se.stjarnbild.model.dialogue.RespondentCategory.RESIDENT, who, null, null)));
            assertEquals(2, interviews.count(new se.stjarnbild.dialogue.InterviewFilter(null, null, who.toUpperCase(),
                    july.plusDays(1), july.plusDays(5))), "date range inclusive, interviewer case-insensitive");

            // A village of another district, a stale version: refused by field, nothing saved.
            se.stjarnbild.dialogue.InterviewDetails first = interviews.find(ids.get(0)).orElseThrow();
            se.stjarnbild.dialogue.InterviewInput moved = new se.stjarnbild.dialogue.InterviewInput(july, hotagen,
                    skarvangen, null, who, se.stjarnbild.model.dialogue.RespondentCategory.VISITOR, null, false, null, "Ändrad");
            se.stjarnbild.dialogue.InvalidInputException wrongVillage = assertThrows(
                    se.stjarnbild.dialogue.InvalidInputException.class, () -> interviews.save(first.id(), first.version(), moved));
            assertEquals(List.of(new se.stjarnbild.dialogue.FieldProblem("village", "interview.village.outsideDistrict")),
                    wrongVillage.problems());
            assertThrows(se.stjarnbild.dialogue.InvalidInputException.class,
                    () -> interviews.save(first.id(), first.version() + 7, first.input()));
            assertEquals(null, interviews.find(ids.get(0)).orElseThrow().input().notes(), "nothing was saved");

            // Quotes are kept as plain words, about where the interview was; empty ones are refused.
            long quoteId = interviews.addQuote(ids.get(1), "<script>alert(1)</script>Osten är <b>så</b> god &amp; färsk.",
                    se.stjarnbild.model.dialogue.AttributionLevel.PLACE_ONLY);
            assertEquals(List.of(new se.stjarnbild.dialogue.QuoteRow(quoteId, "Osten är så god & färsk.",
                    se.stjarnbild.model.dialogue.AttributionLevel.PLACE_ONLY)), interviews.quotes(ids.get(1)));
            assertEquals(skarvangen, em.find(se.stjarnbild.model.dialogue.Quote.class, quoteId).getVillage().getId());
            se.stjarnbild.dialogue.InvalidInputException empty = assertThrows(se.stjarnbild.dialogue.InvalidInputException.class,
                    () -> interviews.addQuote(ids.get(1), "<img src=x onerror=alert(1)>  ",
                            se.stjarnbild.model.dialogue.AttributionLevel.ANONYMOUS));
            assertEquals(List.of(new se.stjarnbild.dialogue.FieldProblem("quoteText", "quote.text.required")), empty.problems());
            long extra = interviews.addQuote(ids.get(2), "Fjällen är vackra.", se.stjarnbild.model.dialogue.AttributionLevel.ANONYMOUS);
            interviews.deleteQuote(extra);
            assertEquals(List.of(), interviews.quotes(ids.get(2)));

            // Deleting an interview takes its quotes with it, and says how many.
            assertEquals(1, interviews.find(ids.get(1)).orElseThrow().quotes());
            assertEquals(1, interviews.delete(ids.get(1)));
            assertTrue(interviews.find(ids.get(1)).isEmpty());
        } finally {
            ids.forEach(interviews::delete);
        }
    }

    @Inject
    private se.stjarnbild.dialogue.Quotes quotes;

    @Test
    void theQuoteListFiltersAndLinksEachQuoteToItsInterview() {
        long hotagen = interviews.districts().stream().filter(d -> d.name().equals("Hotagen")).findFirst().orElseThrow().id();
        se.stjarnbild.dialogue.QuoteFilter fishing = new se.stjarnbild.dialogue.QuoteFilter(hotagen,
                se.stjarnbild.model.dialogue.QuoteSource.INTERVIEW, se.stjarnbild.model.dialogue.AttributionLevel.PLACE_ONLY,
                "FISKEVÄNNER", null, null, null);
        assertEquals(1, quotes.count(fishing));
        se.stjarnbild.dialogue.QuoteListRow row = quotes.page(fishing, 0, 25).get(0);
        assertEquals("mina fiskevänner i Stockholm vet var Hotagsströmmen är", row.text());
        assertEquals("Hotagen", row.district());
        assertEquals("Hotagsströmmen", row.place());
        assertTrue(row.interviewId() != null && interviews.find(row.interviewId()).isPresent(), "linked to its interview");
        assertEquals(0, quotes.count(new se.stjarnbild.dialogue.QuoteFilter(hotagen, null, null, "ost", null, null, null)));
        long all = quotes.count(se.stjarnbild.dialogue.QuoteFilter.none());
        assertTrue(all >= 3);
        assertEquals(Math.min(all, 2), quotes.page(se.stjarnbild.dialogue.QuoteFilter.none(), 0, 2).size());
        assertEquals(List.of(), quotes.page(se.stjarnbild.dialogue.QuoteFilter.none(), (int) all, 25), "past the end");
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

}
