package se.stjarnbild.webapp.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchedAddressTest {

    @Test
    void theSameAddressIsUnchangedWhateverItsCaseAndSpaces() {
        assertTrue(SearchedAddress.unchanged("anna@example.se", " Anna@Example.se "));
    }

    @Test
    void anEditedFieldOrNoSearchIsNotTheOneShown() {
        assertFalse(SearchedAddress.unchanged("anna@example.se", "anders@example.se"));
        assertFalse(SearchedAddress.unchanged(null, "anna@example.se"));
        assertFalse(SearchedAddress.unchanged("anna@example.se", null));
    }
}
