package uk.bestvalue.report;

/** A named contact on a report, with role, phone and email. */
public record Contact(String name, String role, String phone, String email) {
}
