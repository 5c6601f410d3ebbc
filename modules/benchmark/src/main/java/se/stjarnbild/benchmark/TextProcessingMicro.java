package se.stjarnbild.benchmark;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import se.stjarnbild.dialogue.importing.RawSheet;
import se.stjarnbild.dialogue.importing.ReadOptions;
import se.stjarnbild.dialogue.importing.SpreadsheetReader;
import se.stjarnbild.dialogue.internal.QuoteText;
import se.stjarnbild.dialogue.search.SwedishAnalysis;

/**
 * JMH microbenchmarks of the small in-process pieces that every quote passes through: the
 * sanitiser (each quote saved from a form), the Swedish analysis (each quote indexed, each search
 * typed) and the spreadsheet reader (each imported row). Run with {@code mvn -P micro package};
 * not tests, never in CI. Inputs are generated Swedish text, deterministic from a fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextProcessingMicro {

    private static final int QUOTES = 256;
    private static final int CSV_ROWS = 10_000;

    private String[] plainQuotes;
    private String[] markedUpQuotes;
    private Analyzer indexAnalyzer;
    private Analyzer queryAnalyzer;
    private byte[] csv;
    private int next;

    @Setup(Level.Trial)
    public void generate() {
        SwedishText text = new SwedishText(new SplittableRandom(20261008L));
        plainQuotes = new String[QUOTES];
        markedUpQuotes = new String[QUOTES];
        for (int i = 0; i < QUOTES; i++) {
            plainQuotes[i] = text.notes("Föllinge", "Skärvångens bymejeri");
            markedUpQuotes[i] = "<p>" + plainQuotes[i].replaceFirst(" ", " <b onclick=\"x()\">") + "</b>"
                    + "<script>alert(1)</script>&amp; mer</p>";
        }
        indexAnalyzer = SwedishAnalysis.indexAnalyzer();
        queryAnalyzer = SwedishAnalysis.queryAnalyzer();
        StringBuilder sheet = new StringBuilder("\ufeffkommundel;by;anteckningar;citat\r\n");
        for (int i = 0; i < CSV_ROWS; i++) {
            String quote = text.sentence(text.topic(), "Hotagen", "Hotagsströmmen");
            sheet.append("Hotagen;Rötviken;\"").append(text.notes("Rötviken", null).replace("\"", "\"\"")).append("\";")
                    .append(i % 7 == 0 ? "\"" + quote + "; sa hon\"" : quote).append("\r\n");
        }
        csv = sheet.toString().getBytes(StandardCharsets.UTF_8);
    }

    @TearDown(Level.Trial)
    public void close() {
        indexAnalyzer.close();
        queryAnalyzer.close();
    }

    private int nextIndex() {
        next = (next + 1) % QUOTES;
        return next;
    }

    /** A quote as typed, without markup: the common case. */
    @Benchmark
    public String sanitisePlainQuote() {
        return QuoteText.clean(plainQuotes[nextIndex()]);
    }

    /** A quote pasted with markup, an event attribute and a script. */
    @Benchmark
    public String sanitiseMarkedUpQuote() {
        return QuoteText.clean(markedUpQuotes[nextIndex()]);
    }

    /** What the index stores for one quote: stems and compound parts. */
    @Benchmark
    public List<String> analyseQuoteForIndex() {
        return SwedishAnalysis.terms(indexAnalyzer, plainQuotes[nextIndex()]);
    }

    /** What a search box entry becomes. */
    @Benchmark
    public List<String> analyseSearchWords() {
        return SwedishAnalysis.terms(queryAnalyzer, "fiskevänner ostar bymejeriet");
    }

    /**
     * The same file's cells by commons-csv with the settings the import used before its own lexer
     * (kept here as the reference that lexer was measured against).
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int readTenThousandCsvRowsWithCommonsCsv() throws java.io.IOException {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        org.apache.commons.csv.CSVFormat format = org.apache.commons.csv.CSVFormat.Builder.create()
                .setDelimiter(';').setQuote('"').setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).setTrim(true)
                .get();
        int cells = 0;
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(new java.io.StringReader(text), format)) {
            for (org.apache.commons.csv.CSVRecord record : parser) {
                cells += record.toList().size();
            }
        }
        return cells;
    }

    /** A 10,000-row CSV (UTF-8 with BOM, quoted cells) read into rows, as the import's first step. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RawSheet readTenThousandCsvRows() {
        return SpreadsheetReader.read(csv, "intervjuer.csv", ReadOptions.automatic());
    }
}
