package se.stjarnbild.dialogue.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The districts, villages and places a file may name, as plain facts so the parser needs no database.
 * Names (and district codes) match ignoring case and surrounding or repeated spaces, but not
 * diacritics: in Swedish å, ä and ö are letters of their own, and "Ange" is not "Änge". Every lookup
 * is a hash lookup, so large files stay fast.
 */
public final class ReferenceData {

    public record District(long id, String code, String name) {
    }

    public record Village(long id, long districtId, String name) {
    }

    public record Place(long id, long districtId, Long villageId, String name) {
    }

    private final Map<String, District> districtsByNameOrCode = new HashMap<>();
    private final Map<String, Village> villagesByDistrictAndName = new HashMap<>();
    private final Map<String, Place> placesByDistrictAndName = new HashMap<>();
    private final Map<String, Village> villagesByName = new HashMap<>();
    private final Map<String, Place> placesByName = new HashMap<>();

    public ReferenceData(List<District> districts, List<Village> villages, List<Place> places) {
        for (District district : districts) {
            districtsByNameOrCode.putIfAbsent(key(district.name()), district);
            if (district.code() != null) {
                districtsByNameOrCode.putIfAbsent(key(district.code()), district);
            }
        }
        for (Village village : villages) {
            villagesByDistrictAndName.putIfAbsent(village.districtId() + "/" + key(village.name()), village);
            villagesByName.putIfAbsent(key(village.name()), village);
        }
        for (Place place : places) {
            placesByDistrictAndName.putIfAbsent(place.districtId() + "/" + key(place.name()), place);
            placesByName.putIfAbsent(key(place.name()), place);
        }
    }

    /** The district with this name or code, or null. */
    District district(String nameOrCode) {
        return districtsByNameOrCode.get(key(nameOrCode));
    }

    /** The village of this name in the district, or null. */
    Village village(long districtId, String name) {
        return villagesByDistrictAndName.get(districtId + "/" + key(name));
    }

    /** Some village of this name in any district, or null: tells "in another district" from "unknown". */
    Village anyVillage(String name) {
        return villagesByName.get(key(name));
    }

    Place place(long districtId, String name) {
        return placesByDistrictAndName.get(districtId + "/" + key(name));
    }

    Place anyPlace(String name) {
        return placesByName.get(key(name));
    }

    /**
     * NFC because a Mac may write "ö" as "o" plus a combining diaeresis, which looks the same. Text
     * without characters from U+0300 on (combining marks start there) is already NFC, so the costly
     * normaliser runs only for the rare text that needs it.
     */
    static String key(String name) {
        String trimmed = name.strip();
        if (mayNeedComposing(trimmed)) {
            trimmed = Normalizer.normalize(trimmed, Normalizer.Form.NFC);
        }
        StringBuilder out = new StringBuilder(trimmed.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00a0';
            if (!space) {
                out.append(c);
            } else if (!lastWasSpace) {
                out.append(' ');
            }
            lastWasSpace = space;
        }
        return out.toString().trim().toLowerCase(Locale.ROOT);
    }

    private static boolean mayNeedComposing(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '\u0300') {
                return true;
            }
        }
        return false;
    }
}
