package se.stjarnbild.reporting.document;

import java.time.LocalDate;
import java.util.List;

/** A small, known decision document for the renderers' tests. */
final class SampleContent {

    static final List<String> DISTRICTS = List.of("Hotagen", "Föllinge/Laxsjö", "Offerdal/Rönnöfors", "Ås/Krokom/Näskott",
            "Trångsviken/Alsen/Kluk");

    private SampleContent() {
    }

    static DocumentContent krokom() {
        Method method = new Method(12,
                List.of(new Count("juli 2026", 10), new Count("augusti 2026", 2)),
                List.of(new Count("Hotagen", 5), new Count("Föllinge/Laxsjö", 7)),
                List.of(new Count("Besökare", 9), new Count("Boende", 3)),
                List.of(new Method.GroupLine("Ungdomar", 4, 2, true), new Method.GroupLine("Hotagen", 3, 1, false)),
                List.of(new Method.MeetingLine("Öppet möte – Föllinge", "8 oktober 2026", 40, 35, 212, 61, 14)),
                new Method.OnlineLine(23, 17),
                List.of(new Method.RoundLine("Första stjärnorna", 7, 3)),
                List.of("Inflyttare har inga medlemmar."));
        StarSection dairy = new StarSection(1, "Mathantverk i byarna", "Ost & mejeri <som> besökare söker.",
                List.of("Föllinge/Laxsjö"), 8, List.of(new Count("Föllinge/Laxsjö", 8)), List.of(new Count("Besökare", 8)),
                List.of(new Count("Intervju", 7), new Count("Referensgrupp", 1)),
                List.of(new Example("Osten från Skärvången är unik.", "Skärvångens bymejeri")),
                new Ratings(4.0, 3.5, 3), List.of(new Example("Osten från Skärvången är unik.", "Skärvångens bymejeri")), 0);
        StarSection fishing = new StarSection(2, "Fiskevatten", null, List.of(), 3, List.of(new Count("Hotagen", 3)),
                List.of(new Count("Besökare", 3)), List.of(new Count("Intervju", 3)), List.of(), null, List.of(), 2);
        return new DocumentContent("Krokoms kommun", DISTRICTS, "Kommunledningsförvaltningen", LocalDate.of(2026, 11, 26),
                "KS 2026/123", "Karin Handläggare", "Krokoms platsvarumärke – den gemensamma stjärnbilden",
                List.of("Kommunstyrelsen antar stjärnbilden.", "Stjärnbilden följs upp 2028."),
                RichText.clean("Stjärnbilden bygger på människors egna ord.\n\n- tolv intervjuer\n- nio grupper"),
                RichText.clean("<p>Medborgardialogen 2019 och målet om <strong>1 000</strong> fler invånare.</p>"),
                method, List.of(dairy, fishing), RichText.clean("Ryms i budgeten."), "", null,
                List.of("Protokoll från referensgrupperna"), List.of("Kommunikationsenheten", "Näringslivsenheten"));
    }
}
