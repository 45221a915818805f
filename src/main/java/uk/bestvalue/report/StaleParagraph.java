package uk.bestvalue.report;

/**
 * A paragraph of the draft written from the assessment that the assessment has since overtaken:
 * what it said when written ({@code was}), what it would say now, and whether the officer has
 * edited it in the draft (then only the officer can say how to bring it up to date).
 */
public record StaleParagraph(String key, String label, String was, String now, boolean edited) {
}
