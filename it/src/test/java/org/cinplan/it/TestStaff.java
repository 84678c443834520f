package org.cinplan.it;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.admin.Team;

import java.util.EnumSet;

/**
 * Staff records for the in-container run-as principals ({@link InRole#principal}), so that record-access checks,
 * which need the caller's team, can run: each is put in Reading's first team (the demo team) unless it has a record.
 */
public final class TestStaff {

    private TestStaff() {
    }

    /** A staff record for the principal of every casework role (all but administrator, auditor and data officer). */
    public static void everyCaseworkRoleInReadingTeam(EntityManager em, UserTransaction transaction) throws Exception {
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMINISTRATOR, Role.AUDITOR, Role.DATA_OFFICER))) {
            inReadingTeam(em, transaction, role);
        }
    }

    /** The principal's staff record, made in Reading's first team if it has none. */
    public static StaffMember inReadingTeam(EntityManager em, UserTransaction transaction, Role role) throws Exception {
        String username = InRole.principal(role);
        StaffMember existing = find(em, username);
        if (existing != null) {
            return existing;
        }
        transaction.begin();
        StaffMember member = new StaffMember(username, "In-container " + role.label(), null,
                "no-password:in-container-only", readingTeam(em), EnumSet.of(role));
        em.persist(member);
        transaction.commit();
        return find(em, username);
    }

    /** Reading's first team, made (with the council) in the caller's transaction if the database has none. */
    public static Team readingTeam(EntityManager em) {
        Council reading = em.createQuery("select c from Council c where c.code = 'READING'", Council.class)
                .getResultList().stream().findFirst().orElseGet(() -> {
                    Council council = new Council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST);
                    em.persist(council);
                    return council;
                });
        return em.createQuery("select t from Team t where t.council = :c order by t.id", Team.class)
                .setParameter("c", reading).setMaxResults(1).getResultList().stream().findFirst().orElseGet(() -> {
                    Team team = new Team(reading, "Reading Children in Need Team");
                    em.persist(team);
                    return team;
                });
    }

    private static StaffMember find(EntityManager em, String username) {
        return em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", username).getResultList().stream().findFirst().orElse(null);
    }
}
