package org.cinplan.casework;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A child's section 47 enquiries and child protection plans as the child protection page shows them.
 * {@code openEpisodeId}: the child's open CIN plan, during which a strategy discussion steps the case up (null when none
 * is open); {@code referralsAwaitingStrategy}: referrals decided "straight to a strategy discussion" with none recorded
 * yet; {@code mayRecord}: the caller may record these facts.
 */
public record ChildProtectionPage(long childId, String childName, String council, Long openEpisodeId,
                                  List<Choice> referralsAwaitingStrategy, List<Enquiry> enquiries, List<Plan> plans,
                                  boolean mayRecord) implements Serializable {

    /** Something to choose by id. */
    public record Choice(long id, String label) implements Serializable {
    }

    /** A strategy discussion and its section 47 enquiry; {@code targetExplanation}: why the conference is due then. */
    public record Enquiry(long id, int version, LocalDate strategyDiscussionOn, LocalDate conferenceTarget,
                          String targetExplanation, LocalDate enquiryStartedOn, LocalDate conferenceHeldOn,
                          boolean conferenceNotRequired, String during, boolean hasPlan) implements Serializable {

        public boolean isOpen() {
            return conferenceHeldOn == null && !conferenceNotRequired;
        }

        /** A conference held that has no plan recorded yet. */
        public boolean isAwaitingPlan() {
            return conferenceHeldOn != null && !hasPlan;
        }

        public String label() {
            return "Strategy discussion of " + strategyDiscussionOn;
        }
    }

    /** A child protection plan; categories as "NEG Neglect". */
    public record Plan(long id, int version, LocalDate startOn, String initialCategory, String latestCategory,
                       List<LocalDate> reviews, LocalDate endOn, boolean steppedDown) implements Serializable {

        public boolean isOpen() {
            return endOn == null;
        }

        public String label() {
            return "Plan started " + startOn;
        }
    }
}
