package se.stjarnbild.dialogue.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    @Test
    void utf8IsReadAsUtf8() {
        DecodedText text = TextDecoding.decode("Föllinge;Skärvången".getBytes(StandardCharsets.UTF_8), EncodingChoice.AUTO);
        assertEquals("Föllinge;Skärvången", text.text());
        assertEquals(TextDecoding.UTF_8, text.encodingName());
        assertFalse(text.invalid());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsStillUtf8() {
        DecodedText text = TextDecoding.decode("Osten \uFFFD är god".getBytes(StandardCharsets.UTF_8), EncodingChoice.AUTO);
        assertEquals("Osten \uFFFD är god", text.text());
        assertEquals(TextDecoding.UTF_8, text.encodingName());
        assertFalse(text.invalid());
    }

    @Test
    void windows1252IsRecognisedByItsInvalidUtf8() {
        byte[] ansi = "Föllinge".getBytes(Charset.forName("windows-1252"));
        DecodedText guessed = TextDecoding.decode(ansi, EncodingChoice.AUTO);
        assertEquals("Föllinge", guessed.text());
        assertEquals(TextDecoding.WINDOWS_1252, guessed.encodingName());
        DecodedText forced = TextDecoding.decode(ansi, EncodingChoice.UTF_8);
        assertTrue(forced.invalid(), "chosen as UTF-8, the file is reported as not UTF-8");
    }

    @Test
    void anEncodedSurrogateIsNotUtf8() {
        byte[] cesu = {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'b'};
        assertTrue(TextDecoding.decode(cesu, EncodingChoice.UTF_8).invalid());
    }
}
