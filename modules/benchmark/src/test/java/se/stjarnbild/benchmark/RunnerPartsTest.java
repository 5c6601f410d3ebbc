package se.stjarnbild.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerPartsTest {

    @Test
    void statsGiveTheMedianAndTheSpread() {
        assertEquals(new Stats(3, 1, 9), Stats.of(List.of(9.0, 1.0, 3.0)));
        assertEquals(new Stats(2.5, 1, 4), Stats.of(List.of(4.0, 1.0, 2.0, 3.0)));
        assertEquals("2.5 ms (1.0–4.0)", Stats.of(List.of(4.0, 1.0, 2.0, 3.0)).format("ms", 1));
        assertThrows(IllegalArgumentException.class, () -> Stats.of(List.of()));
    }

    @Test
    void aFigureMeetsItsTargetAtARatioOfOneOrLess() {
        assertEquals("meets target", Figure.measured("p95", "40 ms", "≤ 50 ms", 0.8).status());
        assertEquals("MISSES target", Figure.measured("p95", "60 ms", "≤ 50 ms", 1.2).status());
        assertEquals("needs search (issue 3)", Figure.pending("search", "≤ 20 ms", "needs search (issue 3)").status());
        assertEquals("| p95 | 40 ms | ≤ 50 ms | 0.80 | meets target |", Figure.measured("p95", "40 ms", "≤ 50 ms", 0.8).row());
    }

    @Test
    void optionsRefuseAnUnknownScaleAndMissingBuilds(@TempDir Path dir) throws Exception {
        Path war = Files.createFile(dir.resolve("stjarnbild.war"));
        Path micro = Files.createFile(dir.resolve("payara-micro.jar"));
        String[] good = {"--war=" + war, "--micro=" + micro, "--scale=small", "--growth=10000, 100000"};
        BenchmarkRunner.Options options = BenchmarkRunner.Options.parse(good);
        assertEquals(2_000, options.quotes());
        assertEquals(List.of(10_000, 100_000), options.growth());

        IllegalArgumentException scale = assertThrows(IllegalArgumentException.class, () -> BenchmarkRunner.Options.parse(
                new String[] {"--war=" + war, "--micro=" + micro, "--scale=huge"}));
        assertTrue(scale.getMessage().contains("small"), scale.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> BenchmarkRunner.Options.parse(
                new String[] {"--war=" + dir.resolve("nothing.war"), "--micro=" + micro}));
        assertTrue(missing.getMessage().contains("mvn -P bench package"), missing.getMessage());
    }
}
