package se.stjarnbild.webapp.setup;

import java.io.Serializable;
import java.util.List;

/** The process (campaign) as its form shows it; {@code id} is null before one is set up. */
public record ProcessForm(Long id, long version, String name, String municipality, Integer year, String description,
        List<PhaseDates> phases) implements Serializable {
}
