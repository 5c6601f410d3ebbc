package se.stjarnbild.reporting.document;

/**
 * The document's look, the same on screen and on A4: one font (embedded in the PDF), calm tables.
 * Table cells do not break inside words (a narrow column would read "An/mäl/da"); numbers stand
 * right-aligned on one line, words left-aligned.
 */
final class DocumentStyle {

    static final String CSS = """
            @page { size: A4; margin: 22mm 20mm 22mm 24mm;
              @bottom-right { content: counter(page) " (" counter(pages) ")"; font-family: 'DejaVu Sans'; font-size: 9pt; } }
            body { font-family: 'DejaVu Sans', 'Symbola'; font-size: 10.5pt; line-height: 1.45; color: #1b1f24; }
            p, li, q { word-wrap: break-word; }
            h1 { font-size: 18pt; margin: 12pt 0 8pt; }
            h2 { font-size: 14pt; margin: 16pt 0 6pt; page-break-after: avoid; }
            h3 { font-size: 12pt; margin: 12pt 0 4pt; page-break-after: avoid; }
            h4 { font-size: 10.5pt; margin: 8pt 0 4pt; }
            .org { font-weight: bold; margin: 0 0 6pt; }
            table { border-collapse: collapse; margin: 4pt 0 10pt; font-size: 9.5pt; }
            caption { text-align: left; font-weight: bold; padding: 2pt 0; }
            th, td { border: 0.5pt solid #c9d1d9; padding: 2pt 6pt; text-align: left; vertical-align: top; }
            table.numbers td.n { text-align: right; white-space: nowrap; }
            table.facts th { font-weight: normal; color: #4a5560; }
            ol.decision li { margin: 0 0 4pt; }
            img { width: 100%; }
            ul.quotes li { margin: 0 0 4pt; }
            q { font-style: italic; }
            .appendix { page-break-before: always; }
            """;

    private DocumentStyle() {
    }
}
