package se.stjarnbild.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The server's used heap sampled every 50 ms with the JDK's jstat while something runs; the
 * highest sample is the peak (young, survivor and old generations together).
 */
final class HeapSampler implements AutoCloseable {

    private final Process jstat;
    private final Thread reader;
    private volatile double peakMegabytes;

    HeapSampler(long pid) throws IOException {
        jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), "50").redirectErrorStream(true).start();
        reader = new Thread(this::read, "heap-sampler");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            String header = lines.readLine();
            if (header == null) {
                return;
            }
            String[] names = header.trim().split("\\s+");
            String line;
            while ((line = lines.readLine()) != null) {
                String[] values = line.trim().split("\\s+");
                if (values.length != names.length || values[0].equals(names[0])) {
                    continue;
                }
                double usedKb = 0;
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals("S0U") || names[i].equals("S1U") || names[i].equals("EU") || names[i].equals("OU")) {
                        usedKb += Double.parseDouble(values[i].replace(',', '.'));
                    }
                }
                peakMegabytes = Math.max(peakMegabytes, usedKb / 1024.0);
            }
        } catch (IOException | NumberFormatException e) {
            // the sampler stops with the process; what was read stands
        }
    }

    /** Starts a new peak from now. */
    void reset() {
        peakMegabytes = 0;
    }

    double peakMegabytes() {
        return peakMegabytes;
    }

    @Override
    public void close() {
        jstat.destroy();
    }
}
