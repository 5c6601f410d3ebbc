package se.stjarnbild.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;
import se.stjarnbild.model.dialogue.Quote;
import se.stjarnbild.model.dialogue.QuoteSource;
import se.stjarnbild.model.dialogue.Theme;
import se.stjarnbild.model.geography.District;
import se.stjarnbild.model.geography.Place;
import se.stjarnbild.model.geography.PlaceKind;
import se.stjarnbild.model.geography.Village;
import se.stjarnbild.model.groups.ReferenceGroup;
import se.stjarnbild.model.groups.TargetGroup;

class GroupsAndPlacesTest {

    private final District hotagen = withId(new District("hotagen", "Hotagen", 1), 1L);
    private final District follinge = withId(new District("follinge-laxsjo", "Föllinge/Laxsjö", 2), 2L);

    @Test
    void referenceGroupRepresentsExactlyTheOneThingOfItsKind() {
        TargetGroup youth = new TargetGroup("ungdomar", "Ungdomar", 1);
        assertTrue(ReferenceGroup.forTargetGroup("Ungdomar", youth).isRepresentingExactlyOne());
        assertTrue(ReferenceGroup.forDistrict("Hotagen", hotagen).isRepresentingExactlyOne());
        assertFalse(ReferenceGroup.forTargetGroup("Ingen", null).isRepresentingExactlyOne());
        assertFalse(ReferenceGroup.forDistrict("Ingen", null).isRepresentingExactlyOne());
    }

    @Test
    void placeVillageMustLieInThePlaceDistrict() {
        Village skarvangen = withId(follinge.addVillage("Skärvången"), 10L);
        Place dairy = new Place("Skärvångens bymejeri", PlaceKind.BUSINESS, follinge);
        dairy.setVillage(skarvangen);
        assertTrue(dairy.isVillageInDistrict());

        dairy.setDistrict(hotagen);
        assertFalse(dairy.isVillageInDistrict());
    }

    @Test
    void quoteAboutAPlaceTakesItsVillageAndDistrict() {
        Village skarvangen = withId(follinge.addVillage("Skärvången"), 10L);
        Place dairy = new Place("Skärvångens bymejeri", PlaceKind.BUSINESS, follinge);
        dairy.setVillage(skarvangen);

        Quote quote = new Quote("alla som gillar ost känner till Skärvångens bymejeri", QuoteSource.INTERVIEW);
        quote.aboutPlace(dairy);

        assertSame(follinge, quote.getDistrict());
        assertSame(skarvangen, quote.getVillage());
    }

    @Test
    void codebookKeepsToTwoLevels() {
        Theme food = new Theme("Mat och dryck", null);
        Theme cheese = new Theme("Ost och mejeri", null);
        Theme aged = new Theme("Lagrad ost", null);

        cheese.moveUnder(food);
        assertFalse(cheese.isTopLevel());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> aged.moveUnder(cheese));
        assertEquals("The codebook has two levels: 'Ost och mejeri' is already a sub-theme", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> food.moveUnder(food));
    }

    /** Entities get ids from the database; equality by id needs one in a plain unit test. */
    private static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
