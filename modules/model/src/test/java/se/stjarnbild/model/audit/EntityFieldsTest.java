package se.stjarnbild.model.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.stjarnbild.model.dialogue.Contribution;
import se.stjarnbild.model.meetings.MailMessage;

class EntityFieldsTest {

    @Test
    void aChangeShowsBeforeAndAfterOfTheChangedFieldsOnly() {
        Contribution c = new Contribution("Fisket i Hotagen");
        Map<String, Object> before = EntityFields.snapshot(c);
        c.reject("Reklam", "handlaggare", java.time.Instant.parse("2026-10-08T17:00:00Z"));

        List<EntityFields.Change> changes = EntityFields.diff(Contribution.class, before, EntityFields.snapshot(c));

        assertEquals(List.of(
                new EntityFields.Change("status", "PENDING", "REJECTED"),
                new EntityFields.Change("reason", null, "Reklam"),
                new EntityFields.Change("moderatedBy", null, "handlaggare"),
                new EntityFields.Change("moderatedAt", null, "2026-10-08T17:00:00Z")), changes);
    }

    @Test
    void personalDataAndSecretsAreSaidToChangeButNeverShown() {
        Contribution c = new Contribution("Ring Per på 070-1234567");
        Map<String, Object> before = EntityFields.snapshot(c);
        c.setEmail("per@example.se");
        c.edit("Ring Per");

        List<EntityFields.Change> changes = EntityFields.diff(Contribution.class, before, EntityFields.snapshot(c));

        assertTrue(changes.contains(new EntityFields.Change("email", null, EntityFields.PERSONAL)), changes::toString);
        assertTrue(changes.contains(new EntityFields.Change("originalText", null, EntityFields.PERSONAL)), changes::toString);
        assertTrue(changes.contains(new EntityFields.Change("text", "Ring Per på 070-1234567", "Ring Per")), changes::toString);
        assertFalse(changes.toString().contains("per@example.se"));

        MailMessage mail = new MailMessage("anna@example.se", "Din anmälan", "Avboka: https://x/public/registration.xhtml?token=abc", null, null);
        List<EntityFields.Change> created = EntityFields.diff(MailMessage.class, Map.of(), EntityFields.snapshot(mail));
        assertTrue(created.contains(new EntityFields.Change("body", null, EntityFields.SECRET)), created::toString);
        assertFalse(created.toString().contains("token=abc"));
        assertFalse(created.toString().contains("anna@example.se"));
    }

    @Test
    void referencesAreIdsCollectionsAndTheVersionAreLeftOutAndLongTextIsShortened() {
        Contribution c = new Contribution("å".repeat(1_000));

        Map<String, Object> values = EntityFields.snapshot(c);
        List<EntityFields.Change> created = EntityFields.diff(Contribution.class, Map.of(), values);

        assertFalse(values.containsKey("version"));
        assertFalse(values.containsKey("loadedState"));
        assertTrue(values.containsKey("district"), "a reference is a field (its id)");
        String text = created.stream().filter(ch -> ch.field().equals("text")).findFirst().orElseThrow().after();
        assertEquals(301, text.length(), "300 characters and an ellipsis");
    }
}
