package org.cinplan.schedule.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cinplan.schedule.PeriodUnit;
import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.RuleSetting;
import org.cinplan.schedule.Timescale;

/** One rule's value within a stored profile version. Never changed once written: a change is a new version. */
@Entity
@Table(name = "policy_rule_setting")
class StoredRuleSetting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_id", updatable = false)
    private StoredPolicyProfile profile;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_id", nullable = false, updatable = false, length = 40)
    private RuleId rule;

    @Column(updatable = false)
    private Integer amount;
    @Enumerated(EnumType.STRING)
    @Column(updatable = false, length = 20)
    private PeriodUnit unit;
    @Column(name = "window_min_amount", updatable = false)
    private Integer windowMinAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "window_min_unit", updatable = false, length = 20)
    private PeriodUnit windowMinUnit;
    @Column(name = "thereafter_amount", updatable = false)
    private Integer thereafterAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "thereafter_unit", updatable = false, length = 20)
    private PeriodUnit thereafterUnit;
    @Column(name = "due_soon_working_days", nullable = false, updatable = false)
    private int dueSoonWorkingDays;
    @Column(name = "policy_text", nullable = false, updatable = false, length = 2000)
    private String policyText;
    @Column(name = "policy_source", nullable = false, updatable = false, length = 300)
    private String policySource;
    @Column(updatable = false, length = 2000)
    private String interpretation;

    protected StoredRuleSetting() {
    }

    StoredRuleSetting(StoredPolicyProfile profile, RuleId rule, RuleSetting setting) {
        this.profile = profile;
        this.rule = rule;
        if (setting.timescale() != null) {
            this.amount = setting.timescale().amount();
            this.unit = setting.timescale().unit();
        }
        if (setting.windowMinimum() != null) {
            this.windowMinAmount = setting.windowMinimum().amount();
            this.windowMinUnit = setting.windowMinimum().unit();
        }
        if (setting.thereafter() != null) {
            this.thereafterAmount = setting.thereafter().amount();
            this.thereafterUnit = setting.thereafter().unit();
        }
        this.dueSoonWorkingDays = setting.dueSoonWorkingDays();
        this.policyText = setting.policyText();
        this.policySource = setting.policySource();
        this.interpretation = setting.interpretation();
    }

    RuleId rule() {
        return rule;
    }

    RuleSetting toSetting() {
        return new RuleSetting(timescale(amount, unit), timescale(windowMinAmount, windowMinUnit),
                timescale(thereafterAmount, thereafterUnit), dueSoonWorkingDays, policyText, policySource,
                interpretation);
    }

    private static Timescale timescale(Integer amount, PeriodUnit unit) {
        return amount == null ? null : new Timescale(amount, unit);
    }
}
