package org.cinplan.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the engine needs to know about one child's CIN episode. Immutable; build it with
 * {@link #builder()}. Lists are kept in date order.
 */
public record CaseHistory(CouncilCode council, LocalDate dateOfBirth, EpisodeType episodeType, boolean disabledChild,
                          boolean disabledChildrensTeam, ExceptionalCircumstances exceptionalCircumstances,
                          LocalDate decisionDate, LocalDate childProtectionPlanEndDate, LocalDate closureDate,
                          List<LocalDate> significantChanges, List<Meeting> meetings, List<LocalDate> planApprovals,
                          List<Visit> visits, List<Assessment> assessments, List<Checkpoint> checkpoints,
                          List<VisitFrequency> visitFrequencies, LocalDate supervisionOrderStart) {

    public CaseHistory {
        Guard.required(council, "council code is required");
        Guard.required(dateOfBirth, "the child's date of birth is required");
        Guard.required(episodeType, "episode type is required");
        Guard.required(decisionDate, "the date of the decision that a CIN plan is needed is required");
        if (decisionDate.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("The decision (" + decisionDate + ") cannot come before the child's birth (" + dateOfBirth + ")");
        }
        if (episodeType == EpisodeType.STEP_DOWN_FROM_CP && childProtectionPlanEndDate == null) {
            throw new IllegalArgumentException("A step-down from child protection needs the date the child protection plan ended");
        }
        if (closureDate != null && closureDate.isBefore(decisionDate)) {
            throw new IllegalArgumentException("The case cannot close (" + closureDate + ") before the decision (" + decisionDate + ")");
        }
        significantChanges = sorted(significantChanges, Comparator.naturalOrder());
        meetings = sorted(meetings, Comparator.comparing(Meeting::heldOn));
        planApprovals = sorted(planApprovals, Comparator.naturalOrder());
        visits = sorted(visits, Comparator.comparing(Visit::visitedOn));
        assessments = sorted(assessments, Comparator.comparing(Assessment::startedOn));
        checkpoints = sorted(checkpoints, Comparator.comparing(Checkpoint::recordedOn));
        visitFrequencies = sorted(visitFrequencies, Comparator.comparing(VisitFrequency::agreedOn));
        if (supervisionOrderStart != null && episodeType != EpisodeType.SUPERVISION_ORDER) {
            throw new IllegalArgumentException("Only a supervision-order case has the order's start date");
        }
        for (Meeting m : meetings) {
            if (m.heldOn().isBefore(decisionDate)) {
                throw new IllegalArgumentException("A CIN meeting (" + m.heldOn() + ") cannot come before the decision that a plan is needed ("
                        + decisionDate + ")");
            }
        }
    }

    private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        if (items == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(items);
        copy.forEach(i -> Guard.required(i, "list entries must not be null"));
        copy.sort(order);
        return List.copyOf(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isClosed() {
        return closureDate != null;
    }

    public boolean hasExceptionalCircumstances() {
        return exceptionalCircumstances != null;
    }

    public Optional<Meeting> firstMeeting() {
        return meetings.isEmpty() ? Optional.empty() : Optional.of(meetings.get(0));
    }

    /** The plan starts at the first meeting held (where it is drawn up), else at the decision. */
    public LocalDate planStart() {
        return firstMeeting().map(Meeting::heldOn).orElse(decisionDate);
    }

    /** "the plan start (first meeting)" or "the plan start (decision; no meeting held yet)". */
    String planStartDescription() {
        return planStartDescription(firstMeeting().isPresent());
    }

    static String planStartDescription(boolean meetingHeld) {
        return meetingHeld ? "plan start (first meeting)" : "plan start (decision; no meeting held yet)";
    }

    /** The visit frequency agreed on the case in force on this day (the latest agreed on or before it), if any. */
    public Optional<VisitFrequency> visitFrequencyOn(LocalDate day) {
        return visitFrequencies.stream().filter(f -> !f.agreedOn().isAfter(day)).reduce((earlier, later) -> later);
    }

    public Optional<Checkpoint> firstCheckpoint(CheckpointKind kind) {
        return checkpoints.stream().filter(c -> c.kind() == kind).findFirst();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.council = council;
        b.dateOfBirth = dateOfBirth;
        b.episodeType = episodeType;
        b.disabledChild = disabledChild;
        b.disabledChildrensTeam = disabledChildrensTeam;
        b.exceptionalCircumstances = exceptionalCircumstances;
        b.decisionDate = decisionDate;
        b.childProtectionPlanEndDate = childProtectionPlanEndDate;
        b.closureDate = closureDate;
        b.significantChanges.addAll(significantChanges);
        b.meetings.addAll(meetings);
        b.planApprovals.addAll(planApprovals);
        b.visits.addAll(visits);
        b.assessments.addAll(assessments);
        b.checkpoints.addAll(checkpoints);
        b.visitFrequencies.addAll(visitFrequencies);
        b.supervisionOrderStart = supervisionOrderStart;
        return b;
    }

    /** Collects a case history step by step; {@link #build()} checks it. */
    public static final class Builder {
        private CouncilCode council;
        private LocalDate dateOfBirth;
        private EpisodeType episodeType = EpisodeType.STANDARD;
        private boolean disabledChild;
        private boolean disabledChildrensTeam;
        private ExceptionalCircumstances exceptionalCircumstances;
        private LocalDate decisionDate;
        private LocalDate childProtectionPlanEndDate;
        private LocalDate closureDate;
        private final List<LocalDate> significantChanges = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<LocalDate> planApprovals = new ArrayList<>();
        private final List<Visit> visits = new ArrayList<>();
        private final List<Assessment> assessments = new ArrayList<>();
        private final List<Checkpoint> checkpoints = new ArrayList<>();
        private final List<VisitFrequency> visitFrequencies = new ArrayList<>();
        private LocalDate supervisionOrderStart;

        private Builder() {
        }

        public Builder council(CouncilCode value) { this.council = value; return this; }
        public Builder dateOfBirth(LocalDate value) { this.dateOfBirth = value; return this; }
        public Builder episodeType(EpisodeType value) { this.episodeType = value; return this; }
        public Builder disabledChild(boolean value) { this.disabledChild = value; return this; }
        public Builder disabledChildrensTeam(boolean value) { this.disabledChildrensTeam = value; return this; }
        public Builder exceptionalCircumstances(ExceptionalCircumstance kind, LocalDate recordedOn) {
            this.exceptionalCircumstances = kind == null ? null : new ExceptionalCircumstances(kind, recordedOn);
            return this;
        }
        public Builder decisionDate(LocalDate value) { this.decisionDate = value; return this; }
        public Builder childProtectionPlanEndDate(LocalDate value) { this.childProtectionPlanEndDate = value; return this; }
        public Builder closureDate(LocalDate value) { this.closureDate = value; return this; }
        public Builder significantChange(LocalDate value) { significantChanges.add(value); return this; }
        public Builder meeting(Meeting value) { meetings.add(value); return this; }
        public Builder planApproval(LocalDate value) { planApprovals.add(value); return this; }
        public Builder visit(Visit value) { visits.add(value); return this; }
        public Builder assessment(Assessment value) { assessments.add(value); return this; }
        public Builder checkpoint(CheckpointKind kind, LocalDate recordedOn) { checkpoints.add(new Checkpoint(kind, recordedOn)); return this; }
        public Builder visitFrequency(VisitFrequency value) { visitFrequencies.add(value); return this; }
        public Builder supervisionOrderStart(LocalDate value) { this.supervisionOrderStart = value; return this; }

        public CaseHistory build() {
            return new CaseHistory(council, dateOfBirth, episodeType, disabledChild, disabledChildrensTeam, exceptionalCircumstances,
                    decisionDate, childProtectionPlanEndDate, closureDate, significantChanges, meetings, planApprovals, visits,
                    assessments, checkpoints, visitFrequencies, supervisionOrderStart);
        }
    }
}
