package uk.bestvalue.warning;

/** A theme's score that the early-warning signals call into question, in words the overview and the report checklist show. */
public record Inconsistency(String themeCode, String themeName, String score, String message) {
}
