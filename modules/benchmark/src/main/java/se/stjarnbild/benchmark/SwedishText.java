package se.stjarnbild.benchmark;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Swedish sentences of the kind visitors and residents say about a place: about nature, food,
 * culture, work and community, with nouns and adjectives inflected to agree (en/ett, definite,
 * plural) and the compound words Swedish is full of. Deterministic for a given random source.
 */
final class SwedishText {

    /** A noun in its four forms: "en ost", "osten", "ostar", "ostarna"; neuter takes "ett". */
    record Noun(String indefinite, String definite, String plural, String definitePlural, boolean neuter) {
        String article() {
            return neuter ? "ett" : "en";
        }
    }

    /** An adjective: "god" (en), "gott" (ett), "goda" (plural and definite). */
    record Adjective(String common, String neuter, String definite) {
        String agreeing(Noun noun) {
            return noun.neuter() ? neuter : common;
        }
    }

    /** What a sentence is about, by theme, so generated quotes can be coded consistently. */
    enum Topic {
        NATURE, FOOD, CULTURE, WORK, COMMUNITY
    }

    private static final List<Noun> NATURE = List.of(
            new Noun("fjäll", "fjället", "fjäll", "fjällen", true),
            new Noun("fiskevatten", "fiskevattnet", "fiskevatten", "fiskevattnen", true),
            new Noun("älv", "älven", "älvar", "älvarna", false),
            new Noun("skogssjö", "skogssjön", "skogssjöar", "skogssjöarna", false),
            new Noun("vandringsled", "vandringsleden", "vandringsleder", "vandringslederna", false),
            new Noun("myr", "myren", "myrar", "myrarna", false),
            new Noun("skoterled", "skoterleden", "skoterleder", "skoterlederna", false),
            new Noun("midnattssol", "midnattssolen", "midnattssolar", "midnattssolarna", false));

    private static final List<Noun> FOOD = List.of(
            new Noun("ost", "osten", "ostar", "ostarna", false),
            new Noun("bymejeri", "bymejeriet", "bymejerier", "bymejerierna", true),
            new Noun("kolbulle", "kolbullen", "kolbullar", "kolbullarna", false),
            new Noun("hjortronsylt", "hjortronsylten", "hjortronsylter", "hjortronsylterna", false),
            new Noun("surdegsbröd", "surdegsbrödet", "surdegsbröd", "surdegsbröden", true),
            new Noun("fjällröding", "fjällrödingen", "fjällrödingar", "fjällrödingarna", false),
            new Noun("gårdsbutik", "gårdsbutiken", "gårdsbutiker", "gårdsbutikerna", false));

    private static final List<Noun> CULTURE = List.of(
            new Noun("hembygdsgård", "hembygdsgården", "hembygdsgårdar", "hembygdsgårdarna", false),
            new Noun("lanthandel", "lanthandeln", "lanthandlar", "lanthandlarna", false),
            new Noun("fäbod", "fäboden", "fäbodar", "fäbodarna", false),
            new Noun("spelmansstämma", "spelmansstämman", "spelmansstämmor", "spelmansstämmorna", false),
            new Noun("kyrkbacke", "kyrkbacken", "kyrkbackar", "kyrkbackarna", false),
            new Noun("sommarteater", "sommarteatern", "sommarteatrar", "sommarteatrarna", false));

    private static final List<Noun> WORK = List.of(
            new Noun("småföretag", "småföretaget", "småföretag", "småföretagen", true),
            new Noun("sågverk", "sågverket", "sågverk", "sågverken", true),
            new Noun("turistföretag", "turistföretaget", "turistföretag", "turistföretagen", true),
            new Noun("distansarbetsplats", "distansarbetsplatsen", "distansarbetsplatser", "distansarbetsplatserna", false),
            new Noun("hantverkare", "hantverkaren", "hantverkare", "hantverkarna", false));

