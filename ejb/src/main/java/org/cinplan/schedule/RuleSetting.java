package org.cinplan.schedule;


/**
 * One council's value for one rule.
 *
 * @param timescale       how long after the event the thing is due; null where the policy sets a
 *                        flag or a required check rather than a number of days
 * @param windowMinimum   earliest on-time point, where the policy sets a window (Suffolk reviews:
 *                        no earlier than 8 weeks); null when anything before the due date is on time
 * @param thereafter      the interval for later occurrences where it differs from the first (e.g.
 *                        reviews every 6 months after a plan passes 12 months with exceptional
 *                        circumstances); null when the same
 * @param dueSoonWorkingDays how many working days before the due date an item shows as due soon
 * @param policyText      the words of the policy, quoted
 * @param policySource    where the words are, e.g. "Suffolk procedure 2.2"
 * @param interpretation  how cinplan reads words that are not a plain timescale (shown in
 *                        explanations); null when the text is plain
 */
public record RuleSetting(Timescale timescale, Timescale windowMinimum, Timescale thereafter, int dueSoonWorkingDays,
                          String policyText, String policySource, String interpretation) {

    public RuleSetting {
        if (policyText == null || policyText.isBlank()) {
            throw new IllegalArgumentException("A rule setting must quote the policy text");
        }
        if (policySource == null || policySource.isBlank()) {
            throw new IllegalArgumentException("A rule setting must name its policy source");
        }
        if (dueSoonWorkingDays < 0) {
            throw new IllegalArgumentException("The due-soon lead time must not be negative, not " + dueSoonWorkingDays);
        }
        if (windowMinimum != null) {
            if (timescale == null) {
                throw new IllegalArgumentException("A window minimum needs a timescale to end the window");
            }
            if (windowMinimum.unit() != timescale.unit() || windowMinimum.amount() >= timescale.amount()) {
                throw new IllegalArgumentException("The window minimum (" + windowMinimum + ") must be shorter than the timescale ("
                        + timescale + ") and in the same unit");
            }
        }
        if (interpretation != null && interpretation.isBlank()) {
            interpretation = null;
        }
    }

    /** A plain timescale: due this long after the event. */
    public static RuleSetting of(Timescale timescale, int dueSoonWorkingDays, String policyText, String policySource) {
        Guard.required(timescale, "timescale is required");
        return new RuleSetting(timescale, null, null, dueSoonWorkingDays, policyText, policySource, null);
    }

    /** A flag or required check with no timescale of its own. */
    public static RuleSetting check(int dueSoonWorkingDays, String policyText, String policySource, String interpretation) {
        return new RuleSetting(null, null, null, dueSoonWorkingDays, policyText, policySource, interpretation);
    }

    public RuleSetting withWindowMinimum(Timescale minimum) {
        return new RuleSetting(timescale, minimum, thereafter, dueSoonWorkingDays, policyText, policySource, interpretation);
    }

    public RuleSetting withThereafter(Timescale later) {
        return new RuleSetting(timescale, windowMinimum, later, dueSoonWorkingDays, policyText, policySource, interpretation);
    }

    public RuleSetting withInterpretation(String text) {
        return new RuleSetting(timescale, windowMinimum, thereafter, dueSoonWorkingDays, policyText, policySource, text);
    }

    public RuleSetting withTimescale(Timescale newTimescale) {
        return new RuleSetting(newTimescale, windowMinimum, thereafter, dueSoonWorkingDays, policyText, policySource, interpretation);
    }

    public boolean hasTimescale() {
        return timescale != null;
    }

    /** "3 weeks", "between 8 weeks and 12 weeks", or "required (no timescale)" for a check. */
    public String valueInWords() {
        if (timescale == null) {
            return "required (no timescale)";
        }
        return windowMinimum == null ? timescale.readable()
                : "between " + windowMinimum.readable() + " and " + timescale.readable();
    }

    /** The interval for occurrences after the first. */
    public Timescale laterInterval() {
        return thereafter != null ? thereafter : timescale;
    }
}
