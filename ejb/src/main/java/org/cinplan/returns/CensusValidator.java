package org.cinplan.returns;

import org.cinplan.schedule.WorkingDayCalendar;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the census rules over a return as it streams past: the header first, then one child at a time, so a return
 * of any size is validated without holding it. What it found is kept (a return's findings are few against its children).
 */
public final class CensusValidator implements CensusRule.Findings {

    private final CensusHeader header;
    private final List<CensusRule> rules;
    private final List<CensusIssue> issues = new ArrayList<>();
    private boolean finished;

    /** A validator of the return with this header, counting working days in England's calendar. */
    public CensusValidator(CensusHeader header, WorkingDayCalendar englandWorkingDays) {
        this.header = header;
        this.rules = CensusRules.forOneReturn(englandWorkingDays.withoutClosures());
        rules.forEach(rule -> rule.checkHeader(header, this));
    }

    public void check(CensusChild child) {
        if (finished) {
            throw new IllegalStateException("The return's findings were already read: check every child before");
        }
        for (CensusRule rule : rules) {
            rule.checkChild(child, header, this);
        }
    }

    @Override
    public void fail(CensusRule rule, CensusChild child, String field) {
        issues.add(new CensusIssue(rule.code(), rule.severity(), rule.message(),
                child == null ? null : child.laChildId(), child == null ? null : child.recordId(), field));
    }

    /** Every finding; the first call also judges the rules on the return as a whole, so check no child after it. */
    public List<CensusIssue> issues() {
        if (!finished) {
            finished = true;
            rules.forEach(rule -> rule.finish(header, this));
        }
        return List.copyOf(issues);
    }

    /** The codes of the rules checked. */
    public List<String> ruleCodes() {
        return rules.stream().map(CensusRule::code).toList();
    }
}
