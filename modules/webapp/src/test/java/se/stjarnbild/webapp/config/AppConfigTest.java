package se.stjarnbild.webapp.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void withNothingSetTheProductIsSafeToRunForReal() {
        AppConfig config = new AppConfig(new MapConfig(Map.of()));

        assertFalse(config.demoMode(), "demo data never loads unless asked for");
        assertEquals(Optional.empty(), config.adminPassword());
        assertEquals("admin", config.adminUsername());
        assertEquals(Path.of("./data"), config.dataDir());
        assertEquals(LocalDate.now(AppConfig.ZONE).getYear(), config.demoYear());
        assertTrue(config.database().isEmbeddedH2());
        assertEquals("stjarnbild", config.database().user());
    }

    @Test
    void settingsOverrideTheDefaults() {
        AppConfig config = new AppConfig(new MapConfig(Map.of(
                "stjarnbild.demo", "true",
                "stjarnbild.demo.year", "2027",
                "stjarnbild.data.dir", "/var/lib/stjarnbild",
                "stjarnbild.admin.password", "ett-långt-lösenord",
                "stjarnbild.db.url", "jdbc:postgresql://127.0.0.1/stjarnbild",
                "stjarnbild.db.user", "app")));

        assertTrue(config.demoMode());
        assertEquals(2027, config.demoYear());
        assertEquals(Path.of("/var/lib/stjarnbild"), config.dataDir());
        assertEquals(Optional.of("ett-långt-lösenord"), config.adminPassword());
        assertEquals("org.postgresql.Driver", config.database().driverClass());
        assertEquals("app", config.database().user());
    }

    @Test
    void aBlankAdminPasswordCountsAsNone() {
        assertEquals(Optional.empty(), new AppConfig(new MapConfig(Map.of("stjarnbild.admin.password", "  "))).adminPassword());
    }

    /** Just enough of MicroProfile Config to hand AppConfig a set of values. */
    private record MapConfig(Map<String, String> values) implements Config {

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            String raw = values.get(name);
            if (raw == null) {
                return Optional.empty();
            }
            Object value = type == Boolean.class ? Boolean.valueOf(raw) : type == Integer.class ? Integer.valueOf(raw) : raw;
            return Optional.of(type.cast(value));
        }

        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow(() -> new NoSuchElementException(name));
        }

        @Override
        public ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return java.util.List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> type) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
