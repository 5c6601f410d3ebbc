package se.stjarnbild.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The raw JDBC side of the import figure, in a JVM of its own as the server is: generates the same
 * rows from the same seeds as the import's CSVs, warms up by inserting the rows the server's import
 * is warmed up with, then times the insert of the measured rows into the database at the given URL
 * (held open throughout, as the server holds its database open). Prints one line:
 * {@code RAW <milliseconds> <commit milliseconds>}.
 */
public final class RawInsert {

    private RawInsert() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int quotes = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        int warmUpQuotes = Integer.parseInt(args[3]);
        long warmUpSeed = Long.parseLong(args[4]);
        int year = Integer.parseInt(args[5]);
        String user = BenchmarkRunner.USER;
        String password = BenchmarkRunner.PASSWORD;
        try (Connection keepOpen = DriverManager.getConnection(url, user, password)) {
            ImportRows rows = ImportRows.generate(url, user, password, quotes, seed, year);
            ImportRows warmUp = ImportRows.generate(url, user, password, warmUpQuotes, warmUpSeed, year);
            warmUp.insertByJdbc(url, user, password);
            BenchmarkRunner.settleDisk();
            long millis = rows.insertByJdbc(url, user, password);
            System.out.println("RAW " + millis + " " + rows.lastCommitMillis());
        }
    }
}
