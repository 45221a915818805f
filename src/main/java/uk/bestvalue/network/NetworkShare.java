package uk.bestvalue.network;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Local data a member shared with its network, public from the embargo date. */
public record NetworkShare(long id, String authority, String authorityName, String title, String body, LocalDate embargoUntil,
                           LocalDateTime sharedAt, int version) {
    public boolean public_(LocalDate today) {
        return !today.isBefore(embargoUntil);
    }
}
