package org.cinplan.returns;

import java.util.ArrayList;
import java.util.List;

/**
 * The DfE Children in Need census validation rules for 2025-26 that cinplan checks, each with the DfE's code and
 * message, by module. Each rule's check reads like the DfE's rule detail; the unit tests hold a passing and a failing
 * return for every one. Rules that need a working-day calendar (8670Q, 8675Q) or data the census model does not carry
 * are listed in README.md as still to do.
 */
public final class CensusRules {

    private CensusRules() {
    }

    /** Fresh rules for one validation run (some remember what they saw). */
    public static List<CensusRule> forOneReturn() {
        List<CensusRule> rules = new ArrayList<>();
        rules.addAll(ReturnRules.rules());
        rules.addAll(ChildRules.rules());
        rules.addAll(EpisodeRules.rules());
        rules.addAll(AssessmentRules.rules());
        rules.addAll(CinPlanRules.rules());
        rules.addAll(Section47Rules.rules());
        rules.addAll(ChildProtectionRules.rules());
        return List.copyOf(rules);
    }
}
