package org.cinplan.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.platform.Role;
import org.cinplan.platform.Validity;

import java.util.List;
import java.util.Objects;

/** Administrators keep each council's DfE LA number, which its census return states (issue 14). */
@Stateless
@RolesAllowed(Role.ADMINISTRATOR_ROLE)
public class CouncilAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail auditTrail;

    @Resource
    private SessionContext context;

    /** Every council, by name, with its LA number (the returns page lists them to those who produce or follow returns). */
    @RolesAllowed({Role.ADMINISTRATOR_ROLE, Role.DATA_OFFICER_ROLE, Role.AUDITOR_ROLE})
    public List<CouncilView> councils() {
        return em.createQuery("select c from Council c order by c.name", Council.class)
                .getResultList().stream().map(CouncilView::of).toList();
    }

    /** Sets a council's DfE LA number (three digits); the change and the old value go into the audit trail. */
    public CouncilView changeLaNumber(@NotBlank(message = "Choose a council") String councilCode,
                                      @NotBlank(message = "Enter the DfE LA number") String laNumber) {
        Council council = em.createQuery("select c from Council c where c.code = :code", Council.class)
                .setParameter("code", councilCode)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessRuleViolation(Validity.NOT_FOUND,
                        "There is no council with the code " + councilCode));
        String before = council.laNumber();
        council.changeLaNumber(laNumber);
        if (!Objects.equals(before, council.laNumber())) {
            auditTrail.record(context.getCallerPrincipal().getName(), AuditAction.ADMIN_CHANGE, "Council",
                    council.id().toString(), null, council.name() + "'s DfE LA number changed from "
                            + (before == null ? "none" : before) + " to " + council.laNumber(), AuditOutcome.SUCCESS);
        }
        return CouncilView.of(council);
    }
}
