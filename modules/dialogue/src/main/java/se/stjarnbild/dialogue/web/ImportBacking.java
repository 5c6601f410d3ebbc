package se.stjarnbild.dialogue.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import se.stjarnbild.dialogue.importing.EncodingChoice;
import se.stjarnbild.dialogue.importing.ImportColumn;
import se.stjarnbild.dialogue.importing.ImportFileException;
import se.stjarnbild.dialogue.importing.ImportPreview;
import se.stjarnbild.dialogue.importing.ImportProblem;
import se.stjarnbild.dialogue.importing.ImportResult;
import se.stjarnbild.dialogue.importing.ImportTemplate;
import se.stjarnbild.dialogue.importing.InterviewImport;
import se.stjarnbild.dialogue.importing.InterviewImportParser;
import se.stjarnbild.dialogue.importing.RawSheet;
import se.stjarnbild.dialogue.importing.ReadOptions;
import se.stjarnbild.dialogue.importing.SeparatorChoice;
import se.stjarnbild.dialogue.importing.SpreadsheetReader;

/**
 * Backs dialogue/import.xhtml in three steps: choose a file (encoding and separator detected, or
 * chosen), see every problem by row and column or what would be saved, then save all of it in
 * the background while the page shows how far it has come. Nothing is saved before the last step.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportBacking.class.getName());
    /** Problems shown on the page; the rest are counted ("and 312 more"). */
    static final int PROBLEMS_SHOWN = 200;
    /** Less than the page's poll interval (1 s), so progress keeps moving while a save runs. */
    private static final long POLL_WAIT_MILLIS = 500;

    @Inject
    private InterviewImport importer;

    private transient Part file;
    private String fileName;
    private EncodingChoice encoding = EncodingChoice.AUTO;
    private SeparatorChoice separator = SeparatorChoice.AUTO;
    private RawSheet sheetFacts;
    private ImportPreview preview;
    private final AtomicInteger saved = new AtomicInteger();
    private transient Future<ImportResult> running;
    private ImportResult result;
    private boolean failed;

    private static boolean emptyFileWasChosen() {
        try {
            Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
            if (request instanceof jakarta.servlet.http.HttpServletRequest http
                    && http.getContentType() != null && http.getContentType().startsWith("multipart/")) {
                Part part = http.getPart("uploadForm:file");
                return part != null && part.getSubmittedFileName() != null && !part.getSubmittedFileName().isBlank()
                        && part.getSize() == 0;
            }
        } catch (java.io.IOException | jakarta.servlet.ServletException | IllegalStateException e) {
            return false;
        }
        return false;
    }

    /** Reads and checks the file; shows the preview or says what is wrong with the file itself. */
    public void check() {
        preview = null;
        result = null;
        failed = false;
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            // JSF passes a chosen file with no bytes on as no file at all; the request still has it.
            fieldError(emptyFileWasChosen() ? "import.file.empty" : "import.file.choose");
            return;
        }
        if (file.getSize() == 0) {
            // A chosen file with no bytes is an empty file, not a missing choice.
            fieldError("import.file.empty");
            return;
        }
        if (file.getSize() > SpreadsheetReader.MAX_BYTES) {
            fieldError("import.file.tooLarge", SpreadsheetReader.MAX_BYTES / (1024 * 1024));
            return;
        }
        fileName = file.getSubmittedFileName();
        try (InputStream in = file.getInputStream()) {
            long started = System.nanoTime();
            byte[] content = in.readAllBytes();
            long read = System.nanoTime();
            RawSheet sheet = SpreadsheetReader.read(content, fileName, new ReadOptions(encoding, separator));
            long parsed = System.nanoTime();
            sheetFacts = new RawSheet(sheet.header(), List.of(), sheet.detectedEncoding(), sheet.detectedSeparator());
            preview = importer.withAlreadySaved(
                    InterviewImportParser.parse(sheet, importer.referenceData(), LocalDate.now(ZoneId.of("Europe/Stockholm"))));
            long checked = System.nanoTime();
            LOG.info(() -> String.format(Locale.ROOT, "Import check of %,d bytes: read %d ms, rows %d ms, rules %d ms",
                    content.length, (read - started) / 1_000_000, (parsed - read) / 1_000_000, (checked - parsed) / 1_000_000));
        } catch (ImportFileException refused) {
            fieldError(refused.messageKey(), refused.args().toArray());
        } catch (IOException unreadable) {
            fieldError("import.file.unreadable");
        }
    }

    /** Starts saving everything in the preview; the page polls {@link #getSaved()} until it is done. */
    public void save() {
        if (preview == null || !preview.canSave() || running != null) {
            return;
        }
        saved.set(0);
        running = importer.saveInBackground(preview, saved);
    }

    /**
     * Called by the page's poll: collects the result once the background save has finished. A poll
     * waits a little for the end, so the page says "done" when the save is, not a tick later.
     */
    public void poll() {
        if (running == null) {
            return;
        }
        try {
            running.get(POLL_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillSaving) {
            return;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException failedSave) {
            // Done, badly: get() below ends the same way and says so.
        }
        try {
            result = running.get();
            DialogueTexts.flashInfo("import.done", result.interviews(), result.quotes());
        } catch (ExecutionException | InterruptedException e) {
            failed = true;
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, DialogueTexts.get("import.failed"), null));
        } finally {
            running = null;
        }
    }

    public void startOver() {
        preview = null;
        result = null;
        failed = false;
        sheetFacts = null;
    }

    private void fieldError(String key, Object... arguments) {
        String text = DialogueTexts.get(key, arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage("uploadForm:file", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, DialogueTexts.get("import.fileRefused"), null));
        faces.validationFailed();
    }

    /** A problem in the reader's language. */
    public String message(ImportProblem problem) {
        return DialogueTexts.get(problem.messageKey(), problem.args().toArray());
    }

    public List<ImportProblem> getShownProblems() {
        return preview == null ? List.of() : preview.problems().stream().limit(PROBLEMS_SHOWN).toList();
    }

    /** The first interviews of the file, for a look before saving. */
    public List<se.stjarnbild.dialogue.importing.ImportedInterview> getSample() {
        return preview == null ? List.of() : preview.interviews().stream().limit(10).toList();
    }

    public int getHiddenProblems() {
        return preview == null ? 0 : Math.max(0, preview.problems().size() - PROBLEMS_SHOWN);
    }

    public boolean isSaving() {
        return running != null;
    }

    public boolean isFinished() {
        return result != null || failed;
    }

    public int getSaved() {
        return saved.get();
    }

    /** Whole per cent saved, for the progress bar. */
    public int getPercent() {
        return preview == null || preview.quoteCount() == 0 ? 0 : (int) (100L * saved.get() / preview.quoteCount());
    }

    public List<ImportColumn> getColumns() {
        return ImportTemplate.columns();
    }

    public EncodingChoice[] getEncodings() {
        return EncodingChoice.values();
    }

    public SeparatorChoice[] getSeparators() {
        return SeparatorChoice.values();
    }

    public int getMaxMegabytes() {
        return SpreadsheetReader.MAX_BYTES / (1024 * 1024);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public EncodingChoice getEncoding() {
        return encoding;
    }

    public void setEncoding(EncodingChoice encoding) {
        this.encoding = encoding;
    }

    public SeparatorChoice getSeparator() {
        return separator;
    }

    public void setSeparator(SeparatorChoice separator) {
        this.separator = separator;
    }

    public RawSheet getSheetFacts() {
        return sheetFacts;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public ImportResult getResult() {
        return result;
    }

    public boolean isFailed() {
        return failed;
    }
}
