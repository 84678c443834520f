package org.cinplan.returns;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** The shapes the census rules come in: on the header, on each child, on each episode, across the whole return. */
final class RuleKinds {

    private RuleKinds() {
    }

    @FunctionalInterface
    interface ChildCheck {
        void check(CensusChild child, CensusHeader header, Consumer<String> failAtField);
    }

    @FunctionalInterface
    interface EpisodeCheck {
        void check(CensusChild child, CinDetails episode, CensusHeader header, Consumer<String> failAtField);
    }

    /** A rule on each child. */
    static CensusRule child(String code, Severity severity, String message, ChildCheck check) {
        return new ChildRule(code, severity, message, check);
    }

    /** A rule checked on each episode of the child: one finding per failing episode. */
    static CensusRule episode(String code, Severity severity, String message, EpisodeCheck check) {
        return new ChildRule(code, severity, message,
                (child, header, fail) -> child.episodes().forEach(e -> check.check(child, e, header, fail)));
    }

    /** A value that must be unique across the return: the second and later children with it fail. */
    static CensusRule unique(String code, String message, String field, Function<CensusChild, String> value) {
        return new UniqueRule(code, message, field, value);
    }

    /**
     * A rule on the return as a whole: each child adds to running totals, and the totals are judged once every child
     * has been seen.
     */
    static CensusRule totals(String code, Severity severity, String message, String field, int counters,
                             TotalsAdder add, Predicate<long[]> fails) {
        return new TotalsRule(code, severity, message, field, new long[counters], add, fails);
    }

    @FunctionalInterface
    interface TotalsAdder {
        void add(CensusChild child, CensusHeader header, long[] totals);
    }

    /** The value is present and one of the codes (the code lists hold no null). */
    static boolean in(Set<String> codes, String value) {
        return value != null && codes.contains(value);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The day falls within the census year (1 April to the reference date). */
    static boolean inYear(LocalDate day, CensusHeader header) {
        return day != null && header.year().contains(day);
    }

    /** The day is present and outside the census year. */
    static boolean outsideYear(LocalDate day, CensusHeader header) {
        return day != null && !header.year().contains(day);
    }

    static boolean isWeekend(LocalDate day) {
        return day != null && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    /** {@code a} is present, {@code b} is present and {@code a} is after {@code b}. */
    static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    /** {@code a} is present, {@code b} is present and {@code a} is before {@code b}. */
    static boolean before(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isBefore(b);
    }

    abstract static class Rule implements CensusRule {
        private final String code;
        private final Severity severity;
        private final String message;

        Rule(String code, Severity severity, String message) {
            this.code = Objects.requireNonNull(code);
            this.severity = Objects.requireNonNull(severity);
            this.message = Objects.requireNonNull(message);
        }

        @Override
        public String code() {
            return code;
        }

        @Override
        public Severity severity() {
            return severity;
        }

        @Override
        public String message() {
            return message;
        }
    }

    /** Rule 100: the header states the year's 31 March as its reference date. */
    static final class ReferenceDateRule extends Rule {
        ReferenceDateRule() {
            super("100", Severity.ERROR, "Reference Date is incorrect");
        }

        @Override
        public void checkHeader(CensusHeader header, Findings findings) {
            if (!header.year().referenceDate().equals(header.referenceDate())) {
                findings.fail(this, null, "ReferenceDate");
            }
        }
    }

    private static final class ChildRule extends Rule {
        private final ChildCheck check;

        ChildRule(String code, Severity severity, String message, ChildCheck check) {
            super(code, severity, message);
            this.check = check;
        }

        @Override
        public void checkChild(CensusChild child, CensusHeader header, Findings findings) {
            check.check(child, header, field -> findings.fail(this, child, field));
        }
    }

    private static final class UniqueRule extends Rule {
        private final String field;
        private final Function<CensusChild, String> value;
        private final Set<String> seen = new HashSet<>();

        UniqueRule(String code, String message, String field, Function<CensusChild, String> value) {
            super(code, Severity.ERROR, message);
            this.field = field;
            this.value = value;
        }

        @Override
        public void checkChild(CensusChild child, CensusHeader header, Findings findings) {
            String v = value.apply(child);
            if (!blank(v) && !seen.add(v.strip())) {
                findings.fail(this, child, field);
            }
        }
    }

    private static final class TotalsRule extends Rule {
        private final String field;
        private final long[] totals;
        private final TotalsAdder add;
        private final Predicate<long[]> fails;

        TotalsRule(String code, Severity severity, String message, String field, long[] totals, TotalsAdder add,
                   Predicate<long[]> fails) {
            super(code, severity, message);
            this.field = field;
            this.totals = totals;
            this.add = add;
            this.fails = fails;
        }

        @Override
        public void checkChild(CensusChild child, CensusHeader header, Findings findings) {
            add.add(child, header, totals);
        }

        @Override
        public void finish(CensusHeader header, Findings findings) {
            if (fails.test(totals)) {
                findings.fail(this, null, field);
            }
        }
    }
}