    private static final List<Noun> COMMUNITY = List.of(
            new Noun("byförening", "byföreningen", "byföreningar", "byföreningarna", false),
            new Noun("bygdegård", "bygdegården", "bygdegårdar", "bygdegårdarna", false),
            new Noun("granne", "grannen", "grannar", "grannarna", false),
            new Noun("idrottsförening", "idrottsföreningen", "idrottsföreningar", "idrottsföreningarna", false),
            new Noun("skolskjuts", "skolskjutsen", "skolskjutsar", "skolskjutsarna", false));

    private static final List<Adjective> PRAISE = List.of(
            new Adjective("genuin", "genuint", "genuina"),
            new Adjective("vacker", "vackert", "vackra"),
            new Adjective("unik", "unikt", "unika"),
            new Adjective("god", "gott", "goda"),
            new Adjective("lugn", "lugnt", "lugna"),
            new Adjective("välkomnande", "välkomnande", "välkomnande"),
            new Adjective("fantastisk", "fantastiskt", "fantastiska"),
            new Adjective("äkta", "äkta", "äkta"));

    private static final List<String> WHO = List.of(
            "mina fiskevänner i Stockholm", "alla vi som bor här", "barnen", "mina kollegor i Östersund",
            "sommargästerna", "turisterna från Norge", "ungdomarna i byn", "de som flyttat hit");

    private static final List<String> FEELING = List.of(
            "är stolta över", "pratar ofta om", "saknar", "vill visa upp", "kommer tillbaka för", "känner till");

    private final SplittableRandom random;

    SwedishText(SplittableRandom random) {
        this.random = random;
    }

    Topic topic() {
        return Topic.values()[random.nextInt(Topic.values().length)];
    }

    /** One sentence on the topic, about the named village (and place, when one is given). */
    String sentence(Topic topic, String village, String place) {
        Noun noun = pick(nouns(topic));
        Adjective adjective = pick(PRAISE);
        String about = place != null && random.nextInt(3) == 0 ? place : village;
        return switch (random.nextInt(9)) {
            case 0 -> capitalise(noun.definite()) + " i " + about + " är så " + adjective.agreeing(noun) + ".";
            case 1 -> capitalise(pick(WHO)) + " " + pick(FEELING) + " " + noun.definitePlural() + " runt " + about + ".";
            case 2 -> "Det finns " + noun.article() + " " + adjective.agreeing(noun) + " " + noun.indefinite()
                    + " i " + about + " som alla borde känna till.";
            case 3 -> "Vi åkte till " + about + " för " + noun.definitePlural() + " och stannade en vecka till.";
            case 4 -> "De " + adjective.definite() + " " + noun.definitePlural() + " är det jag minns bäst från " + about + ".";
            case 5 -> "Alla som gillar " + noun.plural() + " känner till " + about + ".";
            case 6 -> "I " + about + " hälsar man på varandra, och " + noun.definite() + " är en del av det.";
            case 7 -> "Utan " + noun.definite() + " vore " + about + " bara en by bland andra.";
            default -> "Jag har bott här i " + (2 + random.nextInt(40)) + " år och " + noun.definitePlural()
                    + " blir bara " + comparative(adjective) + ".";
        };
    }

    /** A few sentences of interviewer's notes. */
    String notes(String village, String place) {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : " ").append(sentence(topic(), village, place));
        }
        return text.toString();
    }

    private static String comparative(Adjective adjective) {
        return switch (adjective.common()) {
            case "god" -> "bättre";
            case "vacker" -> "vackrare";
            case "genuin", "äkta", "välkomnande", "fantastisk", "unik" -> "mer " + adjective.definite();
            default -> adjective.common() + "are";
        };
    }

    private static List<Noun> nouns(Topic topic) {
        return switch (topic) {
            case NATURE -> NATURE;
            case FOOD -> FOOD;
            case CULTURE -> CULTURE;
            case WORK -> WORK;
            case COMMUNITY -> COMMUNITY;
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
