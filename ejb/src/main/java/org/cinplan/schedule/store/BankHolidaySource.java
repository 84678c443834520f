package org.cinplan.schedule.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.Objects;

/** The one row saying which bank-holiday data is loaded, who loaded it, and the years it covers. */
@Entity
@Table(name = "bank_holiday_source")
class BankHolidaySource {

    static final int THE_ROW = 1;

    @Id
    private Integer id;

    @Column(nullable = false, length = 300)
    private String description;

    @Column(name = "covered_from", nullable = false)
    private LocalDate coveredFrom;

    @Column(name = "covered_until", nullable = false)
    private LocalDate coveredUntil;

    @Column(name = "loaded_by", nullable = false, length = 60)
    private String loadedBy;

    @Column(name = "loaded_at", nullable = false)
    private LocalDateTime loadedAt;

    @Version
    @Column(name = "row_version")
    private int version;

    protected BankHolidaySource() {
    }

    BankHolidaySource(String description, LocalDate coveredFrom, LocalDate coveredUntil, String loadedBy, LocalDateTime loadedAt) {
        this.id = THE_ROW;
        replace(description, coveredFrom, coveredUntil, loadedBy, loadedAt);
    }

    void replace(String description, LocalDate coveredFrom, LocalDate coveredUntil, String loadedBy, LocalDateTime loadedAt) {
        this.description = Objects.requireNonNull(description);
        this.coveredFrom = Objects.requireNonNull(coveredFrom);
        this.coveredUntil = Objects.requireNonNull(coveredUntil);
        this.loadedBy = Objects.requireNonNull(loadedBy);
        this.loadedAt = Objects.requireNonNull(loadedAt);
    }

    String description() {
        return description;
    }

    LocalDate coveredFrom() {
        return coveredFrom;
    }

    LocalDate coveredUntil() {
        return coveredUntil;
    }

    String loadedBy() {
        return loadedBy;
    }

    LocalDateTime loadedAt() {
        return loadedAt;
    }
}
