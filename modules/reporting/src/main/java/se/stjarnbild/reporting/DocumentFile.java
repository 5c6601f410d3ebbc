package se.stjarnbild.reporting;

/** A version's file to download, exactly as generated. */
public record DocumentFile(String fileName, String contentType, byte[] bytes) {
}
