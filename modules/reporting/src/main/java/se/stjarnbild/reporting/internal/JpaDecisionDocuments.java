package se.stjarnbild.reporting.internal;

import se.stjarnbild.model.audit.AuditWriter;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.stjarnbild.meetings.RefusedException;
import se.stjarnbild.meetings.scheduling.Problem;
import se.stjarnbild.model.campaign.Campaign;
import se.stjarnbild.model.dialogue.Star;
import se.stjarnbild.model.dialogue.StarStatus;
import se.stjarnbild.model.reporting.DecisionDocument;
import se.stjarnbild.model.reporting.DocumentVersion;
import se.stjarnbild.reporting.Change;
import se.stjarnbild.reporting.DecisionDocuments;
import se.stjarnbild.reporting.DocumentFile;
import se.stjarnbild.reporting.DraftInput;
import se.stjarnbild.reporting.DraftView;
import se.stjarnbild.reporting.StarChoice;
import se.stjarnbild.reporting.VersionRow;
import se.stjarnbild.reporting.document.DocumentContent;
import se.stjarnbild.reporting.document.DocumentHtml;
import se.stjarnbild.reporting.document.DocxDocument;
import se.stjarnbild.reporting.document.Figures;
import se.stjarnbild.reporting.document.PdfDocument;
import se.stjarnbild.reporting.document.RichText;

@Stateless
public class JpaDecisionDocuments implements DecisionDocuments {

    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(JpaDecisionDocuments.class.getName());

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private AuditWriter audit;

    @Resource
    private SessionContext session;

    @Inject
    private DocumentFacts facts;

    @Override
    public DraftView draft() {
        DecisionDocument d = current();
        return new DraftView(d.getVersion(), input(d), d.getUpdatedBy(), d.getUpdatedAt());
    }

    private static DraftInput input(DecisionDocument d) {
        return new DraftInput(d.getRegistryNumber(), d.getTitle(), d.getUnit(), d.getCaseOfficer(), d.getDocumentDate(),
                List.copyOf(d.getDecisionPoints()), d.getSummary(), d.getBackground(), d.getConsequencesEconomy(),
                d.getConsequencesChildren(), d.getConsequencesEquality(), d.getBasis(), d.getRecipients(),
                d.getStars().stream().map(Star::getId).toList());
    }

