package se.stjarnbild.dialogue.importing;

import java.util.Objects;

/** What the person chose on the import page; only CSV files need choices, XLSX files say it themselves. */
public record ReadOptions(EncodingChoice encoding, SeparatorChoice separator) {

    public ReadOptions {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(separator, "separator");
    }

    public static ReadOptions automatic() {
        return new ReadOptions(EncodingChoice.AUTO, SeparatorChoice.AUTO);
    }
}
