package se.stjarnbild.webapp.privacy;

import jakarta.json.spi.JsonProvider;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.stjarnbild.meetings.Mailer;
import se.stjarnbild.model.audit.AuditAction;
import se.stjarnbild.model.audit.AuditWriter;
import se.stjarnbild.model.dialogue.Contribution;
import se.stjarnbild.model.feedback.FeedbackAnswer;
import se.stjarnbild.model.groups.GroupMember;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.meetings.MailMessage;
import se.stjarnbild.model.meetings.Registration;
import se.stjarnbild.model.users.AppUser;
import se.stjarnbild.model.users.Role;
import se.stjarnbild.referencegroups.Members;

/**
 * A data subject's rights, found by e-mail address across the modules: what is held (registrations,
 * reference-group memberships with their answers, contributions, e-mail sent, a staff account),
 * all of it as a JSON export, and erasure. Erasing removes or replaces the person's data while
 * their quotes, ratings and the counts stay as anonymous evidence; the audit log records that an
 * erasure or export happened and how many records it touched, never the address.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class PersonRecords {

    /** Looked up once: {@code Json.create…} would search the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The name a registration keeps once its person is erased (the same as the retention job's). */
    static final String REMOVED_NAME = "(borttagen)";

    @PersistenceContext(unitName = "stjarnbild")
    private EntityManager em;

    @Inject
    private Members members;

    @Inject
    private Mailer mailer;

    @Inject
    private AuditWriter audit;

    public PersonFindings find(String email) {
        String e = normalized(email);
        return new PersonFindings(e,
                registrations(e).stream().map(r -> r.getMeeting().getTitle() + " – " + r.getName() + " – "
                        + se.stjarnbild.webapp.i18n.Texts.get("person.status." + r.getStatus().name())
                        + (r.getPhone() == null ? "" : " – " + r.getPhone())).toList(),
                memberships(e).stream().map(m -> m.getName() + " – " + String.join(", ",
                        m.getGroups().stream().map(ReferenceGroup::getName).sorted().toList())).toList(),
                contributions(e).stream().map(c -> c.getText().length() > 80 ? c.getText().substring(0, 80) + "…" : c.getText())
                        .toList(),
                mails(e).stream().map(MailMessage::getSubject).toList(),
                users(e).stream().map(u -> u.getUsername() + " – " + u.getDisplayName()).toList());
    }

    /** All data held about the address, as indented JSON. */
    public String export(String email) {
        String e = normalized(email);
        JsonObjectBuilder all = JSON.createObjectBuilder().add("email", e).add("exportedAt", Instant.now().toString());
        JsonArrayBuilder regs = JSON.createArrayBuilder();
        for (Registration r : registrations(e)) {
            regs.add(object(Map.of("meeting", r.getMeeting().getTitle(), "startsAt", String.valueOf(r.getMeeting().getStartsAt())))
                    .add("name", r.getName()).add("email", nz(r.getEmail())).add("phone", nz(r.getPhone()))
                    .add("district", r.getDistrict() == null ? "" : r.getDistrict().getName()).add("needs", nz(r.getNeeds()))
                    .add("status", r.getStatus().name()).add("arrived", r.isArrived()));
        }
        JsonArrayBuilder mems = JSON.createArrayBuilder();
        for (GroupMember m : memberships(e)) {
            JsonArrayBuilder answers = JSON.createArrayBuilder();
            em.createQuery("select a from FeedbackAnswer a where a.invitation.member = :m", FeedbackAnswer.class)
                    .setParameter("m", m).getResultStream().forEach(a -> answers.add(JSON.createObjectBuilder()
                            .add("star", a.getStar().getTitle()).add("rings true", a.getTruth() == null ? "" : a.getTruth().toString())
                            .add("unique", a.getUniqueness() == null ? "" : a.getUniqueness().toString())
                            .add("comment", nz(a.getComment()))));
            mems.add(JSON.createObjectBuilder().add("name", nz(m.getName())).add("email", nz(m.getEmail()))
                    .add("phone", nz(m.getPhone())).add("postalAddress", nz(m.getPostalAddress()))
                    .add("groups", JSON.createArrayBuilder(m.getGroups().stream().map(ReferenceGroup::getName).sorted().toList()))
                    .add("ageBand", m.getAgeBand() == null ? "" : m.getAgeBand().name())
                    .add("district", m.getResidenceDistrict() == null ? "" : m.getResidenceDistrict().getName())
                    .add("consentGiven", m.isConsentGiven()).add("consentDate", String.valueOf(m.getConsentDate()))
                    .add("feedback", answers));
        }
        JsonArrayBuilder contribs = JSON.createArrayBuilder();
        for (Contribution c : contributions(e)) {
            contribs.add(JSON.createObjectBuilder().add("text", c.getText()).add("originalText", nz(c.getOriginalText()))
                    .add("status", c.getStatus().name()).add("sentAt", c.getCreatedAt().toString()));
        }
        JsonArrayBuilder sent = JSON.createArrayBuilder();
        for (MailMessage m : mails(e)) {
            sent.add(JSON.createObjectBuilder().add("subject", m.getSubject()).add("body", m.getBody())
                    .add("sentAt", String.valueOf(m.getSentAt())));
        }
        JsonArrayBuilder accounts = JSON.createArrayBuilder();
        for (AppUser u : users(e)) {
            accounts.add(JSON.createObjectBuilder().add("username", u.getUsername()).add("name", u.getDisplayName())
                    .add("roles", JSON.createArrayBuilder(u.getRoles().stream().map(Enum::name).sorted().toList()))
                    .add("enabled", u.isEnabled()));
        }
        all.add("registrations", regs).add("referenceGroupMemberships", mems).add("contributions", contribs)
                .add("emailSent", sent).add("staffAccounts", accounts);
        StringWriter out = new StringWriter();
        try (var writer = JSON.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(all.build());
        }
        PersonFindings found = find(e);
        audit.event(AuditAction.EXPORT, null, "Person", null, found.total() + " records exported");
        return out.toString();
    }

    /** Erases the person behind the address everywhere; a staff account is left for an administrator to disable. */
    public Erasure erase(String email) {
        String e = normalized(email);
        Instant now = Instant.now();
        List<Registration> regs = registrations(e);
        regs.forEach(r -> r.removePersonalData(REMOVED_NAME, now));
        List<GroupMember> mems = memberships(e);
        mems.forEach(m -> members.erase(m.getId()));
        List<Contribution> contribs = contributions(e);
        contribs.forEach(Contribution::forgetPerson);
        int mails = mailer.forget(e);
        Erasure done = new Erasure(regs.size(), mems.size(), contribs.size(), mails);
        audit.event(AuditAction.ERASE, null, "Person", null, String.format(Locale.ROOT,
                "%d registrations, %d members, %d contributions, %d e-mails", regs.size(), mems.size(), contribs.size(), mails));
        return done;
    }

    private List<Registration> registrations(String e) {
        return em.createQuery("select r from Registration r where lower(r.email) = :e order by r.id", Registration.class)
                .setParameter("e", e).getResultList();
    }

    private List<GroupMember> memberships(String e) {
        return em.createQuery("select m from GroupMember m where lower(m.email) = :e order by m.id", GroupMember.class)
                .setParameter("e", e).getResultList();
    }

    private List<Contribution> contributions(String e) {
        return em.createQuery("select c from Contribution c where lower(c.email) = :e order by c.id", Contribution.class)
                .setParameter("e", e).getResultList();
    }

    private List<MailMessage> mails(String e) {
        return em.createQuery("select m from MailMessage m where lower(m.recipient) = :e order by m.id", MailMessage.class)
                .setParameter("e", e).getResultList();
    }

    private List<AppUser> users(String e) {
        return em.createQuery("select u from AppUser u where lower(u.email) = :e order by u.username", AppUser.class)
                .setParameter("e", e).getResultList();
    }

    static String normalized(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private static JsonObjectBuilder object(Map<String, String> values) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        values.forEach(o::add);
        return o;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
