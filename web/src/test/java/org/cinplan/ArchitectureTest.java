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

    /**
     * Business areas depend on each other one way only. admin and audit import each other in the source only through
     * admin.Role's constants in @RolesAllowed, which the compiler copies into the annotations, so the compiled classes
     * hold no such cycle; it goes in the source too once Role moves to platform.
     */
    @Test
    void businessAreasHaveNoCycles() {
        slices().matching("org.cinplan.(*)..").should().beFreeOfCycles().check(cinplan);
    }

    @Test
    void webCodeNeverTouchesEntities() {
        noClasses().that().resideInAPackage("org.cinplan.web..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("services hand the web module DTOs, never managed entities")
                .check(cinplan);
    }

    /**
     * Only the schedule works out a due date from a timescale: everyone else asks the deadline engine or the timescale
     * calculator, so each policy has one home. The review window and the minimum duration after a child protection
     * plan are still worked out beside the engine (issue 12, item 3) and are let through by name until they ask it.
     */
    @Test
    void onlyTheScheduleComputesDeadlines() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.cinplan.schedule..")
                .and().doNotHaveFullyQualifiedName("org.cinplan.meetings.ReviewWindow")
                .and().doNotHaveFullyQualifiedName("org.cinplan.casework.MinimumDurationAfterCp")
                .should().callMethod(Timescale.class, "dueFrom", LocalDate.class, WorkingDayCalendar.class)
                .orShould().callMethod(WorkingDayCalendar.class, "plusWorkingDays", LocalDate.class, int.class)
                .orShould().callMethod(WorkingDayCalendar.class, "minusWorkingDays", LocalDate.class, int.class)
                .because("deadlines are computed by org.cinplan.schedule (DeadlineEngine, TimescaleCalculator) only");
        rule.check(cinplan);
    }

    @Test
    void theEngineIsPlainJava() {
        classes().that().resideInAPackage("org.cinplan.schedule")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.cinplan.schedule", "java..", "jakarta.json..",
                        "de.focus_shift.jollyday.core..")
                .because("the engine runs without a container or database, so every answer is reproducible in tests"
                        + " (Jollyday, plain Java, projects bank holidays by statutory rule)")
                .check(cinplan);
    }
}
