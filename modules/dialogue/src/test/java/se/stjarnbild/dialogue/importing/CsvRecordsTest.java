package se.stjarnbild.dialogue.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private record Numbered(int number, List<String> cells) {
    }

    private static List<Numbered> read(String text, char separator) {
        List<Numbered> records = new ArrayList<>();
        CsvRecords.read(text, separator, (number, cells) -> records.add(new Numbered(number, cells)));
        return records;
    }

    private static int brokenAt(String text) {
        return assertThrows(CsvRecords.BrokenRecord.class, () -> read(text, ';')).number();
    }

    @Test
    void cellsAreSplitAtTheSeparatorAndSpacesAroundThemDoNotCount() {
        assertEquals(List.of(new Numbered(1, List.of("Hotagen", "fint fiske", ""))),
                read("  Hotagen ;\tfint fiske\t; \n", ';'));
    }

    @Test
    void aTrailingSeparatorMakesAnEmptyLastCellAndTheLastLineNeedsNoLineEnd() {
        assertEquals(List.of(new Numbered(1, List.of("a", "")), new Numbered(2, List.of("b", "c"))),
                read("a;\nb;c", ';'));
    }

    @Test
    void everyKindOfLineEndEndsARecordAndBlankRecordsAreCounted() {
        assertEquals(List.of(new Numbered(1, List.of("a")), new Numbered(2, List.of("")), new Numbered(3, List.of("b")),
                new Numbered(4, List.of("c"))), read("a\r\n\rb\nc\r\n", ';'));
    }

    @Test
    void quotedCellsKeepSeparatorsLineBreaksAndDoubledQuotesAndCountAsOneRecord() {
        List<Numbered> records = read("\"Hon sa: \"\"fisket; det är allt\"\"\r\noch log\" ; \"\"\n\"sist\"", ';');
        assertEquals(List.of(new Numbered(1, List.of("Hon sa: \"fisket; det är allt\"\r\noch log", "")),
                new Numbered(2, List.of("sist"))), records);
    }

    @Test
    void aQuoteMarkInsideAnUnquotedCellIsAnOrdinaryCharacter() {
        assertEquals(List.of(new Numbered(1, List.of("tum 12\" gädda", "x"))), read("tum 12\" gädda;x", ';'));
    }

    @Test
    void aTabCanBeTheSeparatorWhileSpacesAroundCellsStillDoNotCount() {
        assertEquals(List.of(new Numbered(1, List.of("a", "", "b c"))), read(" a \t\t b c \n", '\t'));
    }

    @Test
    void aCommaSeparatedFileKeepsSemicolonsInsideCells() {
        assertEquals(List.of(new Numbered(1, List.of("a;b", "c"))), read("a;b,\"c\"", ','));
    }

    @Test
    void aQuoteNeverClosedNamesTheRecordItOpensIn() {
        assertEquals(3, brokenAt("a\n\"b\nc\"\n\"aldrig stängt\nd\ne\n"));
    }

    @Test
    void textAfterAClosingQuoteIsBrokenButSpacesAreNot() {
        assertEquals(2, brokenAt("a\n\"b\"c;d\n"));
        assertEquals(List.of(new Numbered(1, List.of("b", "d"))), read("\"b\"  ;d", ';'));
    }

    @Test
    void emptyTextHasNoRecords() {
        assertEquals(List.of(), read("", ';'));
    }
}