    @Override
    public void save(long version, DraftInput input) {
        DecisionDocument d = current();
        if (d.getVersion() != version) {
            throw new OptimisticLockException("the decision document changed");
        }
        List<Problem> problems = new ArrayList<>(DraftRules.forSaving(input));
        List<Star> stars = new ArrayList<>();
        for (Long id : input.starIds()) {
            Star star = em.find(Star.class, id);
            if (star == null) {
                problems.add(Problem.of("stars", "document.star.unknown"));
                break;
            }
            if (!stars.contains(star)) {
                stars.add(star);
            }
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        d.setRegistryNumber(blankToNull(input.registryNumber()));
        d.setTitle(input.title().strip());
        d.setUnit(input.unit().strip());
        d.setCaseOfficer(blankToNull(input.caseOfficer()));
        d.setDocumentDate(input.date());
        List<Long> starsBefore = d.getStars().stream().map(Star::getId).toList();
        d.getDecisionPoints().clear();
        input.decisionPoints().stream().filter(p -> p != null && !p.isBlank()).map(String::strip)
                .forEach(d.getDecisionPoints()::add);
        d.setSummary(RichText.clean(input.summary()));
        d.setBackground(RichText.clean(input.background()));
        d.setConsequencesEconomy(RichText.clean(input.consequencesEconomy()));
        d.setConsequencesChildren(RichText.clean(input.consequencesChildren()));
        d.setConsequencesEquality(RichText.clean(input.consequencesEquality()));
        d.setBasis(blankToNull(input.basis()));
        d.setRecipients(blankToNull(input.recipients()));
        d.getStars().clear();
        d.getStars().addAll(stars);
        d.touched(session.getCallerPrincipal().getName(), Instant.now());
        em.flush();
        audit.linkSets("DecisionDocument", d.getId(), "stars", starsBefore, d.getStars().stream().map(Star::getId).toList());
    }

    @Override
    public String preview() {
        return DocumentHtml.render(facts.gather(current()));
    }

    @Override
    public int generate() {
        DecisionDocument d = current();
        em.lock(d, LockModeType.PESSIMISTIC_WRITE);
        List<Problem> problems = new ArrayList<>(DraftRules.forGenerating(input(d)));
        long start = System.nanoTime();
        DocumentContent content = facts.gather(d);
        long gathered = System.nanoTime();
        content.stars().stream().filter(s -> s.evidence() == 0)
                .forEach(s -> problems.add(Problem.of("stars", "document.star.noEvidence", s.title())));
        d.getStars().stream().filter(s -> s.getStatus() == StarStatus.DROPPED).sorted(se.stjarnbild.model.SwedishOrder.by(Star::getTitle))
                .forEach(s -> problems.add(Problem.of("stars", "document.star.dropped", s.getTitle())));
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        var html = DocumentHtml.build(content);
        long built = System.nanoTime();
        byte[] pdf = PdfDocument.render(html);
        long rendered = System.nanoTime();
        byte[] docx = DocxDocument.render(content);
        long written = System.nanoTime();
        int number = em.createQuery("select coalesce(max(v.number), 0) from DocumentVersion v where v.document = :d",
                Integer.class).setParameter("d", d).getSingleResult() + 1;
        em.persist(new DocumentVersion(d, number, session.getCallerPrincipal().getName(), Instant.now(),
                "<!DOCTYPE html>\n" + html.outerHtml(), pdf, docx, Figures.serialise(Figures.of(content)), sha256(pdf)));
        em.flush();
        // The benchmark reads this line to set the aggregation beside the same queries in raw SQL.
        LOG.info(String.format(java.util.Locale.ROOT, "Decision document version %d: facts %d ms, html %d ms, pdf %d ms "
                + "(%d bytes), docx %d ms, stored %d ms", number, millis(start, gathered), millis(gathered, built),
                millis(built, rendered), pdf.length, millis(rendered, written), millis(written, System.nanoTime())));
        return number;
    }

    @Override
    public boolean ready() {
        return campaign().isPresent();
    }

    @Override
    public List<VersionRow> versions() {
        if (!ready()) {
            return List.of();
        }
        return em.createQuery("select v.number, v.createdBy, v.createdAt, v.pdfSha256, v.frozenBy, v.frozenAt, "
                + "length(v.pdf) from DocumentVersion v where v.document = :d order by v.number desc", Object[].class)
                .setParameter("d", current()).getResultStream()
                .map(r -> new VersionRow((Integer) r[0], (String) r[1], (Instant) r[2], (String) r[3], (String) r[4],
                        (Instant) r[5], ((Number) r[6]).intValue()))
                .toList();
    }

    @Override
    public void freeze(int number) {
        DocumentVersion version = version(number).orElseThrow(() -> RefusedException.of("", "document.version.unknown"));
        // The board decides from the newest frozen version; freezing an older one after it would leave two.
        Integer newerFrozen = em.createQuery("select max(v.number) from DocumentVersion v where v.document = :d "
                + "and v.frozenAt is not null and v.number > :n", Integer.class)
                .setParameter("d", current()).setParameter("n", number).getSingleResult();
        if (newerFrozen != null) {
            throw RefusedException.of("", "document.freeze.olderThanFrozen", newerFrozen);
        }
        version.freeze(session.getCallerPrincipal().getName(), Instant.now());
    }

    /** The number the version was made with (kept in its figures), not the draft's number today. */
    private static String registryNumberOf(DocumentVersion version) {
        String kept = Figures.parse(version.getFigures()).get(se.stjarnbild.reporting.document.Words.get("dnr"));
        return kept == null || kept.isBlank() || kept.equals("–") ? null : kept;
    }

    @Override
    public Optional<DocumentFile> file(int number, String format) {
        return version(number).map(v -> {
            String dnr = registryNumberOf(v);
            String base = "Tjansteskrivelse-" + (dnr == null ? "utan-dnr" : dnr.replaceAll("[^A-Za-z0-9]+", "-"))
                    + "-v" + v.getNumber();
            return switch (format) {
                case "pdf" -> new DocumentFile(base + ".pdf", "application/pdf", v.getPdf());
                case "docx" -> new DocumentFile(base + ".docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", v.getDocx());
                case "html" -> new DocumentFile(base + ".html", "text/html; charset=UTF-8",
                        v.getHtml().getBytes(StandardCharsets.UTF_8));
                default -> null;
            };
        });
    }

    @Override
    public List<Change> compare(int from, int to) {
        DocumentVersion before = version(from).orElseThrow(() -> RefusedException.of("from", "document.version.unknown"));
        DocumentVersion after = version(to).orElseThrow(() -> RefusedException.of("to", "document.version.unknown"));
        Map<String, String> a = Figures.parse(before.getFigures());
        Map<String, String> b = Figures.parse(after.getFigures());
        return Figures.compare(a, b);
    }

    @Override
    public List<StarChoice> starChoices() {
        Map<Long, Long> evidence = new java.util.HashMap<>();
        em.createQuery("select s.id, count(q) from Star s join s.evidence q group by s.id", Object[].class)
                .getResultStream().forEach(r -> evidence.put((Long) r[0], (Long) r[1]));
        // A star dropped in the dialogue after it was ticked stays visible (and ticked) until the secretary unticks it.
        java.util.Set<Long> inDraft = ready() ? current().getStars().stream().map(Star::getId).collect(java.util.stream.Collectors.toSet())
                : java.util.Set.of();
        return em.createQuery("select s from Star s", Star.class).getResultStream()
                .filter(s -> s.getStatus() != StarStatus.DROPPED || inDraft.contains(s.getId()))
                .sorted(Comparator.comparing((Star s) -> s.getStatus() != StarStatus.CHOSEN)
                        .thenComparing(se.stjarnbild.model.SwedishOrder.by(Star::getTitle)))
                .map(s -> new StarChoice(s.getId(), s.getTitle(), s.getStatus().name(), evidence.getOrDefault(s.getId(), 0L)))
                .toList();
    }

    private Optional<DocumentVersion> version(int number) {
        if (!ready()) {
            return Optional.empty();
        }
        return em.createQuery("select v from DocumentVersion v where v.document = :d and v.number = :n", DocumentVersion.class)
                .setParameter("d", current()).setParameter("n", number).getResultStream().findFirst();
    }

    /** The campaign's draft, made on first use. */
    private DecisionDocument current() {
        Campaign campaign = campaign().orElseThrow(() -> RefusedException.of("", "document.noCampaign"));
        return em.createQuery("select d from DecisionDocument d where d.campaign = :c", DecisionDocument.class)
                .setParameter("c", campaign).getResultStream().findFirst().orElseGet(() -> create(campaign));
    }

    private Optional<Campaign> campaign() {
        return em.createQuery("select c from Campaign c order by c.id", Campaign.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private DecisionDocument create(Campaign campaign) {
        DecisionDocument d = new DecisionDocument(campaign, DraftDefaults.title(campaign), DraftDefaults.UNIT,
                LocalDate.now(ZONE));
        d.getDecisionPoints().addAll(DraftDefaults.decisionPoints(campaign));
        d.setBackground(RichText.clean(DraftDefaults.background(campaign)));
        d.setRecipients(DraftDefaults.RECIPIENTS);
        em.createQuery("select s from Star s where s.status = :chosen order by s.title", Star.class)
                .setParameter("chosen", StarStatus.CHOSEN).getResultStream().forEach(d.getStars()::add);
        em.persist(d);
        em.flush();
        audit.links("DecisionDocument", d.getId(), "stars", List.of(), d.getStars().stream().map(Star::getId).toList());
        return d;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
