package org.cinplan.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.cinplan.admin.Council;
import org.cinplan.admin.PolicyFamily;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.admin.Team;
import org.cinplan.casework.Child;
import org.cinplan.casework.Episode;
import org.cinplan.casework.ReferralSource;
import org.cinplan.casework.Family;

import org.cinplan.casework.Sex;
import org.cinplan.schedule.EpisodeType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Cases and staff made with JPA for in-container tests: the in-container social worker {@code it-social-worker} gets a
 * staff record in a Reading team on first use, and each case is a new family allocated to that worker.
 */
@Dependent
public class CaseFixtures {

    static final String IT_WORKER = "it-social-worker";

    /**
     * A JPQL condition on an episode {@code e}: its child's record is not restricted. Tests that take "another worker's
     * first case" need it: the demo data's restricted record may have any id (its rows are inserted in one commit).
     */
    static final String UNRESTRICTED_EPISODE = " and not exists (select r from RecordRestriction r where r.child = e.child)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    public StaffMember staffNamed(String username) {
        return em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", username).getResultList().stream().findFirst().orElse(null);
    }

    /** The in-container worker's staff record, in a Reading team, made on first use. */
    public StaffMember itWorker() throws Exception {
        return staffInItWorkersTeam(IT_WORKER, "In-container Social Worker", Role.SOCIAL_WORKER);
    }

    /** A member of staff in the in-container worker's team (a Reading team), made on first use. */
    public StaffMember staffInItWorkersTeam(String username, String fullName, Role role) throws Exception {
        return staffInItWorkersTeam(username, fullName, role, null);
    }

    /** A member of staff with this email address in the in-container worker's team, made on first use. */
    public StaffMember staffInItWorkersTeam(String username, String fullName, Role role, String email) throws Exception {
        StaffMember existing = staffNamed(username);
        if (existing != null) {
            return existing;
        }
        StaffMember worker = IT_WORKER.equals(username) ? null : itWorker();
        transaction.begin();
        Team team = worker != null ? em.find(Team.class, worker.team().id()) : em.createQuery(
                        "select t from Team t where t.council = :c order by t.id", Team.class)
                .setParameter("c", council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST))
                .setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        if (team == null) {
            team = new Team(council("READING", "Reading", PolicyFamily.BERKSHIRE_WEST), "Reading Children in Need Team");
            em.persist(team);
        }
        em.persist(new StaffMember(username, fullName, email, "no-password:in-container-only", team, EnumSet.of(role)));
        transaction.commit();
        return staffNamed(username);
    }

    /** The council with this code, made if missing; call inside a transaction. */
    public Council council(String code, String name, PolicyFamily policyFamily) {
        return em.createQuery("select c from Council c where c.code = :code", Council.class).setParameter("code", code)
                .getResultList().stream().findFirst().orElseGet(() -> {
                    Council council = new Council(code, name, policyFamily);
                    em.persist(council);
                    return council;
                });
    }

    /** A new family of the council, named with this prefix, allocated to the worker; returns its id. */
    public long family(String code, String name, PolicyFamily policyFamily, StaffMember worker, String prefix)
            throws Exception {
        transaction.begin();
        Family family = new Family(council(code, name, policyFamily), prefix + suffix() + " family");
        family.allocateTo(em.find(StaffMember.class, worker.id()));
        em.persist(family);
        em.flush();
        long id = family.id();
        transaction.commit();
        return id;
    }

    /**
     * A case with no meeting yet, in a new family of the council allocated to the in-container worker: the child is
     * made by {@code child}, the episode by {@code opening}.
     */
    public long caseIn(String code, String name, PolicyFamily policyFamily, String familyPrefix,
                       Function<Family, Child> child, Function<Child, Episode> opening) throws Exception {
        return caseIn(itWorker(), code, name, policyFamily, familyPrefix, child, opening);
    }

    /** A case with no meeting yet, in a new family of the council allocated to {@code worker}. */
    public long caseIn(StaffMember worker, String code, String name, PolicyFamily policyFamily, String familyPrefix,
                       Function<Family, Child> child, Function<Child, Episode> opening) throws Exception {
        long familyId = family(code, name, policyFamily, worker, familyPrefix);
        transaction.begin();
        Child newChild = child.apply(em.find(Family.class, familyId));
        em.persist(newChild);
        Episode episode = opening.apply(newChild);
        em.persist(episode);
        em.flush();
        long id = episode.id();
        transaction.commit();
        return id;
    }

    /**
     * A member of staff in a team of the council (the council's first team, made if it has none), made on first use:
     * for people of another council than the in-container worker's, such as a Suffolk service manager.
     */
    public StaffMember staffInCouncil(String code, String name, PolicyFamily policyFamily, String username, String fullName,
                                      Role role) throws Exception {
        StaffMember existing = staffNamed(username);
        if (existing != null) {
            return existing;
        }
        transaction.begin();
        Council council = council(code, name, policyFamily);
        Team team = em.createQuery("select t from Team t where t.council = :c order by t.id", Team.class)
                .setParameter("c", council).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        if (team == null) {
            team = new Team(council, name + " Children in Need Team");
            em.persist(team);
        }
        em.persist(new StaffMember(username, fullName, null, "no-password:in-container-only", team, EnumSet.of(role)));
        transaction.commit();
        return staffNamed(username);
    }

    /** A case of this type decided on {@code decision}, for a child born in {@code born}, in a new family of the council. */
    public long openCase(String code, String name, PolicyFamily policyFamily, String familyPrefix, EpisodeType type,
                         LocalDate decision, LocalDate born) throws Exception {
        return openCase(itWorker(), code, name, policyFamily, familyPrefix, type, decision, born);
    }

    /** As {@link #openCase(String, String, PolicyFamily, String, EpisodeType, LocalDate, LocalDate)}, allocated to {@code worker}. */
    public long openCase(StaffMember worker, String code, String name, PolicyFamily policyFamily, String familyPrefix,
                         EpisodeType type, LocalDate decision, LocalDate born) throws Exception {
        return caseIn(worker, code, name, policyFamily, familyPrefix, family -> new Child(family, "IT" + suffix(), "Case",
                familyPrefix.replace("-", ""), born, Sex.F, "WBRI", false),
                child -> {
                    Episode episode = Episode.open(child, type, decision.minusDays(10), decision, "N1", false);
                    episode.recordReferralSource(ReferralSource.SCHOOL);
                    return episode;
                });
    }

    public static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
