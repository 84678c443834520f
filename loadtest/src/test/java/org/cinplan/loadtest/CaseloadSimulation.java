package org.cinplan.loadtest;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The morning rush on one page: social workers of all four councils open their caseload again and again, with no
 * think time (issue 10's first measurement: the caseload's pages per second and p95 at 50 sessions, which the mixed
 * day of {@link CaseworkSimulation} cannot show alone).
 *
 * <p>{@code loadtest/run.sh -Dsimulation=org.cinplan.loadtest.CaseloadSimulation -Dsessions=50 -Dduration=300}
 */
public class CaseloadSimulation extends Simulation {

    private final LoadSettings settings = LoadSettings.fromSystemProperties(50);
    private final int iterations = settings.iterationsPerSession(1);

    private final ScenarioBuilder caseloads = scenario("caseload only")
            .feed(CaseworkSimulation.WORKERS)
            .exec(Pages.signIn())
            .exec(asLongAsDuring(session -> session.getInt("iteration") < iterations, settings.duration, "iteration")
                    .on(CaseworkSimulation.CASELOAD));

    {
        setUp(caseloads.injectOpen(settings.signIns(settings.sessions)))
                .protocols(Pages.protocol(settings))
                .maxDuration(settings.hardStop());
    }
}
