package se.stjarnbild.webapp.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import se.stjarnbild.model.campaign.PhaseKind;
import se.stjarnbild.model.meetings.MeetingKind;
import se.stjarnbild.model.geography.PlaceKind;
import se.stjarnbild.model.users.Role;

/**
 * The demo's facts, from the municipality's own article: the campaign and its phases, the five
 * districts, the four target groups, the nine reference groups, and the three places and quotes
 * (verbatim). Villages, themes and users are a starting set for trying the product and say so.
 */
public final class DemoCatalog {

    public static final String CAMPAIGN_NAME = "Platsvarumärke Krokoms kommun";
    public static final String MUNICIPALITY = "Krokoms kommun";
    public static final String CAMPAIGN_DESCRIPTION = "Kommunen vill bli 1 000 fler invånare och kartlägger "
            + "vad som är unikt och vad människor är stolta över. Medborgardialogen hösten 2019 visade: "
            + "berätta mer om fördelarna med att bo här och marknadsför byarna, inte kommunen som helhet.";

    /** One password for every demo login, so a person trying the product needs to remember one. */
    public static final String DEMO_PASSWORD = "krokom-demo-2026";

    public record PhaseFact(PhaseKind kind, LocalDate start, LocalDate end) {
    }

    public record DistrictFact(String code, String name, List<String> villages) {
    }

    public record TargetGroupFact(String code, String name) {
    }

    public record PlaceFact(String name, PlaceKind kind, String districtCode, String village, String description) {
    }

    /** A quote and the (example) July visitor interview it was taken from. */
    public record QuoteFact(String text, String placeName, int julyDay, String homeRegion, String theme) {
    }

    /** Interviewer named on the example interviews: the article names none. */
    public static final String DEMO_INTERVIEWER = "Sommarintervjuare (demo)";

    public record VenueFact(String name, String address, String districtCode, int capacity, boolean stepFree,
            boolean hearingLoop) {
    }

    public record MeetingFact(MeetingKind kind, String title, String description, int month, int day, LocalTime start,
            LocalTime end, String venue) {
    }

    public record StarFact(String title, String description, String evidencePlace) {
    }

    public record ThemeFact(String name, String description, String parent) {
    }

    public record UserFact(String username, String displayName, String password, List<Role> roles) {
    }

    private DemoCatalog() {
    }

