package org.cinplan.casework;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.cinplan.admin.StaffMember;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Validity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What records made on a case share: their dates' checks, the names of who made them, and marking the case changed. */
final class CaseRecords {

    private CaseRecords() {
    }

    /** Marks the case changed (its next sweep looks at it) and flushes; someone else's change meanwhile is refused. */
    static void changed(EntityManager em, Episode episode, Clock clock) {
        episode.markChanged(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw changedMeanwhile();
        }
    }

    /** A date recorded on a case: given, not in the future, not before {@code notBefore} ("the date cannot come before " + what). */
    static void requireDate(LocalDate on, LocalDate today, LocalDate notBefore, String what) {
        Objects.requireNonNull(on, "Enter the date");
        if (on.isAfter(today)) {
            throw new BusinessRuleViolation(Validity.NOT_IN_FUTURE, "The date cannot be in the future");
        }
        if (on.isBefore(notBefore)) {
            throw new BusinessRuleViolation(Validity.DATE_ORDER, "The date cannot come before " + what);
        }
    }

    /** The full names of these usernames (nulls ignored), by username; one query. */
    static Map<String, String> fullNames(EntityManager em, Stream<String> usernames) {
        Set<String> wanted = usernames.filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from StaffMember s where s.username in :u", StaffMember.class)
                .setParameter("u", wanted).getResultList().stream()
                .collect(Collectors.toMap(StaffMember::username, StaffMember::fullName, (a, b) -> a));
    }

    static BusinessRuleViolation changedMeanwhile() {
        return new BusinessRuleViolation(Validity.STALE, "Someone else changed this case while you were working: reload the page to see"
                + " their change. What you typed is still on the form.");
    }
}
