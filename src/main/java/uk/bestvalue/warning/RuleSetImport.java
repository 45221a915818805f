package uk.bestvalue.warning;

/** What importing a rule file did: added a version, found it unchanged, or replaced a version no flag came from. */
public record RuleSetImport(String reference, Outcome outcome, int rules) {
    public enum Outcome { ADDED, UNCHANGED, REPLACED }
}
