package org.cinplan.it;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.cinplan.platform.Role;

import java.util.function.Supplier;

/**
 * Calls secured EJBs in any of cinplan's roles, for in-container tests: {@code inRole.call(Role.TEAM_MANAGER,
 * () -> service.method())}. Each role runs as its own principal ({@link #principal}), given a staff record by the
 * test that needs one.
 */
@Dependent
public class InRole {

    @Inject
    private AsSocialWorker asSocialWorker;
    @Inject
    private AsAdministrator asAdministrator;
    @Inject
    private AsAuditor asAuditor;
    @EJB(beanName = "AsConsultantSocialWorker")
    private RunAsRole asConsultantSocialWorker;
    @EJB(beanName = "AsPracticeManager")
    private RunAsRole asPracticeManager;
    @EJB(beanName = "AsTeamManager")
    private RunAsRole asTeamManager;
    @EJB(beanName = "AsServiceManager")
    private RunAsRole asServiceManager;
    @EJB(beanName = "AsFamilySupportPractitioner")
    private RunAsRole asFamilySupportPractitioner;
    @EJB(beanName = "AsDataOfficer")
    private RunAsRole asDataOfficer;

    public <T> T call(Role role, Supplier<T> call) {
        return switch (role) {
            case SOCIAL_WORKER -> asSocialWorker.call(call);
            case ADMINISTRATOR -> asAdministrator.call(call);
            case AUDITOR -> asAuditor.call(call);
            case CONSULTANT_SOCIAL_WORKER -> asConsultantSocialWorker.call(call);
            case PRACTICE_MANAGER -> asPracticeManager.call(call);
            case TEAM_MANAGER -> asTeamManager.call(call);
            case SERVICE_MANAGER -> asServiceManager.call(call);
            case FAMILY_SUPPORT_PRACTITIONER -> asFamilySupportPractitioner.call(call);
            case DATA_OFFICER -> asDataOfficer.call(call);
        };
    }

    /** The sign-in the role's calls run as (test-glassfish-ejb-jar.xml): it-social-worker, it-team-manager, ... */
    public static String principal(Role role) {
        return "it-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
