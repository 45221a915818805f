package uk.bestvalue.web;

import uk.bestvalue.assessment.Assessment;

/** A published assessment in the public list: the assessment, its authority's name and its public address. */
public record PublishedListing(Assessment assessment, String authorityName, String path) {
}
