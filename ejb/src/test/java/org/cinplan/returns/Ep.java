package org.cinplan.returns;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.cinplan.returns.Kid.d;

/**
 * An invented episode of need for {@link Kid}: referred on 2 June 2025 by source 3A for need N1, assessed from 3 June to
 * 10 July (factor 2B), on a CIN plan since 14 July, open.
 */
final class Ep {

    private LocalDate referred = d("2025-06-02");
    private String source = "3A";
    private String need = "N1";
    private LocalDate closed;
    private String reason;
    private LocalDate initialCpc;
    private List<CensusAssessment> assessments = List.of(assessment("2025-06-03", "2025-07-10", "2B"));
    private List<CinPlanPeriod> plans = List.of(plan("2025-07-14", null));
    private List<Section47Enquiry> section47s = List.of();
    private Boolean nfa = false;
    private List<ChildProtectionPlan> cpps = List.of();

    static Ep ep() {
        return new Ep();
    }

    static CensusAssessment assessment(String start, String authorised, String... factors) {
        return new CensusAssessment(d(start), null, d(authorised), List.of(factors));
    }

    static CinPlanPeriod plan(String start, String end) {
        return new CinPlanPeriod(d(start), d(end));
    }

    static Section47Enquiry s47(String start, String target, String conference, Boolean notRequired) {
        return new Section47Enquiry(d(start), d(target), d(conference), notRequired);
    }

    /** A child protection plan with these categories of abuse, first and latest. */
    static ChildProtectionPlan cppFor(String initial, String latest) {
        return new ChildProtectionPlan(d("2025-07-01"), null, initial, latest, 0, List.of());
    }

    /** A child protection plan of neglect, with its reviews. */
    static ChildProtectionPlan cpp(String start, String end, String... reviews) {
        return new ChildProtectionPlan(d(start), d(end), "NEG", "NEG", 0,
                Arrays.stream(reviews).map(LocalDate::parse).toList());
    }

    Ep referred(String date) {
        this.referred = d(date);
        return this;
    }

    Ep source(String code) {
        this.source = code;
        return this;
    }

    Ep need(String code) {
        this.need = code;
        return this;
    }

    Ep closed(String date, String reasonCode) {
        this.closed = d(date);
        this.reason = reasonCode;
        return this;
    }

    Ep initialCpc(String date) {
        this.initialCpc = d(date);
        return this;
    }

    Ep assessments(CensusAssessment... values) {
        this.assessments = List.of(values);
        return this;
    }

    Ep plans(CinPlanPeriod... values) {
        this.plans = List.of(values);
        return this;
    }

    Ep s47(Section47Enquiry... values) {
        this.section47s = List.of(values);
        return this;
    }

    Ep nfa(Boolean value) {
        this.nfa = value;
        return this;
    }

    /** A referral with no further action: nothing after the referral. */
    Ep noFurtherAction() {
        this.nfa = true;
        this.need = null;
        this.assessments = List.of();
        this.plans = List.of();
        return this;
    }

    Ep cpps(ChildProtectionPlan... values) {
        this.cpps = List.of(values);
        return this;
    }

    CinDetails build() {
        return new CinDetails(referred, source, need, closed, reason, initialCpc, assessments, plans, section47s, nfa,
                cpps);
    }
}
