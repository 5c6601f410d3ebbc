package se.stjarnbild.dialogue.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns CSV bytes into text. Excel on Swedish Windows saves "CSV" as Windows-1252 and "CSV UTF-8" with
 * a byte order mark; other tools save UTF-8 without one. Strict UTF-8 is tried first because
 * Windows-1252 text with å, ä or ö is almost never valid UTF-8, while UTF-8 read as Windows-1252 would
 * silently turn "Föllinge" into "FÃ¶llinge".
 */
final class TextDecoding {

    static final String UTF_8 = "UTF-8";
    static final String UTF_8_BOM = "UTF-8 BOM";
    static final String WINDOWS_1252 = "windows-1252";

    private static final Charset CP1252 = Charset.forName(WINDOWS_1252);

    private TextDecoding() {
    }

    static DecodedText decode(byte[] content, EncodingChoice choice) {
        if (hasUtf8Bom(content)) {
            // The mark is the file's own statement that it is UTF-8; it outranks any guess or choice.
            byte[] rest = Arrays.copyOfRange(content, 3, content.length);
            String strict = strictUtf8(rest);
            return strict != null ? new DecodedText(strict, UTF_8_BOM, false)
                    : new DecodedText(new String(rest, StandardCharsets.UTF_8), UTF_8_BOM, true);
        }
        switch (choice) {
            case WINDOWS_1252:
                return new DecodedText(new String(content, CP1252), WINDOWS_1252, false);
            case UTF_8: {
                String strict = strictUtf8(content);
                return strict != null ? new DecodedText(strict, UTF_8, false)
                        : new DecodedText(new String(content, StandardCharsets.UTF_8), UTF_8, true);
            }
            default: {
                String strict = strictUtf8(content);
                return strict != null ? new DecodedText(strict, UTF_8, false)
                        : new DecodedText(new String(content, CP1252), WINDOWS_1252, false);
            }
        }
    }

    static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF;
    }

    /**
     * The text, or null when the bytes are not valid UTF-8. The JDK's own decoding (much the faster
     * on a large file) turns every invalid sequence into U+FFFD; only when that character appears,
     * which in real text it hardly ever does, the strict decoder decides whether the file had it.
     */
    private static String strictUtf8(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
