package uk.bestvalue.framework;

/** What importing a framework file did. */
public record FrameworkImport(String reference, Outcome outcome, int themes, int criteria) {
    public enum Outcome {
        ADDED("added"), UNCHANGED("already loaded, unchanged"), REPLACED("replaced (no assessment used it)");

        private final String description;

        Outcome(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
