package uk.bestvalue.auth;

/**
 * What checking the audit trail's chain found: how many entries were checked, the first broken one
 * (null when the chain is whole) and why, and the latest hash (worth writing down elsewhere: with
 * it, even rewriting the whole chain is detected).
 */
public record Verification(long entriesChecked, Long firstBrokenSeq, String problem, String headHash) {
    public boolean intact() {
        return firstBrokenSeq == null;
    }
}
