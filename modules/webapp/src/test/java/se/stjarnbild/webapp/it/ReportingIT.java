package se.stjarnbild.webapp.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.stjarnbild.dialogue.StarInput;
import se.stjarnbild.dialogue.Stars;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.model.dialogue.StarStatus;
import se.stjarnbild.reporting.Change;
import se.stjarnbild.reporting.DecisionDocuments;
import se.stjarnbild.reporting.DraftInput;
import se.stjarnbild.reporting.DraftView;
import se.stjarnbild.reporting.VersionRow;
import se.stjarnbild.webapp.demo.DemoCatalog;
import se.stjarnbild.webapp.it.http.StaffHttpClient;

/**
 * The decision document in the container: refused generations change nothing, a version is
 * generated from the demo data, frozen, and downloads byte-identical over HTTP (its SHA-256 as
 * recorded) after later drafts; two drafts compare; a stale save is refused.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingIT {

    @Deployment
    static WebArchive deployment() {
        return ProductWar.asBuilt();
    }

    @Inject
    private DecisionDocuments documents;

    @Inject
    private Stars stars;

    @Inject
    private se.stjarnbild.dialogue.Quotes quotes;

    @jakarta.persistence.PersistenceContext(unitName = "stjarnbild")
    private jakarta.persistence.EntityManager em;

    private static DraftInput with(DraftInput in, String dnr, String summary, List<Long> starIds) {
        return new DraftInput(dnr, in.title(), in.unit(), in.caseOfficer(), in.date(), in.decisionPoints(), summary,
                in.background(), in.consequencesEconomy(), in.consequencesChildren(), in.consequencesEquality(),
                in.basis(), in.recipients(), starIds);
    }

    private static List<String> refused(Runnable action) {
        Throwable thrown = assertThrows(Exception.class, action::run);
        while (thrown instanceof EJBException && thrown.getCause() != null) {
            thrown = thrown.getCause();
        }
        assertTrue(thrown instanceof RefusedException, "refused, not " + thrown);
        return ((RefusedException) thrown).problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    private List<Long> demoStars() {
        return stars.list().stream().filter(s -> s.title().endsWith("(demo)")).map(s -> s.id()).toList();
    }

    @Test
    void generateFreezeAndDownloadByteIdenticalAfterLaterDrafts(@ArquillianResource URL base) throws Exception {
        DraftView draft = documents.draft();
        assertFalse(draft.input().decisionPoints().isEmpty(), "a new draft starts with proposed decision points");
        int versionsBefore = documents.versions().size();

        documents.save(draft.version(), with(draft.input(), null, "Första sammanfattningen.", List.of()));
        assertEquals(List.of("registryNumber:document.dnr.required", "stars:document.stars.required"),
                refused(() -> documents.generate()));

        long empty = stars.save(null, 0, new StarInput("Tom stjärna " + System.nanoTime(), null, Set.of(), StarStatus.PROPOSED));
        List<Long> withEmpty = new ArrayList<>(demoStars());
        withEmpty.add(empty);
        DraftView saved = documents.draft();
        documents.save(saved.version(), with(saved.input(), "KS 2026/123", "<p>Sammanfattning<script>alert(1)</script></p>", withEmpty));
        assertTrue(refused(() -> documents.generate()).contains("stars:document.star.noEvidence"));

        assertEquals(versionsBefore, documents.versions().size(), "a refused generation makes no version");
        assertEquals("<p>Sammanfattning</p>", documents.draft().input().summary(), "scripts never reach the document");

        long dropped = stars.save(null, 0, new StarInput("Avförd stjärna " + System.nanoTime(), null, Set.of(), StarStatus.DROPPED));
        List<Long> withDropped = new ArrayList<>(demoStars());
        withDropped.add(dropped);
        DraftView beforeDropped = documents.draft();
        documents.save(beforeDropped.version(), with(beforeDropped.input(), "KS 2026/123", "x", withDropped));
        assertTrue(documents.starChoices().stream().anyMatch(c -> c.id() == dropped && c.status().equals("DROPPED")),
                "a ticked star that was dropped later stays in the list, so it can be unticked");
        assertTrue(refused(() -> documents.generate()).contains("stars:document.star.dropped"));

        assertEquals(List.of("registryNumber:document.dnr.invalid"), refused(() ->
                documents.save(documents.draft().version(), with(documents.draft().input(), "nummer 5", "x", demoStars()))));
        String pasted = "<div style='x'>" + "<p>ord</p>".repeat(5_000) + "</div>";
        assertEquals(List.of("summary:document.text.tooLong"), refused(() ->
                documents.save(documents.draft().version(), with(documents.draft().input(), "KS 2026/123", pasted, demoStars()))));

        DraftView ready = documents.draft();
        documents.save(ready.version(), with(ready.input(), "KS 2026/123", "Version ett.", demoStars()));
        int first = documents.generate();
        documents.freeze(first);
        VersionRow frozen = documents.versions().stream().filter(v -> v.number() == first).findFirst().orElseThrow();
        assertTrue(frozen.frozen());
        byte[] pdf = documents.file(first, "pdf").orElseThrow().bytes();
        assertEquals(frozen.sha256(), sha256(pdf));
        assertTrue(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));

        DraftView later = documents.draft();
        documents.save(later.version(), with(later.input(), "KS 2026/123", "Version två, efter frysningen.", demoStars()));
        assertThrows(OptimisticLockException.class, () -> {
            try {
                documents.save(later.version(), with(later.input(), "KS 2026/123", "En gammal flik skriver över", demoStars()));
            } catch (EJBException e) {
                throw e.getCausedByException();
            }
        }, "a stale draft is refused, not saved over the newer one");
        int second = documents.generate();
        assertEquals(first + 1, second);
        int third = documents.generate();
        documents.freeze(third);
        assertEquals(List.of(":document.freeze.olderThanFrozen"), refused(() -> documents.freeze(second)),
                "the board decides from the newest frozen version: an older one is not frozen after it");
        assertTrue(documents.versions().stream().noneMatch(v -> v.number() == second && v.frozen()));

        List<Change> changes = documents.compare(first, second);
        assertTrue(changes.stream().anyMatch(c -> c.what().equals("Sammanfattning") && c.before().equals("Version ett.")
                && c.after().equals("Version två, efter frysningen.")), changes.toString());

        StaffHttpClient secretary = new StaffHttpClient(base.toURI());
        secretary.logIn("sekreterare", DemoCatalog.DEMO_PASSWORD);
        HttpResponse<byte[]> download = secretary.getBytes("reporting/file?version=" + first + "&format=pdf");
        assertEquals(200, download.statusCode());
        assertArrayEquals(pdf, download.body(), "the frozen version downloads byte for byte as frozen");
        assertEquals(frozen.sha256(), sha256(download.body()));
        HttpResponse<byte[]> docx = secretary.getBytes("reporting/file?version=" + second + "&format=docx");
        assertEquals(200, docx.statusCode());
        assertEquals('P', docx.body()[0]);
        assertEquals(404, secretary.getBytes("reporting/file?version=99999&format=pdf").statusCode());
        assertEquals(302, new StaffHttpClient(base.toURI()).getBytes("reporting/file?version=" + first).statusCode(),
                "anonymous people are sent to the login page");
    }

    @Test
    void aStarsSectionCountsItsOwnEvidenceByDistrictCategoryAndSourceAndRespectsAttribution() {
        long hotagen = em.createQuery("select d.id from District d where d.name = 'Hotagen'", Long.class).getSingleResult();
        long star = stars.save(null, 0, new StarInput("Känd stjärna " + System.nanoTime(), "Tre kända citat.", Set.of(hotagen),
                StarStatus.CHOSEN));
        quotes.addFromReferenceGroup("Första rösten om älvarna", hotagen, star);
        quotes.addFromReferenceGroup("Andra rösten om älvarna", hotagen, star);
        quotes.addFromReferenceGroup("Tredje rösten, utan bygd", null, star);
        DraftView draft = documents.draft();
        documents.save(draft.version(), with(draft.input(), "KS 2026/124", "Känd data.", List.of(star)));

        org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(documents.preview());
        assertEquals("Gäller: Hotagen. Underlag: 3 citat.", html.select("h3:containsOwn(Känd stjärna) ~ p").get(1).text());
        assertEquals(List.of("Hotagen 2", "Ingen kommundel 1"), rows(html, "Citat per kommundel: Känd stjärna"));
        assertEquals(List.of("Ej intervju 3"), rows(html, "Citat per kategori: Känd stjärna"));
        assertEquals(List.of("Referensgrupp 3"), rows(html, "Citat per källa: Känd stjärna"));
        assertEquals(List.of("Första rösten om älvarna — Hotagen", "Andra rösten om älvarna — Hotagen",
                "Tredje rösten, utan bygd — anonym"), html.select("h4 + ul.quotes li").eachText());
        long interviews = em.createQuery("select count(i) from Interview i", Long.class).getSingleResult();
        assertTrue(html.text().contains("Under sommaren gjordes " + String.format(new java.util.Locale("sv", "SE"), "%,d", interviews)
                .replace(',', '\u00a0') + " intervjuer"), "the method counts every interview");
    }

    @Test
    void theCampaignExportHoldsEveryQuoteInEachFormatAndNoPersonalData(@ArquillianResource URL base) throws Exception {
        StaffHttpClient secretary = new StaffHttpClient(base.toURI());
        secretary.logIn("sekreterare", DemoCatalog.DEMO_PASSWORD);
        long quotesInDb = em.createQuery("select count(q) from Quote q", Long.class).getSingleResult();
        HttpResponse<byte[]> xlsx = secretary.getBytes("reporting/export?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertEquals(quotesInDb, book.getSheet("quotes").getLastRowNum(), "one row per quote under the header");
            assertEquals("joined_on", book.getSheet("members").getRow(0).getCell(1).getStringCellValue());
        }
        String json = new String(secretary.getBytes("reporting/export?format=json").body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"campaign\":") && json.endsWith("}}"));
        assertFalse(json.contains("@example.se"), "no member's or registrant's e-mail in the export");
        HttpResponse<byte[]> csv = secretary.getBytes("reporting/export?format=csv");
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(csv.body()))) {
            List<String> files = new ArrayList<>();
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.add(entry.getName());
            }
            assertTrue(files.containsAll(List.of("interviews.csv", "quotes.csv", "stars.csv", "star_evidence.csv",
                    "feedback_answers.csv", "meetings.csv")), files.toString());
        }
        assertEquals(400, secretary.getBytes("reporting/export?format=pdf").statusCode());
    }

    private static List<String> rows(org.jsoup.nodes.Document html, String caption) {
        return html.select("caption:containsOwn(" + caption + ")").first().parent().select("tbody tr").eachText();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
