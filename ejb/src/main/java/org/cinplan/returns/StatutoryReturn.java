package org.cinplan.returns;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A statutory return in the history: asked for by a data officer, generated in the background (its progress kept
 * here, so a reloaded page still shows it), then kept with its counts, the file's SHA-256 and the file itself. Once
 * kept or failed it never changes.
 */
@Entity
@Table(name = "statutory_return")
class StatutoryReturn {

    /** What kind of return. */
    enum Kind { CENSUS, ANNEX_A }

    /** Where its generation is. */
    enum Status { RUNNING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "council_code", nullable = false, length = 40)
    private String councilCode;

    /** The census's collection year ("2025-26"); null for Annex A. */
    @Column(name = "collection_year", length = 7)
    private String collectionYear;

    /** The last day of Annex A's period; null for the census. */
    @Column(name = "period_end")
    private LocalDate periodEnd;

    /** XML (census), XLSX (every Annex A list) or CSV_LIST_n (one Annex A list). */
    @Column(name = "file_format", nullable = false, length = 20)
    private String fileFormat;

    @Column(name = "requested_by", nullable = false, length = 60)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int progress;

    @Column(name = "progressed_at", nullable = false)
    private LocalDateTime progressedAt;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    private Integer children;
    private Integer episodes;
    private Integer errors;
    private Integer queries;

    @Column(length = 64)
    private String sha256;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "file_size")
    private Long fileSize;

    /** The file, gzip-compressed ({@link ReturnFile}). */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(length = 500)
    private String failure;

    @Version
    @Column(name = "row_version")
    private int version;

    protected StatutoryReturn() {
    }

    private StatutoryReturn(Kind kind, String councilCode, String collectionYear, LocalDate periodEnd,
                            String fileFormat, String fileName, String requestedBy, LocalDateTime at) {
        this.kind = kind;
        this.councilCode = Objects.requireNonNull(councilCode, "which council?");
        this.collectionYear = collectionYear;
        this.periodEnd = periodEnd;
        this.fileFormat = Objects.requireNonNull(fileFormat, "which format?");
        this.fileName = Objects.requireNonNull(fileName, "which file name?");
        this.requestedBy = Objects.requireNonNull(requestedBy, "asked for by whom?");
        this.requestedAt = Objects.requireNonNull(at, "when?");
        this.progressedAt = at;
        this.status = Status.RUNNING;
    }

    /** The council's census of the collection year, asked for now and about to be generated. */
    static StatutoryReturn census(String councilCode, String collectionYear, String requestedBy, LocalDateTime at) {
        return new StatutoryReturn(Kind.CENSUS, councilCode, Objects.requireNonNull(collectionYear, "which year?"),
                null, "XML", CensusReturns.fileName(councilCode, collectionYear), requestedBy, at);
    }

    /** The council's Annex A for the six months to {@code periodEnd}, in the format, about to be generated. */
    static StatutoryReturn annexA(String councilCode, LocalDate periodEnd, AnnexAFormat format, String requestedBy,
                                  LocalDateTime at) {
        return new StatutoryReturn(Kind.ANNEX_A, councilCode, null, Objects.requireNonNull(periodEnd, "to when?"),
                format.code(), format.fileName(councilCode, periodEnd), requestedBy, at);
    }

    /** The generation has gone this far (percent; it only moves on, and says 100 only once the file is kept). */
    void progressTo(int percent, LocalDateTime at) {
        if (status == Status.RUNNING && percent > progress) {
            progress = Math.min(99, percent);
            progressedAt = at;
        }
    }

    /** Keeps the finished file and its counts. */
    void finish(ReturnCounts counts, ReturnFile file, LocalDateTime at) {
        requireRunning();
        // The file first: writing the lazily fetched file makes EclipseLink fetch the rest of the row, which overwrote
        // whatever had been set before it (the counts were kept as NULL).
        content = file.compressed();
        children = counts.children();
        episodes = counts.episodes();
        errors = counts.errors();
        queries = counts.queries();
        sha256 = file.sha256();
        fileSize = file.size();
        progress = 100;
        progressedAt = at;
        finishedAt = at;
        status = Status.DONE;
    }

    /** The generation failed, for the reason given; nothing is kept but the reason. */
    void fail(String why, LocalDateTime at) {
        if (status != Status.RUNNING) {
            return; // kept already: a late failure (the commit's) changes nothing that was kept
        }
        failure = why == null ? "The return could not be generated" : why.substring(0, Math.min(500, why.length()));
        finishedAt = at;
        status = Status.FAILED;
    }

    /** The kept file; only a finished return has one. */
    ReturnFile file() {
        if (status != Status.DONE) {
            throw new IllegalStateException("return " + id + " has no file: it is " + status);
        }
        return new ReturnFile(content, sha256, fileSize);
    }

    /**
     * The return as the history lists it (never its file); one still running with no progress since
     * {@code stalledBefore} is shown stopped.
     */
    ReturnSummary summary(LocalDateTime stalledBefore) {
        String state = switch (status) {
            case RUNNING -> progressedAt.isBefore(stalledBefore) ? "Stopped" : "Running";
            case DONE -> "Done";
            case FAILED -> "Failed";
        };
        String what = kind == Kind.CENSUS ? "Children in Need census" : "Ofsted's Annex A";
        String period = kind == Kind.CENSUS ? collectionYear
                : "6 months to " + periodEnd.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String format = kind == Kind.CENSUS ? "XML" : AnnexAFormat.parse(fileFormat).label();
        String why = "Stopped".equals(state) ? "No progress for " + CensusReturns.STALLED
                + " minutes: the server stopped while it ran. Generate it again." : failure;
        return new ReturnSummary(id, what, councilCode, period, format, requestedBy, requestedAt, state, progress,
                finishedAt, children, episodes, errors, queries, sha256, fileSize, fileName, why);
    }

    private void requireRunning() {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("return " + id + " is " + status + " already");
        }
    }

    Long id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    String councilCode() {
        return councilCode;
    }

    String collectionYear() {
        return collectionYear;
    }

    LocalDate periodEnd() {
        return periodEnd;
    }

    String fileFormat() {
        return fileFormat;
    }

    String fileName() {
        return fileName;
    }

    Status status() {
        return status;
    }

    int progress() {
        return progress;
    }
}
