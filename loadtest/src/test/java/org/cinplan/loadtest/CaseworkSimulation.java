package org.cinplan.loadtest;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A day's casework on the demo data, many signed-in sessions at once with no think time: social workers of all four
 * councils open their caseload, a case, a child's record, the case's deadlines through the REST API, the meetings
 * calendar and the stylesheet, and now and then record a visit on a case and write it up (two JSF postbacks with the
 * page's ViewState and script nonce); managers open the team dashboard, their team's cases and the calendar.
 *
 * <p>{@code mvn -Pload -pl loadtest gatling:test -Dsessions=50 -Dduration=300} against {@code server-config/run.sh}.
 */
public class CaseworkSimulation extends Simulation {

    /** The visit just recorded among those waiting for their write-up: the option labelled with the load test's purpose. */
    private static final String WRITE_UP_CHOICE =
            "name=\"writeUp:visitChoice_input\".*?<option value=\"(\\d+)\"[^>]*>[^<]*Load test: a routine visit";
    /** Requests one iteration sends at most, to share the run's request budget among the sessions. */
    private static final int REQUESTS_PER_ITERATION = 4;

    private final LoadSettings settings = LoadSettings.fromSystemProperties(50);
    /** Each session's share of the run's request budget: its loop ends at this count or at the duration. */
    private final int iterations = settings.iterationsPerSession(REQUESTS_PER_ITERATION);

    /** Workers with caseloads in every council; sw.demo holds the largest, so it signs in most often. */
    static final FeederBuilder<Object> WORKERS = listFeeder(List.<Map<String, Object>>of(
            Map.of("username", "sw.demo"), Map.of("username", "sw.demo"), Map.of("username", "sw.wokingham"),
            Map.of("username", "sw.demo"), Map.of("username", "sw.westberks"), Map.of("username", "sw.suffolk")))
            .circular();

    private static final FeederBuilder<Object> MANAGERS = listFeeder(List.<Map<String, Object>>of(
            Map.of("username", "tm.demo"), Map.of("username", "pm.demo"), Map.of("username", "svm.demo")))
            .circular();

    /** The caseload, from which the session picks the case and child it opens next. */
    static final ChainBuilder CASELOAD = exec(http("caseload").get("caseload.xhtml")
            .check(status().is(200), substring("Signed in as #{username}"),
                    regex("case\\.xhtml\\?episode=(\\d+)").findAll().saveAs("episodes"),
                    regex("child\\.xhtml\\?child=(\\d+)").findAll().saveAs("children")))
            .exec(session -> session
                    .set("episode", pick(session.getList("episodes")))
                    .set("child", pick(session.getList("children"))));

    private static final ChainBuilder CASE_PAGE = Pages.page("case page", "case.xhtml?episode=#{episode}");

    private static final ChainBuilder CHILD_RECORD = Pages.page("child record", "child.xhtml?child=#{child}");

    private static final ChainBuilder DEADLINES_API = exec(http("deadlines API")
            .get("api/cases/#{episode}/deadlines").header("Accept", "application/json")
            .check(status().is(200), jsonPath("$.deadlines").exists()));

    private static final ChainBuilder STYLESHEET = exec(http("stylesheet")
            .get("jakarta.faces.resource/cinplan.css.xhtml?ln=cinplan").check(status().is(200)));

    private static final ChainBuilder CALENDAR = Pages.page("meetings calendar", "meetings.xhtml");

    /**
     * Records a visit to the child, not yet written up, on the case the session opened (if it may record on it), then
     * writes up the visit it recorded: full postbacks of the page's two forms, as a browser without script would send
     * them (each date as its day, month and year fields). A postback answered without "Visit recorded" or "Visit
     * written up" fails its check and counts as an error.
     */
    private static final ChainBuilder RECORD_AND_WRITE_UP = exec(session -> session.removeAll("visitToWriteUp"))
            .exec(http("case page (to record a visit)")
            .get("case.xhtml?episode=#{episode}")
            .check(status().is(200), substring("Signed in as #{username}"),
                    regex(Pages.VIEW_STATE).saveAs("viewState"), regex(Pages.NONCE).saveAs("nonce"),
                    substring("id=\"visit\"").exists().saveAs("mayRecord"),
                    regex(Pages.VISIT_SUBMISSION).optional().saveAs("visitSubmission")))
            .doIf(session -> session.contains("mayRecord")).then(
                    exec(session -> {
                        LocalDate today = LocalDate.now();
                        return session.set("day", today.getDayOfMonth()).set("month", today.getMonthValue())
                                .set("year", today.getYear());
                    })
                    .exec(http("record a visit").post("case.xhtml?episode=#{episode}")
                            .formParam("visit", "visit")
                            .formParam("visit:visitDate:day", "#{day}")
                            .formParam("visit:visitDate:month", "#{month}")
                            .formParam("visit:visitDate:year", "#{year}")
                            .formParam("visit:announced", "false")
                            .formParam("visit:visitOf_input", "CHILD")
                            .formParam("visit:faceToFace_input", "on")
                            .formParam("visit:purpose", "Load test: a routine visit")
                            .formParam("visit:childSeen_input", "on")
                            .formParam("visit:seenAlone_input", "on")
                            .formParam("visit:submission", "#{visitSubmission}")
                            .formParam("visit:save", "")
                            .formParam("jakarta.faces.ViewState", "#{viewState}")
                            .formParam("primefaces.nonce", "#{nonce}")
                            .check(status().is(200), substring("Visit recorded"),
                                    regex(Pages.VIEW_STATE).saveAs("viewState"), regex(Pages.NONCE).saveAs("nonce"),
                                    regex(WRITE_UP_CHOICE).saveAs("visitToWriteUp")))
                    .doIf(session -> session.contains("visitToWriteUp")).then(
                            exec(http("write up a visit").post("case.xhtml?episode=#{episode}")
                                    .formParam("writeUp", "writeUp")
                                    .formParam("writeUp:visitChoice_input", "#{visitToWriteUp}")
                                    .formParam("writeUp:writtenUpOn:day", "#{day}")
                                    .formParam("writeUp:writtenUpOn:month", "#{month}")
                                    .formParam("writeUp:writtenUpOn:year", "#{year}")
                                    .formParam("writeUp:observations:text",
                                            "Load test: the child was well and spoke about school.")
                                    .formParam("writeUp:save", "")
                                    .formParam("jakarta.faces.ViewState", "#{viewState}")
                                    .formParam("primefaces.nonce", "#{nonce}")
                                    .check(status().is(200), substring("Signed in as #{username}"),
                                            substring("Visit written up")))));

    private final ScenarioBuilder casework = scenario("casework")
            .feed(WORKERS)
            .exec(Pages.signIn())
            .exec(asLongAsDuring(session -> session.getInt("iteration") < iterations, settings.duration, "iteration").on(
                    CASELOAD,
                    randomSwitch().on(
                            percent(30.0).then(CASE_PAGE),
                            percent(25.0).then(CHILD_RECORD),
                            percent(15.0).then(DEADLINES_API),
                            percent(12.0).then(STYLESHEET),
                            percent(15.0).then(CALENDAR),
                            percent(3.0).then(RECORD_AND_WRITE_UP))));

    private final ScenarioBuilder management = scenario("management")
            .feed(MANAGERS)
            .exec(Pages.signIn())
            .exec(asLongAsDuring(session -> session.getInt("iteration") < iterations, settings.duration, "iteration").on(
                    Pages.page("team dashboard", "dashboard.xhtml"),
                    Pages.page("team's cases", "team-caseload.xhtml"),
                    doIf(session -> !"svm.demo".equals(session.getString("username"))).then(CALENDAR)));

    {
        int managerSessions = Math.max(1, settings.sessions / 10);
        setUp(casework.injectOpen(settings.signIns(Math.max(1, settings.sessions - managerSessions))),
                management.injectOpen(settings.signIns(managerSessions)))
                .protocols(Pages.protocol(settings))
                .maxDuration(settings.hardStop());
    }

    private static String pick(List<Object> ids) {
        return ids.get(ThreadLocalRandom.current().nextInt(ids.size())).toString();
    }
}
