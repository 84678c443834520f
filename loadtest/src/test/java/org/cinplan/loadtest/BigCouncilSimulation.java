package org.cinplan.loadtest;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.util.List;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Managers of the big council (README, "Performance"; loaded with {@code CINPLAN_BIG_COUNCIL=true}) on the team
 * dashboard at once, with no think time: half are its team manager (a team of 300 open cases), half its service
 * manager (every team of the council, 5,000 open cases). Target: p95 under 800 ms for both, 10 sessions.
 *
 * <p>{@code CINPLAN_BIG_COUNCIL=true loadtest/run.sh -Dsimulation=org.cinplan.loadtest.BigCouncilSimulation
 * -Dsessions=10 -Dduration=120}
 */
public class BigCouncilSimulation extends Simulation {

    private final LoadSettings settings = LoadSettings.fromSystemProperties(10);
    private final int iterations = settings.iterationsPerSession(1);

    private final FeederBuilder<Object> managers = listFeeder(List.<Map<String, Object>>of(
            Map.of("username", "tm.big"), Map.of("username", "svm.big"))).circular();

    private final ScenarioBuilder dashboards = scenario("big council managers")
            .feed(managers)
            .exec(Pages.signIn())
            .exec(asLongAsDuring(session -> session.getInt("iteration") < iterations, settings.duration, "iteration").on(
                    doIfOrElse(session -> "tm.big".equals(session.getString("username")))
                            .then(Pages.page("team dashboard (300 cases)", "dashboard.xhtml"))
                            .orElse(Pages.page("service manager's dashboard (5,000 cases)", "dashboard.xhtml"))));

    {
        setUp(dashboards.injectOpen(settings.signIns(settings.sessions)))
                .protocols(Pages.protocol(settings))
                .maxDuration(settings.hardStop());
    }
}
