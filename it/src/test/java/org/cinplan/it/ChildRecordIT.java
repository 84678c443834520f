package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.cinplan.admin.Council;
import org.cinplan.platform.Role;
import org.cinplan.admin.StaffMember;
import org.cinplan.admin.Team;
import org.cinplan.audit.AuditEntry;
import org.cinplan.casework.Child;
import org.cinplan.casework.ChildCharacteristics;
import org.cinplan.casework.ChildRecord;
import org.cinplan.casework.ChildRecordService;
import org.cinplan.casework.Disability;
import org.cinplan.casework.Episode;
import org.cinplan.casework.Family;
import org.cinplan.casework.RecordAccessDenied;
import org.cinplan.casework.Sex;
import org.cinplan.meetings.Meeting;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.schedule.EpisodeType;
import org.cinplan.schedule.MeetingKind;
import org.cinplan.visits.Visit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The child record in a real Payara and database, called as the in-container social worker {@code it-social-worker}:
 * what it shows, who may see and change it, and that changes are validated, guarded against lost updates and audited.
 */
@ExtendWith(ArquillianExtension.class)
class ChildRecordIT {

    private static final String IT_WORKER = "it-social-worker";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(ChildRecordIT.class, TestCouncils.class);
    }

    @Inject
    private ChildRecordService records;

    @Inject
    private AsSocialWorker asSocialWorker;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UserTransaction transaction;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    private long olderChild;
    private long youngerChild;
    private long episodeId;

    /** A family of two children allocated to the in-container worker; the elder has an episode with a meeting and a visit. */
    @BeforeEach
    void aFamilyOfTwo() throws Exception {
        transaction.begin();
        Council reading = TestCouncils.reading(em);
        StaffMember worker = em.createQuery("select s from StaffMember s where s.username = :u", StaffMember.class)
                .setParameter("u", IT_WORKER).getResultList().stream().findFirst().orElseGet(() -> {
                    // as CaseworkIT makes it: in Reading's first team, so the in-container tests agree on its team
                    Team team = em.createQuery("select t from Team t where t.council = :c order by t.id", Team.class)
                            .setParameter("c", reading).setMaxResults(1).getResultList().stream().findFirst()
                            .orElseGet(() -> {
                                Team first = new Team(reading, "Reading Children in Need Team");
                                em.persist(first);
                                return first;
                            });
                    StaffMember member = new StaffMember(IT_WORKER, "In-container Social Worker", null,
                            "no-password:in-container-only", team, EnumSet.of(Role.SOCIAL_WORKER));
                    em.persist(member);
                    return member;
                });
        Family family = new Family(worker.team().council(), "Record-" + suffix() + " family");
        family.allocateTo(worker);
        em.persist(family);
        Child older = new Child(family, "REC" + suffix(), "Olive", "Record", LocalDate.of(2014, 4, 4), Sex.F, "WBRI", false);
        Child younger = new Child(family, "REC" + suffix(), "Oscar", "Record", LocalDate.of(2018, 8, 8), Sex.M, null, false);
        em.persist(older);
        em.persist(younger);
        Episode episode = Episode.open(older, EpisodeType.STANDARD, today.minusDays(40), today.minusDays(30), "N1", false);
        em.persist(episode);
        em.persist(new Meeting(episode, MeetingKind.INITIAL, today.minusDays(25)));
        em.persist(new Visit(episode, today.minusDays(10), true, true, true, null, null, "Check on the child"));
        em.flush();
        olderChild = older.id();
        youngerChild = younger.id();
        episodeId = episode.id();
        transaction.commit();
    }

    @Test
    void theRecordShowsTheHouseholdTheEpisodeAndATimelineNewestFirstAndTheViewIsAudited() {
        ChildRecord record = asSocialWorker.call(() -> records.record(olderChild));

        assertThat(record.fullName()).isEqualTo("Olive Record");
        assertThat(record.mayEdit()).isTrue();
        assertThat(record.allocatedWorker()).isEqualTo("In-container Social Worker");
        assertThat(record.siblings()).extracting(ChildRecord.Sibling::name).containsExactly("Oscar Record");
        assertThat(record.currentEpisodeId()).isEqualTo(episodeId);
        assertThat(record.episodes()).hasSize(1).allMatch(ChildRecord.EpisodeSummary::isOpen);
        assertThat(record.timeline()).extracting(ChildRecord.TimelineEntry::kind)
                .containsExactly("Visit", "Meeting", "Episode opened");
        assertThat(record.timeline()).extracting(ChildRecord.TimelineEntry::on).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(auditOf(olderChild)).anyMatch(a -> a.action().equals("VIEW_RECORD") && a.actor().equals(IT_WORKER));
    }

    @Test
    void aChildOfAnotherCouncilIsNoChildAtAllAndTheRefusalIsAudited() {
        Long elsewhere = em.createQuery("select c.id from Child c where c.family.allocatedWorker.username = 'sw.suffolk'",
                Long.class).setMaxResults(1).getResultList().stream().findFirst().orElse(null);
        if (elsewhere == null) {
            return; // no demo data in this database
        }
        assertThatThrownBy(() -> asSocialWorker.call(() -> records.record(elsewhere)))
                .isInstanceOf(RecordAccessDenied.class).hasMessage("There is no child with the id " + elsewhere);
        assertThat(auditOf(elsewhere)).anyMatch(a -> a.action().equals("ACCESS_DENIED") && a.actor().equals(IT_WORKER));
    }

    @Test
    void aValidChangeIsSavedAuditedAndMakesTheChildDisabledForTheDeadlineRules() {
        ChildCharacteristics before = asSocialWorker.call(() -> records.record(olderChild)).characteristics();

        asSocialWorker.call(() -> {
            records.updateCharacteristics(olderChild, details(before, "A123456789012", null, Set.of(Disability.MOB, Disability.COMM)));
            return null;
        });

        Child child = em.find(Child.class, olderChild); // outside a transaction: read afresh
        assertThat(child.upn()).isEqualTo("A123456789012");
        assertThat(child.disabilities()).containsExactlyInAnyOrder(Disability.MOB, Disability.COMM);
        assertThat(child.isDisabled()).isTrue();
        assertThat(auditOf(olderChild)).anyMatch(a -> a.action().equals("CHANGE_RECORD")
                && a.detail().contains("UPN A123456789012"));
    }

    @Test
    void aChangeMadeFromAnOutOfDateCopyIsRefused() {
        ChildCharacteristics opened = asSocialWorker.call(() -> records.record(youngerChild)).characteristics();
        asSocialWorker.call(() -> {
            records.updateCharacteristics(youngerChild, details(opened, null, "UN1", Set.of(Disability.NONE)));
            return null;
        });

        assertThatThrownBy(() -> asSocialWorker.call(() -> {
            records.updateCharacteristics(youngerChild, details(opened, null, "UN2", Set.of(Disability.NONE)));
            return null;
        })).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("Someone else changed");
        assertThat(em.find(Child.class, youngerChild).upnUnknown()).isEqualTo("UN1");
    }

    @Test
    void aRecordWithNeitherAUpnNorAReasonForNoneSavesItsOtherChanges() {
        ChildCharacteristics opened = asSocialWorker.call(() -> records.record(youngerChild)).characteristics();

        asSocialWorker.call(() -> {
            records.updateCharacteristics(youngerChild, details(opened, null, null, Set.of(Disability.HEAR)));
            return null;
        });

        Child child = em.find(Child.class, youngerChild);
        assertThat(child.disabilities()).containsExactly(Disability.HEAR);
        assertThat(child.upn()).isNull();
        assertThat(child.upnUnknown()).isNull();
    }

    @Test
    void inconsistentCensusDetailsAreRefusedTogether() {
        ChildCharacteristics opened = asSocialWorker.call(() -> records.record(youngerChild)).characteristics();
        ChildCharacteristics bad = details(opened, "123", "UN1", Set.of(Disability.NONE, Disability.HEAR));
        bad.setGivenName(" ");
        bad.setFamilyName("Record");
        bad.setDateOfBirth(null);
        bad.setSex(Sex.M);
        bad.setEthnicity("white");
        bad.setDeathDate(today.plusDays(1));

        Throwable refused = catchThrowable(() -> asSocialWorker.call(() -> {
            records.updateCharacteristics(youngerChild, bad);
            return null;
        }));

        List<String> messages = Stream.iterate(refused, t -> t != null, Throwable::getCause)
                .filter(ConstraintViolationException.class::isInstance)
                .flatMap(t -> ((ConstraintViolationException) t).getConstraintViolations().stream())
                .map(ConstraintViolation::getMessage).toList();
        assertThat(messages).contains("Enter the child's given name",
                "Give the date of birth or, for an unborn child, the expected date of birth",
                "\"No disability\" cannot be chosen with a disability", "The date of death cannot be in the future",
                "Give either the UPN or the reason there is none, not both");
        assertThat(messages).anyMatch(m -> m.startsWith("A UPN is a capital letter"))
                .anyMatch(m -> m.startsWith("The ethnicity code is four capital letters"));
    }

    private static ChildCharacteristics details(ChildCharacteristics c, String upn, String upnUnknown,
                                                Set<Disability> disabilities) {
        ChildCharacteristics changed = c.copy();
        changed.setExpectedBirthDate(null);
        changed.setUpn(upn);
        changed.setFormerUpn(null);
        changed.setUpnUnknown(upnUnknown);
        changed.setDisabilities(disabilities);
        changed.setDeathDate(null);
        return changed;
    }

    private List<AuditEntry> auditOf(long childId) {
        return em.createQuery("select a from AuditEntry a where a.childId = :child", AuditEntry.class)
                .setParameter("child", childId).getResultList();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
