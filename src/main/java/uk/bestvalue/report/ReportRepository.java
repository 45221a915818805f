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

    Optional<AuthoritySettings> settings(OnsCode authority) {
        return db.queryOne("select content from authority_settings where authority_code = ?", row -> row.getString(1), authority.value())
                .map(text -> read(text, AuthoritySettings.class));
    }

    /** Saves the settings and, in the same transaction, whatever else must be stored with them (their audit entry). */
    void saveSettings(OnsCode authority, AuthoritySettings settings, LocalDateTime now, java.util.function.Consumer<uk.bestvalue.store.Sql> alsoInTx) {
        String content = write(settings);
        db.transaction(tx -> {
            alsoInTx.accept(tx);
            if (tx.update("update authority_settings set content = ?, updated_at = ? where authority_code = ?", content, now,
                    authority.value()) == 0) {
                tx.update("insert into authority_settings (authority_code, content, updated_at) values (?, ?, ?)",
                        authority.value(), content, now);
            }
            return null;
        });
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
