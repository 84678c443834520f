package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.cinplan.admin.TeamAdministration;
import org.cinplan.admin.TeamView;
import org.cinplan.platform.BusinessRuleViolation;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stores a team through the administration EJB on a real Payara and its database, and reads it back. */
@ExtendWith(ArquillianExtension.class)
class TeamAdministrationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(TeamAdministrationIT.class);
    }

    @Inject
    private TeamAdministration teams;

    @Inject
    private AsAdministrator asAdministrator;

    @Test
    void aTeamCreatedByAnAdministratorIsReadBackFromTheDatabase() {
        String name = "Test team " + UUID.randomUUID();

        TeamView created = asAdministrator.call(() -> teams.createTeam("SUFFOLK", name));

        assertThat(created.id()).isPositive();
        assertThat(asAdministrator.call(() -> teams.teamsOf("SUFFOLK")))
                .extracting(TeamView::name, TeamView::councilName)
                .contains(org.assertj.core.groups.Tuple.tuple(name, "Suffolk"));
    }

    @Test
    void aDuplicateTeamNameIsRefusedWithAClearMessage() {
        String name = "Duplicate " + UUID.randomUUID();
        asAdministrator.call(() -> teams.createTeam("READING", name));

        assertThatThrownBy(() -> asAdministrator.call(() -> teams.createTeam("READING", name)))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("Reading already has a team called \"" + name + "\"");
    }

    @Test
    void aCallerWithoutTheAdministratorRoleIsRefused() {
        assertThatThrownBy(() -> teams.createTeam("READING", "Not allowed"))
                .isInstanceOf(EJBAccessException.class);
    }
}
