package org.cinplan.drafts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;

/** The text of one box of a form as its author last typed it on a case: one row per author, form, case and box. */
@Entity
@Table(name = "draft_text")
class DraftText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author", nullable = false, length = 60)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(name = "form_kind", nullable = false, length = 30)
    private DraftForm form;

    @Column(name = "episode_id", nullable = false)
    private long episodeId;

    @Column(name = "field_name", nullable = false, length = 60)
    private String field;

    @Column(name = "body", nullable = false, length = 4000)
    private String body;

    /** UTC. */
    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private int version;

    protected DraftText() {
    }

    DraftText(String author, DraftForm form, long episodeId, String field, String body, LocalDateTime savedAtUtc) {
        this.author = author;
        this.form = form;
        this.episodeId = episodeId;
        this.field = DraftRules.fieldName(field);
        keep(body, savedAtUtc);
    }

    /** Keeps the text as now typed. */
    void keep(String text, LocalDateTime savedAtUtc) {
        this.body = DraftRules.body(text);
        this.savedAt = savedAtUtc;
    }

    String field() {
        return field;
    }

    String body() {
        return body;
    }

    LocalDateTime savedAt() {
        return savedAt;
    }

    DraftForm form() {
        return form;
    }

    long episodeId() {
        return episodeId;
    }
}
