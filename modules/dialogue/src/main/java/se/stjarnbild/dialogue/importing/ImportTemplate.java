package se.stjarnbild.dialogue.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The template staff download and fill in: a CSV in UTF-8 with a byte order mark (so Excel shows å, ä
 * and ö right) and ';' separators (so Swedish Excel splits it into columns), with three example rows.
 * Its columns and their help come from {@link ImportColumn}, so page, README and parser agree.
 */
public final class ImportTemplate {

    public static final String FILE_NAME = "intervjuer-mall.csv";
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final String RESOURCE = FILE_NAME;

    private ImportTemplate() {
    }

    /** The columns in the template's order, each with its Swedish header and one line of help. */
    public static List<ImportColumn> columns() {
        return List.of(ImportColumn.values());
    }

    public static byte[] bytes() {
        try (InputStream in = ImportTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The import template is missing from the build: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
