package org.cinplan.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cinplan.planning.ActionStatus;
import org.cinplan.planning.CinPlanning;
import org.cinplan.planning.OwnerKind;
import org.cinplan.planning.PlanAction;
import org.cinplan.planning.PlanContents;
import org.cinplan.planning.PlanRecipient;
import org.cinplan.planning.PlanView;
import org.cinplan.planning.SmartOutcome;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.cinplan.platform.Role.CONSULTANT_SOCIAL_WORKER;
import static org.cinplan.platform.Role.SOCIAL_WORKER;

/**
 * CIN plans for in-container tests: contents that hold the Welsh test string (the PDFs must carry it), and a plan
 * written by the social worker and approved by a consultant social worker of Reading's first team (both need staff
 * records there: {@link TestStaff#everyCaseworkRoleInReadingTeam}).
 */
@Dependent
public class PlanFixtures {

    /** Welsh letters a font without them would drop or replace. */
    public static final String WELSH = "Ŵyr ŷd â chŵn – Llŷr, ffôn";

    @Inject
    private CinPlanning planning;

    @Inject
    private InRole inRole;

    /** The case's plan with these contents, submitted and approved: version 1 is in force. */
    public PlanView approved(long episodeId, PlanContents contents) {
        PlanView draft = inRole.call(SOCIAL_WORKER, () -> planning.saveDraft(episodeId, null, contents));
        PlanView submitted = inRole.call(SOCIAL_WORKER, () -> planning.submit(episodeId, draft.lockVersion(),
                draft.latest().contents()));
        return inRole.call(CONSULTANT_SOCIAL_WORKER, () -> planning.approve(episodeId, submitted.lockVersion()));
    }

    /** Complete contents whose needs are the Welsh test string, with this distribution list. */
    public static PlanContents contents(List<PlanRecipient> recipients) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return new PlanContents(WELSH,
                List.of(new SmartOutcome("School attendance above 90%", "Weekly report from the school", today.plusMonths(3))),
                List.of(new PlanAction("Walk to school together each morning", "Mrs Plan", OwnerKind.PERSON,
                        today.plusWeeks(2), ActionStatus.IN_PROGRESS)),
                List.of(), "Likes school when friends are there", "Want help in the mornings",
                "Social worker visits every 20 working days", "Strategy discussion if attendance falls below 70%",
                "Safe at home", "Next CIN review", recipients);
    }
}
