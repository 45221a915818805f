package uk.bestvalue.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import uk.bestvalue.authority.OnsCode;
import uk.bestvalue.store.Database;
import uk.bestvalue.store.RowStamp;
import uk.bestvalue.store.Sql;

/** Keeps report drafts and authority settings as JSON documents. */
final class ReportRepository {
    private static final String GENERATED = "generated";
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Database db;

    ReportRepository(Database db) {
        this.db = db;
    }

    Optional<ReportDraft> draft(long assessmentId) {
        return draft(db, assessmentId);
    }

    Optional<ReportDraft> draft(Sql sql, long assessmentId) {
        return sql.queryOne("select content from report_draft where assessment_id = ?", row -> row.getString(1), assessmentId)
                .map(ReportRepository::readDraft);
    }

    void saveDraft(Sql tx, long assessmentId, ReportDraft draft, LocalDateTime now) {
        String content = writeDraft(draft);
        if (tx.update("update report_draft set content = ?, updated_at = ? where assessment_id = ?", content, now, assessmentId) == 0) {
            tx.update("insert into report_draft (assessment_id, content, updated_at) values (?, ?, ?)", assessmentId, content, now);
        }
    }

    Database db() {
        return db;
    }

    /** The version of an assessment's stored draft (0 when never saved), who saved it last and when. */
    RowStamp draftStamp(Sql sql, long assessmentId) {
        return sql.queryOne("select row_version, changed_by, updated_at from report_draft where assessment_id = ?", row -> RowStamp.read(row, 1),
                assessmentId).orElse(RowStamp.UNSAVED);
    }

    /**
     * Saves a draft edited from {@code from}: inserted at version 1 when never saved (a simultaneous
     * first save loses on the key), else updated only while still at that version. False when
     * someone saved it in between.
     */
    boolean saveDraft(Sql tx, long assessmentId, ReportDraft draft, LocalDateTime now, RowStamp from, String by) {
        String content = writeDraft(draft);
        if (from.version() == 0) {
            tx.update("insert into report_draft (assessment_id, content, updated_at, row_version, changed_by) values (?, ?, ?, 1, ?)",
                    assessmentId, content, now, by);
            return true;
        }
        return tx.update("update report_draft set content = ?, updated_at = ?, row_version = row_version + 1, changed_by = ?"
                + " where assessment_id = ? and row_version = ?", content, now, by, assessmentId, from.version()) == 1;
    }

    RowStamp settingsStamp(Sql sql, OnsCode authority) {
        return sql.queryOne("select row_version, changed_by, updated_at from authority_settings where authority_code = ?",
                row -> RowStamp.read(row, 1), authority.value()).orElse(RowStamp.UNSAVED);
    }

    /**
     * Saves settings edited from the version {@code from} (null: whatever is stored); returns what is
     * stored now, and changes nothing, when someone saved them after that version.
     */
    Optional<RowStamp> saveSettings(OnsCode authority, AuthoritySettings settings, LocalDateTime now, Integer from, String by,
                                    java.util.function.Consumer<uk.bestvalue.store.Sql> alsoInTx) {
        String content = write(settings);
        return db.transaction(tx -> {
            RowStamp stored = settingsStamp(tx, authority);
            if (!stored.allows(from)) {
                return Optional.of(stored);
            }
            if (stored.version() == 0) {
                tx.update("insert into authority_settings (authority_code, content, updated_at, row_version, changed_by) values (?, ?, ?, 1, ?)",
                        authority.value(), content, now, by);
            } else if (tx.update("update authority_settings set content = ?, updated_at = ?, row_version = row_version + 1, changed_by = ?"
                    + " where authority_code = ? and row_version = ?", content, now, by, authority.value(), stored.version()) == 0) {
                return Optional.of(settingsStamp(tx, authority));
            }
            alsoInTx.accept(tx);
            return Optional.<RowStamp>empty();
        });
    }

    Optional<AuthoritySettings> settings(OnsCode authority) {
        return db.queryOne("select content from authority_settings where authority_code = ?", row -> row.getString(1), authority.value())
                .map(text -> read(text, AuthoritySettings.class));
    }


    /**
     * The draft as stored: its fields, and beside them the paragraphs written from the assessment,
     * which the API does not show or take (they are the server's record of what it wrote).
     */
    private static String writeDraft(ReportDraft draft) {
        ObjectNode node = JSON.valueToTree(draft);
        node.set(GENERATED, JSON.valueToTree(draft.generated()));
        return write(node);
    }

    private static ReportDraft readDraft(String text) {
        ReportDraft draft = read(text, ReportDraft.class);
        try {
            JsonNode generated = JSON.readTree(text).get(GENERATED);
            return generated == null || !generated.isArray() ? draft
                    : draft.withGenerated(List.of(JSON.treeToValue(generated, ReportDraft.Generated[].class)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored report draft could not be read: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String text, Class<T> type) {
        try {
            return JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getSimpleName() + " could not be read: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