    /** July interviews, reference groups in the autumn, open meetings on 8 and 9 October, the board in December. */
    public static List<PhaseFact> phases(int year) {
        return List.of(
                new PhaseFact(PhaseKind.INTERVIEWS, LocalDate.of(year, 7, 1), LocalDate.of(year, 7, 31)),
                new PhaseFact(PhaseKind.REFERENCE_GROUPS, LocalDate.of(year, 8, 17), LocalDate.of(year, 10, 30)),
                new PhaseFact(PhaseKind.OPEN_MEETINGS, LocalDate.of(year, 10, 8), LocalDate.of(year, 10, 9)),
                new PhaseFact(PhaseKind.DECISION, LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 31)));
    }

    public static List<DistrictFact> districts() {
        return List.of(
                new DistrictFact("hotagen", "Hotagen", List.of("Hotagen", "Rötviken", "Häggsjövik")),
                new DistrictFact("follinge-laxsjo", "Föllinge/Laxsjö", List.of("Föllinge", "Laxsjö", "Skärvången")),
                new DistrictFact("offerdal-ronnofors", "Offerdal/Rönnöfors",
                        List.of("Änge", "Rönnöfors", "Landön", "Kaxås", "Jänsmässholmen")),
                new DistrictFact("as-krokom-naskott", "Ås/Krokom/Näskott", List.of("Krokom", "Ås", "Näskott", "Dvärsätt")),
                new DistrictFact("trangsviken-alsen-kluk", "Trångsviken/Alsen/Kluk", List.of("Trångsviken", "Alsen", "Kluk")));
    }

    public static List<TargetGroupFact> targetGroups() {
        return List.of(
                new TargetGroupFact("ungdomar", "Ungdomar"),
                new TargetGroupFact("utlandsfodda", "Utlandsfödda"),
                new TargetGroupFact("foretagare", "Företagare"),
                new TargetGroupFact("inflyttare", "Inflyttare"));
    }

    /** Nine groups: one per target group, one per district, named as what they represent. */
    public static int referenceGroupCount() {
        return targetGroups().size() + districts().size();
    }

    public static List<PlaceFact> places() {
        return List.of(
                new PlaceFact("Skärvångens bymejeri", PlaceKind.BUSINESS, "follinge-laxsjo", "Skärvången",
                        "Bymejeri som gör ost på mjölk från byn."),
                new PlaceFact("Hotagsströmmen", PlaceKind.NATURE_SITE, "hotagen", null,
                        "Fiskeplats känd bland sportfiskare långt utanför kommunen."),
                new PlaceFact("Gamla lanthandeln i Krokom", PlaceKind.BUSINESS, "as-krokom-naskott", "Krokom",
                        "Lanthandel i gammal stil."));
    }

    /**
     * The three visitor quotes of the article, verbatim, each from a July visitor interview at its
     * place. The interviews' days, home regions and interviewer are examples (the article gives none).
     */
    public static List<QuoteFact> quotes() {
        return List.of(
                new QuoteFact("alla som gillar ost känner till Skärvångens bymejeri", "Skärvångens bymejeri", 9, "Östersund",
                        "Ost och mejeri"),
                new QuoteFact("mina fiskevänner i Stockholm vet var Hotagsströmmen är", "Hotagsströmmen", 16, "Stockholm", "Fiske"),
                new QuoteFact("Gamla lanthandeln i Krokom är så genuin", "Gamla lanthandeln i Krokom", 23, "Trondheim",
                        "Genuinitet"));
    }

    /** Two venues (examples, marked demo) for the meetings. */
    public static List<VenueFact> venues() {
        return List.of(
                new VenueFact("Föllinge folkets hus (demo)", "Föllinge (exempeladress)", "follinge-laxsjo", 80, true, true),
                new VenueFact("Krokoms kommunhus, sessionssalen (demo)", "Krokom (exempeladress)", "as-krokom-naskott", 120,
                        true, true));
    }

    /**
     * The article's two open meetings on 8 and 9 October, and the board's meeting in December. The
     * times and venues are examples (the article gives none).
     */
    public static List<MeetingFact> meetings() {
        return List.of(
                new MeetingFact(MeetingKind.OPEN_MEETING, "Öppet möte om stjärnbilden – Föllinge",
                        "Vi visar stjärnbilden så här långt. Vad är unikt där du bor? (demo)", 10, 8,
                        LocalTime.of(18, 0), LocalTime.of(20, 30), "Föllinge folkets hus (demo)"),
                new MeetingFact(MeetingKind.OPEN_MEETING, "Öppet möte om stjärnbilden – Krokom",
                        "Vi visar stjärnbilden så här långt. Vad är unikt där du bor? (demo)", 10, 9,
                        LocalTime.of(18, 0), LocalTime.of(20, 30), "Krokoms kommunhus, sessionssalen (demo)"),
                new MeetingFact(MeetingKind.BOARD_MEETING, "Kommunstyrelsen beslutar om stjärnbilden",
                        "Beslut om platsvarumärket: den gemensamma stjärnbilden (demo).", 12, 15,
                        LocalTime.of(13, 0), LocalTime.of(16, 0), "Krokoms kommunhus, sessionssalen (demo)"));
    }

    /** An example open meeting two weeks after the first start, when the October meetings have passed. */
    public static MeetingFact upcomingExampleMeeting() {
        return new MeetingFact(MeetingKind.OPEN_MEETING, "Extra öppet möte om stjärnbilden (exempel)",
                "Ett exempelmöte två veckor fram, så att anmälan går att prova i demon när höstens möten har varit.",
                0, 0, LocalTime.of(18, 0), LocalTime.of(20, 0), "Föllinge folkets hus (demo)");
    }

    /** Two candidate stars (demo), each carried by one of the article's quotes (by its place). */
    public static List<StarFact> stars() {
        return List.of(
                new StarFact("Mathantverk i byarna (demo)",
                        "Ost, mejeri och lokal mat som besökare söker sig till (demo).", "Skärvångens bymejeri"),
                new StarFact("Fiskevatten som hela landet känner till (demo)",
                        "Strömmar och sjöar som fiskare reser långt för (demo).", "Hotagsströmmen"));
    }

    /** A starter codebook (demo): two levels, to be renamed and extended by staff. */
    public static List<ThemeFact> themes() {
        return List.of(
                new ThemeFact("Natur och friluftsliv", "Fjäll, skog, vatten och det man gör där (demo).", null),
                new ThemeFact("Fiske", "Fiskeplatser och fisketurism (demo).", "Natur och friluftsliv"),
                new ThemeFact("Mat och dryck", "Lokal mat, förädling och servering (demo).", null),
                new ThemeFact("Ost och mejeri", "Mejerier och ost från trakten (demo).", "Mat och dryck"),
                new ThemeFact("Genuinitet", "Det äkta och oförställda (demo).", null),
                new ThemeFact("Kultur och historia", "Byggnader, traditioner och berättelser (demo).", null));
    }

    /** Demo logins, printed at start and listed in README. Never created outside demo mode. */
    public static List<UserFact> users() {
        return List.of(
                new UserFact("admin", "Administratör (demo)", DEMO_PASSWORD, List.of(Role.values())),
                new UserFact("handlaggare", "Hanna Handläggare (demo)", DEMO_PASSWORD, List.of(Role.STAFF)),
                new UserFact("organisator", "Olle Organisatör (demo)", DEMO_PASSWORD, List.of(Role.ORGANISER)),
                new UserFact("sekreterare", "Sara Sekreterare (demo)", DEMO_PASSWORD, List.of(Role.SECRETARY)));
    }
}
