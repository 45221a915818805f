package uk.bestvalue.framework;

import java.util.List;
import java.util.stream.Collectors;
import uk.bestvalue.FieldError;
import uk.bestvalue.Invalid;

/** A framework or scales file had problems, each named by its location in the file; nothing was imported. */
public class FrameworkRejected extends Invalid {
    private final String source;

    public FrameworkRejected(String source, List<FieldError> problems) {
        super(problems);
        this.source = source;
    }

    public String source() {
        return source;
    }

    @Override
    public String getMessage() {
        return source + " was not imported; nothing was changed. " + errors().size()
                + (errors().size() == 1 ? " problem:\n" : " problems:\n")
                + errors().stream().map(e -> "  " + e.field() + ": " + e.message()).collect(Collectors.joining("\n"));
    }
}
