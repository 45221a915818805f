package uk.bestvalue.framework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A scoring scale: ordered levels, best first, each with a label, a definition and a colour. */
public record Scale(String key, String name, String description, List<ScaleLevel> levels) {
    public Scale {
        Objects.requireNonNull(key, "key");
        levels = List.copyOf(levels);
    }

    public Optional<ScaleLevel> level(String code) {
        return levels.stream().filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    public List<ScaleLevel> rankedLevels() {
        return levels.stream().filter(ScaleLevel::ranked).toList();
    }

    public String codes() {
        return String.join(", ", levels.stream().map(ScaleLevel::code).toList());
    }
}
