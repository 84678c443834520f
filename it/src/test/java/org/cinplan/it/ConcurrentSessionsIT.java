package org.cinplan.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many signed-in sessions at once (different people, and several sessions of one person) on pages that call secured
 * EJBs: every answer is 200 and shows the right person's data. Under Payara's auto-applied session, overlapping
 * requests lost the caller's roles (HTTP 500 from AccessLocalException, or 403) about once in twenty.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentSessionsIT {

    private static final int ROUNDS_PER_SESSION = 25;
    private static final Pattern CHILD_LINK = Pattern.compile("child\\.xhtml\\?child=(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cinplanEar();
    }

    @ArquillianResource
    private URL base;

    /** A page one person asks for, and what their answer must show. */
    private record Visit(String username, String path, Predicate<String> rightData, String expected) {
    }

    @Test
    void overlappingRequestsOfManySessionsAllAnswerWithTheirOwnPersonsData() throws Exception {
        DemoCases.DemoCase workersCase = DemoCases.firstUnrestricted(base);
        String casePage = WebSession.signedInAs(base, "sw.demo").get("case.xhtml?episode=" + workersCase.episodeId()).body();
        Matcher child = CHILD_LINK.matcher(casePage);
        assertThat(child.find()).as("the case page links to the child's record").isTrue();
        String name = workersCase.childName();

        List<Visit> visits = List.of(
                new Visit("sw.demo", "caseload.xhtml", page -> page.contains(name), "their child " + name),
                new Visit("sw.demo", "case.xhtml?episode=" + workersCase.episodeId(), page -> page.contains(name), name),
                new Visit("sw.demo", "child.xhtml?child=" + child.group(1), page -> page.contains(name), name),
                new Visit("sw.wokingham", "caseload.xhtml", page -> !page.contains(name), "not sw.demo's child"),
                new Visit("sw.wokingham", "meetings.xhtml", page -> !page.contains(name), "not sw.demo's child"),
                new Visit("tm.demo", "dashboard.xhtml", page -> page.contains("Sam Walker"), "their worker Sam Walker"),
                new Visit("tm.demo", "team-alerts.xhtml", page -> true, "their team's alerts"),
                new Visit("pm.demo", "dashboard.xhtml", page -> page.contains("Sam Walker"), "their worker Sam Walker"),
                new Visit("pm.demo", "plans-to-agree.xhtml", page -> true, "plans to agree"),
                new Visit("csw.demo", "team-alerts.xhtml", page -> true, "their team's alerts"),
                new Visit("sw.demo", "api/timescales?council=READING&rule=INITIAL_MEETING&start=2026-12-18",
                        page -> page.contains("dueDate"), "a due date"));
        // Several sessions of each person: three of the worker, two of each of the others.
        List<WebSession> sessions = new ArrayList<>();
        List<List<Visit>> theirVisits = new ArrayList<>();
        for (String username : List.of("sw.demo", "sw.demo", "sw.demo", "sw.wokingham", "sw.wokingham", "tm.demo",
                "tm.demo", "pm.demo", "pm.demo", "csw.demo", "csw.demo")) {
            sessions.add(WebSession.signedInAs(base, username));
            theirVisits.add(visits.stream().filter(v -> v.username().equals(username)).toList());
        }

        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size() * 2);
        List<Future<?>> running = new ArrayList<>();
        for (int s = 0; s < sessions.size(); s++) {
            WebSession session = sessions.get(s);
            List<Visit> mine = theirVisits.get(s);
            for (int thread = 0; thread < 2; thread++) { // two requests of one session at once, as tabs make
                int offset = thread;
                running.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < ROUNDS_PER_SESSION; round++) {
                        Visit visit = mine.get((round + offset) % mine.size());
                        HttpResponse<String> answer = session.get(visit.path());
                        String body = answer.body();
                        if (answer.statusCode() != 200) {
                            wrong.add(visit.username() + " " + visit.path() + ": HTTP " + answer.statusCode());
                        } else if (!visit.path().startsWith("api/") && !body.contains("Signed in as " + visit.username())) {
                            wrong.add(visit.username() + " " + visit.path() + ": not signed in as them");
                        } else if (!visit.rightData().test(body)) {
                            wrong.add(visit.username() + " " + visit.path() + ": does not show " + visit.expected());
                        }
                    }
                    return null;
                }));
            }
        }
        start.countDown();
        for (Future<?> r : running) {
            r.get();
        }
        pool.shutdown();
        assertThat(wrong).as("answers of " + running.size() * ROUNDS_PER_SESSION + " overlapping requests").isEmpty();
    }
}
