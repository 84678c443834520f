package org.cinplan.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page for each of the roles' demo logins, over HTTP with a signed-in session: a page the role may use
 * answers 200 with the page; any other answers 403 (or, for the caseload of roles that hold no cases, sends them on
 * to the page they work from). The same table is in README "Roles".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolePageAccessIT {

    private static final String SW = "sw.demo";
    private static final String CSW = "csw.demo";
    private static final String PM = "pm.demo";
    private static final String TM = "tm.demo";
    private static final String SVM = "svm.demo";
    private static final String FSP = "fsp.demo";
    private static final String ADMIN = "admin.demo";
    private static final String AUDITOR = "auditor.demo";
    private static final String DATA = "data.demo";
    private static final List<String> EVERYONE = List.of(SW, CSW, PM, TM, SVM, FSP, ADMIN, AUDITOR, DATA);
    private static final Set<String> CASEWORK = Set.of(SW, CSW, PM, TM, SVM, FSP);
    /** The error summary's list (cp:messages): each problem an item, in words, a link to its field where it has one. */
    private static final Pattern ERROR_SUMMARY = Pattern.compile("class=\"error-summary-list\">(.*?)</ul>", Pattern.DOTALL);
    private static final Pattern SUMMARY_ITEM = Pattern.compile("<li>(.*?)</li>", Pattern.DOTALL);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cinplanEar();
    }

    @ArquillianResource
    private URL base;

    private final Map<String, WebSession> sessions = new LinkedHashMap<>();

    @BeforeEach
    void signInEveryRole() {
        for (String user : EVERYONE) {
            sessions.put(user, WebSession.signedInAs(base, user));
        }
    }

    @Test
    void eachRoleReachesItsPagesAndIsRefusedTheRest() {
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("team-caseload.xhtml", new Page("My team's cases", CASEWORK));
        pages.put("open-episode.xhtml", new Page("Open a CIN episode", Set.of(SW, CSW, PM, TM)));
        pages.put("team-alerts.xhtml", new Page("Team alerts", Set.of(CSW, PM, TM, SVM)));
        pages.put("restricted-records.xhtml", new Page("Restricted records", Set.of(TM, ADMIN)));
        pages.put("allocations.xhtml", new Page("Allocations", Set.of(TM, ADMIN)));
        pages.put("plans-to-agree.xhtml", new Page("Plans to agree", Set.of(CSW, PM)));
        pages.put("returned-plans.xhtml", new Page("Plans returned to you", CASEWORK));
        pages.put("decisions-to-make.xhtml", new Page("Decisions to make", Set.of(CSW, PM, TM)));
        pages.put("find-child.xhtml", new Page("Is this child already known?", Set.of(SW, CSW, PM, TM)));
        pages.put("meetings.xhtml", new Page("Meetings calendar", Set.of(SW, CSW, PM, TM)));
        pages.put("runs.xhtml", new Page("Sweep run log", Set.of(ADMIN, AUDITOR)));
        pages.put("audit.xhtml", new Page("Audit trail", Set.of(AUDITOR)));
        pages.put("admin-users.xhtml", new Page("Users and teams", Set.of(ADMIN)));
        pages.put("admin-calendar.xhtml", new Page("Working-day calendar", Set.of(ADMIN)));
        pages.put("admin-profiles.xhtml", new Page("Councils and policy profiles", Set.of(ADMIN)));
        pages.put("returns.xhtml", new Page("Statutory returns", Set.of(ADMIN, AUDITOR, DATA)));
        pages.put("calculator.xhtml", new Page("Timescale calculator", Set.copyOf(EVERYONE)));
        DemoCases.DemoCase unrestricted = DemoCases.firstUnrestricted(base);
        pages.put("case.xhtml?episode=" + unrestricted.episodeId(), new Page(unrestricted.childName(), CASEWORK));
        pages.put("decisions.xhtml?episode=" + unrestricted.episodeId(), new Page(unrestricted.childName(), CASEWORK));
        pages.put("assessments.xhtml?episode=" + unrestricted.episodeId(), new Page(unrestricted.childName(), CASEWORK));
        pages.put("changes.xhtml?episode=" + unrestricted.episodeId(), new Page(unrestricted.childName(), CASEWORK));
        long unrestrictedChild = DemoCases.childIdOf(base, unrestricted);
        pages.put("referrals.xhtml?child=" + unrestrictedChild, new Page(unrestricted.childName(), CASEWORK));
        pages.put("protection.xhtml?child=" + unrestrictedChild, new Page(unrestricted.childName(), CASEWORK));

        List<String> wrong = new ArrayList<>();
        pages.forEach((path, page) -> EVERYONE.forEach(user -> {
            HttpResponse<String> answer = sessions.get(user).get(path);
            boolean allowed = page.roles().contains(user);
            String heading = WebSession.heading(answer.body());
            boolean ok = allowed ? answer.statusCode() == 200 && page.heading().equals(heading)
                    : answer.statusCode() == 403 && !page.heading().equals(heading);
            if (!ok) {
                wrong.add(user + " " + path + ": " + answer.statusCode() + " \"" + heading + "\", expected "
                        + (allowed ? "200 \"" + page.heading() + "\"" : "403"));
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCaseloadIsForCaseworkRolesAndSendsAdministratorsAndAuditorsToTheRunLogAndDataOfficersToTheReturns() {
        for (String user : EVERYONE) {
            HttpResponse<String> answer = sessions.get(user).get("caseload.xhtml");
            if (CASEWORK.contains(user)) {
                assertThat(answer.statusCode()).as(user).isEqualTo(200);
                assertThat(WebSession.heading(answer.body())).as(user).isEqualTo("My caseload");
            } else {
                assertThat(answer.statusCode()).as(user).isEqualTo(302);
                assertThat(answer.headers().firstValue("Location").orElseThrow()).as(user)
                        .contains(user.equals(DATA) ? "returns.xhtml" : "runs.xhtml");
            }
        }
    }

    @Test
    void aRestrictedRecordOpensOnlyToThePeopleNamedOnItsAccessList() {
        DemoCases.DemoCase restricted = DemoCases.restricted(base);
        for (String user : EVERYONE) {
            HttpResponse<String> answer = sessions.get(user).get("case.xhtml?episode=" + restricted.episodeId());
            if (user.equals(SW) || user.equals(TM)) {
                assertThat(answer.statusCode()).as(user).isEqualTo(200);
                assertThat(WebSession.heading(answer.body())).as(user).isEqualTo(restricted.childName());
            } else {
                assertThat(answer.statusCode()).as(user).isEqualTo(403);
                assertThat(answer.body()).as(user).doesNotContain(restricted.childName());
                assertThat(answer.body().contains("Open the record with break-glass")).as(user + ": break-glass offered")
                        .isEqualTo(CASEWORK.contains(user));
            }
            for (String casePage : List.of("decisions.xhtml", "assessments.xhtml", "changes.xhtml")) {
                HttpResponse<String> page = sessions.get(user).get(casePage + "?episode=" + restricted.episodeId());
                boolean named = user.equals(SW) || user.equals(TM);
                assertThat(page.statusCode()).as(user + " " + casePage).isEqualTo(named ? 200 : 403);
                assertThat(page.body().contains(restricted.childName())).as(user + " " + casePage).isEqualTo(named);
            }
            // The team's cases are paged by family name and other tests add families to the demo team, so the
            // restricted child need not be on the first page: RecordAccessIT pages CaseloadService.teamCaseload for
            // every role. Here the first page must simply never name it to someone off its access list.
            if (CASEWORK.contains(user) && !(user.equals(SW) || user.equals(TM))) {
                assertThat(sessions.get(user).get("team-caseload.xhtml").body()).as(user + " team's cases")
                        .doesNotContain(restricted.childName());
            }
        }
    }

    /**
     * The restricted child (named to sw.demo and tm.demo) on every page each role can open: the child's own record
     * answers 403 to everyone else, and no list, calendar or sibling's record shows them the child's name.
     */
    @Test
    void theRestrictedChildAppearsOnNoPageToAnyoneOffTheAccessList() {
        DemoCases.DemoCase restricted = DemoCases.restricted(base);
        long childId = DemoCases.childIdOf(base, restricted);
        List<String> pages = new ArrayList<>(List.of("caseload.xhtml", "team-caseload.xhtml", "dashboard.xhtml",
                "meetings.xhtml", "plans-to-agree.xhtml", "team-alerts.xhtml", "restricted-records.xhtml", "runs.xhtml"));
        DemoCases.siblingsOfTheRestricted(base, restricted)
                .forEach(sibling -> pages.add("child.xhtml?child=" + DemoCases.childIdOf(base, sibling)));
        assertThat(pages).as("the restricted child has siblings whose records are checked").hasSizeGreaterThan(8);

        List<String> wrong = new ArrayList<>();
        for (String user : EVERYONE) {
            boolean named = user.equals(SW) || user.equals(TM);
            HttpResponse<String> record = sessions.get(user).get("child.xhtml?child=" + childId);
            if (named ? record.statusCode() != 200 || !restricted.childName().equals(WebSession.heading(record.body()))
                    : record.statusCode() != 403 || record.body().contains(restricted.childName())) {
                wrong.add(user + " child.xhtml?child=" + childId + ": " + record.statusCode() + " \""
                        + WebSession.heading(record.body()) + "\"");
            }
            if (named) {
                continue;
            }
            for (String page : pages) {
                HttpResponse<String> answer = sessions.get(user).get(page);
                if (answer.statusCode() == 200 && answer.body().contains(restricted.childName())) {
                    wrong.add(user + " " + page + " shows " + restricted.childName());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Another council's child or case and an id that does not exist get the same answer on every page and the API
     * that takes one, so ids cannot be used to find out which families another council holds.
     */
    @Test
    void anotherCouncilsRecordAndAMissingOneGetTheSameAnswerEverywhere() {
        DemoCases.DemoCase restricted = DemoCases.restricted(base);
        long childId = DemoCases.childIdOf(base, restricted);
        long missing = 987654321L;
        WebSession wokingham = WebSession.signedInAs(base, "sw.wokingham");
        Map<String, Long[]> pages = new LinkedHashMap<>();
        pages.put("child.xhtml?child=", new Long[] {childId, missing});
        pages.put("case.xhtml?episode=", new Long[] {restricted.episodeId(), missing});
        pages.put("plan.xhtml?episode=", new Long[] {restricted.episodeId(), missing});
        pages.put("decisions.xhtml?episode=", new Long[] {restricted.episodeId(), missing});
        pages.put("assessments.xhtml?episode=", new Long[] {restricted.episodeId(), missing});
        pages.put("changes.xhtml?episode=", new Long[] {restricted.episodeId(), missing});
        pages.put("api/cases/%d/deadlines", new Long[] {restricted.episodeId(), missing});

        pages.forEach((page, ids) -> {
            List<String> answers = new ArrayList<>();
            for (Long id : ids) {
                String path = page.contains("%d") ? page.formatted(id) : page + id;
                HttpResponse<String> answer = wokingham.get(path);
                assertThat(answer.body()).as(path).doesNotContain("Davies").doesNotContain(restricted.childName());
                answers.add(answer.statusCode() + " " + messagesOf(answer.body()).replaceAll("\\b" + id + "\\b", "ID"));
            }
            assertThat(answers.get(1)).as(page + ": a missing id").startsWith("403").contains("There is no");
            assertThat(answers.get(0)).as(page + ": another council's record, answered as a missing one")
                    .isEqualTo(answers.get(1));
        });
    }

    /** The page's error messages, or the API's whole answer. */
    private static String messagesOf(String body) {
        List<String> found = new ArrayList<>();
        Matcher summary = ERROR_SUMMARY.matcher(body);
        while (summary.find()) {
            Matcher item = SUMMARY_ITEM.matcher(summary.group(1));
            while (item.find()) {
                found.add(item.group(1).replaceAll("<[^>]*>", "").strip());
            }
        }
        return body.startsWith("{") ? body : String.join(" | ", found);
    }

    record Page(String heading, Set<String> roles) {
    }

}
