package org.cinplan;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.cinplan.schedule.Timescale;
import org.cinplan.schedule.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package structure README.md "How cinplan is built" describes, checked on the compiled classes of both modules
 * (the web module's tests see the EJB module's classes too).
 */
class ArchitectureTest {

    private static JavaClasses cinplan;

    @BeforeAll
    static void importClasses() {
        cinplan = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cinplan");
    }

    /** Business areas depend on each other one way only. */
    @Test
    void businessAreasHaveNoCycles() {
        slices().matching("org.cinplan.(*)..").should().beFreeOfCycles().check(cinplan);
    }

    /**
     * Every area stands on platform, so platform knows none of them. The roles live there: their constants in
     * {@code @RolesAllowed} are copied into the annotations by the compiler, so a cycle through them (as admin and audit
     * had while Role lived in admin) would show in the source only and escape the check above.
     */
    @Test
    void platformKnowsNoBusinessArea() {
        noClasses().that().resideInAPackage("org.cinplan.platform..")
                .should().dependOnClassesThat(resideInAPackage("org.cinplan..").and(resideOutsideOfPackage("org.cinplan.platform..")))
                .because("platform is what every business area stands on")
                .check(cinplan);
        classes().that().haveSimpleName("Role").should().resideInAPackage("org.cinplan.platform")
                .because("every area names roles in @RolesAllowed, so they live where every area may look")
                .check(cinplan);
    }

    /**
     * One way to refuse: the records' aggregates refuse with BusinessRuleViolation, naming the rule, never with
     * IllegalArgumentException or IllegalStateException for a service to re-word. (The sweep's and the audit chain's
     * own entities are made by cinplan itself, so what they refuse is a programming error.)
     */
    @Test
    void aggregatesRefuseWithTheRuleTheyEnforce() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .and().resideInAnyPackage("org.cinplan.casework..", "org.cinplan.meetings..", "org.cinplan.visits..",
                        "org.cinplan.planning..", "org.cinplan.admin..", "org.cinplan.profiles..")
                .should().callConstructor(IllegalArgumentException.class, String.class)
                .orShould().callConstructor(IllegalStateException.class, String.class)
                .because("a refused request throws platform.BusinessRuleViolation, which names the rule and says what"
                        + " would be right")
                .check(cinplan);
    }

    /** Entities take the time from the caller, whose clock is injected (and set by tests), never from the system. */
    @Test
    void entitiesNeverReadTheSystemClock() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().callMethodWhere(target(owner(resideInAPackage("java.time"))).and(target(name("now"))))
                .because("the clock is injected (platform.ClockProducer) and passed in, so every date is reproducible")
                .check(cinplan);
    }

    @Test
    void webCodeNeverTouchesEntities() {
        noClasses().that().resideInAPackage("org.cinplan.web..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("services hand the web module DTOs, never managed entities")
                .check(cinplan);
    }

    /**
     * Only the schedule works out a due date from a timescale: everyone else asks the deadline engine (its per-rule
     * entry points such as reviewWindow and minimumDurationAfterCp) or the timescale calculator, so each policy has
     * one home.
     */
    @Test
    void onlyTheScheduleComputesDeadlines() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.cinplan.schedule..")
                .should().callMethod(Timescale.class, "dueFrom", LocalDate.class, WorkingDayCalendar.class)
                .orShould().callMethod(WorkingDayCalendar.class, "plusWorkingDays", LocalDate.class, int.class)
                .orShould().callMethod(WorkingDayCalendar.class, "minusWorkingDays", LocalDate.class, int.class)
                .because("deadlines are computed by org.cinplan.schedule (DeadlineEngine, TimescaleCalculator) only");
        rule.check(cinplan);
    }

    @Test
    void theEngineIsPlainJava() {
        classes().that().resideInAPackage("org.cinplan.schedule")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.cinplan.schedule", "java..", "jakarta.json..")
                .because("the engine runs without a container or database, so every answer is reproducible in tests")
                .check(cinplan);
    }
}
