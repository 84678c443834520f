package org.cinplan.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;

import java.util.List;
import org.cinplan.platform.Role;
import org.cinplan.platform.Validity;

/** Administrators set up the teams of each council. */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR_ROLE)
public class TeamAdministration {

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private AuditTrail auditTrail;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    public TeamView createTeam(@NotBlank(message = "Choose a council") String councilCode,
                               @NotBlank(message = "Enter the team's name")
                               @Size(max = 120, message = "A team name has at most 120 characters") String name) {
        Council council = councilByCode(councilCode);
        String teamName = name.strip();
        boolean taken = !em.createQuery("select t.id from Team t where t.council = :council and t.name = :name")
                .setParameter("council", council)
                .setParameter("name", teamName)
                .getResultList().isEmpty();
        if (taken) {
            throw new BusinessRuleViolation(Validity.ALREADY_DONE,
                    council.name() + " already has a team called \"" + teamName + "\"");
        }
        Team team = new Team(council, teamName);
        em.persist(team);
        em.flush(); // the identity column assigns the id
        auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.ADMIN_CHANGE, "Team",
                team.id().toString(), null, "Created team \"" + teamName + "\" in " + council.name(), AuditOutcome.SUCCESS);
        return TeamView.of(team);
    }

    @RolesAllowed({Role.ADMINISTRATOR_ROLE, Role.AUDITOR_ROLE, Role.SERVICE_MANAGER_ROLE, Role.TEAM_MANAGER_ROLE})
    public List<TeamView> teamsOf(@NotBlank(message = "Choose a council") String councilCode) {
        return em.createQuery("select t from Team t join fetch t.council c where c.code = :code order by t.name",
                        Team.class)
                .setParameter("code", councilCode)
                .getResultList().stream().map(TeamView::of).toList();
    }

    private Council councilByCode(String code) {
        return em.createQuery("select c from Council c where c.code = :code", Council.class)
                .setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(Validity.NOT_FOUND,
                        "There is no council with the code " + code));
    }
}
