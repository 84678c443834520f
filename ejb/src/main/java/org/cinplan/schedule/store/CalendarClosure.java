package org.cinplan.schedule.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cinplan.schedule.Closure;

import java.time.LocalDateTime;
import java.time.LocalDate;

/** A day an administrator has closed (a one-off bank holiday, say): not a working day. */
@Entity
@Table(name = "calendar_closure")
class CalendarClosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "closure_date", nullable = false, unique = true, updatable = false)
    private LocalDate date;

    @Column(nullable = false, updatable = false, length = 300)
    private String reason;

    @Column(name = "added_by", nullable = false, updatable = false, length = 60)
    private String addedBy;

    @Column(name = "added_at", nullable = false, updatable = false)
    private LocalDateTime addedAt;

    protected CalendarClosure() {
    }

    CalendarClosure(Closure closure, String addedBy, LocalDateTime addedAt) {
        this.date = closure.date();
        this.reason = closure.reason();
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    Long id() {
        return id;
    }

    String addedBy() {
        return addedBy;
    }

    Closure toClosure() {
        return new Closure(date, reason);
    }
}
