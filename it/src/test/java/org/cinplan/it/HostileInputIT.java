package org.cinplan.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thousand hostile inputs (see {@link HostileInputs}) against the REST API and, by plain HTTP postbacks, the
 * sign-in, calculator, open-episode, users and teams, closures and audit search forms. No request may be answered
 * with a server error, and no page or response may hold one of the inputs as live markup: a page is parsed and its
 * DOM searched for the inputs' marker. Some inputs are stored on purpose (a team, a closure, a
 * refused sign-in's username) so that the pages listing stored data are checked too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final List<String> INPUTS = HostileInputs.generate(1000, 20261122L);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cinplanEar();
    }

    @ArquillianResource
    private URL base;

    private final List<String> problems = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    @Test
    void everyRestEndpointRefusesOrAnswersEveryHostileInputWithoutAServerError() throws Exception {
        FormSession auditor = FormSession.signedIn(base, "auditor.demo");
        for (int i = 0; i < INPUTS.size(); i++) {
            String input = INPUTS.get(i);
            Map<String, String> timescale = new LinkedHashMap<>(Map.of("council", "READING", "rule", "INITIAL_MEETING",
                    "start", "2026-12-18"));
            timescale.put(List.of("council", "rule", "start").get(i % 3), input);
            checkApi("GET /api/timescales", input, auditor.get("api/timescales?" + query(timescale)));

            checkApi("GET /api/cases/{id}/deadlines", input, auditor.get("api/cases/" + encode(input) + "/deadlines"));

            String auditParameter = List.of("actor", "child", "action", "from", "to").get(i % 5);
            checkApi("GET /api/audit.csv " + auditParameter, input,
                    auditor.get("api/audit.csv?" + query(Map.of(auditParameter, input))));

            String sweepParameter = List.of("from", "to", "trigger", "outcome").get(i % 4);
            checkApi("GET /api/sweeps.csv " + sweepParameter, input,
                    auditor.get("api/sweeps.csv?" + query(Map.of(sweepParameter, input))));
        }
        assertThat(statuses).as("answers by status: some inputs are refused, some (such as text searched for) are"
                + " answered").containsKeys(200, 400);
        assertThat(problems).as(problems.size() + " problems, the first: " + problems.stream().limit(15)
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void everyFormRefusesOrEscapesEveryHostileInputWithoutAServerError() throws Exception {
        FormSession worker = FormSession.signedIn(base, "sw.demo");
        FormSession admin = FormSession.signedIn(base, "admin.demo");
        FormSession auditor = FormSession.signedIn(base, "auditor.demo");
        for (int i = 0; i < INPUTS.size(); i++) {
            String input = INPUTS.get(i);
            int turn = i / 5;
            switch (i % 5) {
                case 0 -> {
                    String field = List.of("calculator:start:day", "calculator:council_input", "calculator:rule_input")
                            .get(turn % 3);
                    Map<String, String> values = new LinkedHashMap<>(Map.of("calculator:council_input", "READING",
                            "calculator:rule_input", "INITIAL_MEETING"));
                    values.putAll(FormSession.dateFields("calculator:start", "18/12/2026"));
                    values.put(field, input);
                    check("calculator " + field, input, worker.postBack("calculator.xhtml", "calculator", values,
                            "calculator:calculate"), "Timescale calculator");
                }
                case 1 -> {
                    String field = List.of("episode:givenName", "episode:familyName", "episode:newFamilyName",
                            "episode:decisionDate:day", "episode:referralDate:month", "episode:dateOfBirth:year")
                            .get(turn % 6);
                    // The other fields are left empty, so nothing is stored: no case joins the demo worker's caseload,
                    // which other tests read. Stored hostile text is checked on the teams, calendar and audit pages.
                    check("open episode " + field, input, worker.postBack("open-episode.xhtml", "episode",
                            Map.of(field, input), "episode:save"), "Open a CIN episode");
                }
                case 2 -> {
                    if (turn % 10 == 3) {
                        check("add team", input, admin.postBack("admin-users.xhtml", "teams", Map.of(
                                "teams:council_input", "READING", "teams:teamName", input), "teams:addTeam"), "Users and teams");
                    } else {
                        String field = List.of("create:username", "create:fullName", "create:email").get(turn % 3);
                        Map<String, String> values = new LinkedHashMap<>(Map.of("create:username", "it.hostile",
                                "create:fullName", "Hostile Input", "create:password", "short"));
                        values.put(field, input);
                        check("add user " + field, input, admin.postBack("admin-users.xhtml", "create", values, "create:add"),
                                "Users and teams");
                    }
                }
                case 3 -> {
                    Map<String, String> values = new LinkedHashMap<>(FormSession.dateFields("closures:date",
                            turn % 2 == 0 ? input : turn % 25 == 1 ? storableClosureDate(turn) : ""));
                    values.put("closures:reason", turn % 2 == 0 ? "IT hostile date" : input);
                    check("closure", input, admin.postBack("admin-calendar.xhtml", "closures", values, "closures:add"),
                            "Working-day calendar");
                }
                default -> {
                    String field = List.of("audit:actor", "audit:child", "audit:from:day", "audit:to:year").get(turn % 4);
                    check("audit search " + field, input, auditor.postBack("audit.xhtml", "audit", Map.of(field, input),
                            "audit:search"), "Audit trail");
                }
            }
            if (i % 25 == 0) {
                FormSession stranger = new FormSession(base);
                check("sign-in username", input, stranger.postBack("login.xhtml", "signIn",
                        Map.of("signIn:username", input, "signIn:password", "not the password"), "signIn:submit"),
                        "Sign in to cinplan");
            }
        }
        // The refused sign-ins above stored their usernames in the audit trail: its page must show them as text.
        FormSession.Answer auditPage = auditor.postBack("audit.xhtml", "audit", Map.of(), "audit:search");
        check("audit trail page", "", auditPage, "Audit trail");
        FormSession.Answer teamsPage = admin.get("admin-users.xhtml");
        check("teams and users page", "", teamsPage, "Users and teams");
        FormSession.Answer calendarPage = admin.get("admin-calendar.xhtml");
        check("calendar page", "", calendarPage, "Working-day calendar");
        for (FormSession.Answer listing : List.of(auditPage, teamsPage, calendarPage)) {
            assertThat(Jsoup.parse(listing.body()).text()).as("stored hostile markup is listed, as text")
                    .contains(HostileInputs.MARKER);
        }
        assertThat(problems).as(problems.size() + " problems, the first: " + problems.stream().limit(15)
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void aPostbackWithoutItsPagesNonceIsRefusedWith400NotAServerError() throws Exception {
        FormSession worker = FormSession.signedIn(base, "sw.demo");
        worker.sendNonce = false;

        FormSession.Answer answer = worker.postBack("calculator.xhtml", "calculator", Map.of(), "calculator:calculate");

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void storedHostileTextIsShownAsTextInARealBrowser() throws Exception {
        // Short enough to be kept whole as the username of a refused sign-in in the audit trail.
        String reason = String.format("<img id=\"%s-b\" src=x onerror=alert(1)>", HostileInputs.MARKER);
        FormSession admin = FormSession.signedIn(base, "admin.demo");
        Map<String, String> closure = new LinkedHashMap<>(FormSession.dateFields("closures:date", storableClosureDate(100)));
        closure.put("closures:reason", reason);
        admin.postBack("admin-calendar.xhtml", "closures", closure, "closures:add"); // on a re-run the date already has it: refused, still listed
        new FormSession(base).postBack("login.xhtml", "signIn", Map.of("signIn:username", reason,
                "signIn:password", "not the password"), "signIn:submit");

        WebDriver browser = Browser.start();
        try {
            SignInPage signIn = SignInPage.open(browser, base);
            signIn.signInAs("admin.demo", SignInPage.DEMO_PASSWORD);
            signIn.waitForPage("Sweep run log");
            browser.get(base + "admin-calendar.xhtml");
            new SignInPage.Heading(browser).waitFor("Working-day calendar");
            assertShownAsText(browser, "calendar", reason);
            browser.findElement(By.id("signOutForm:signOut")).click();
            new SignInPage.Heading(browser).waitFor("Sign in to cinplan");

            signIn = SignInPage.open(browser, base);
            signIn.signInAs("auditor.demo", SignInPage.DEMO_PASSWORD);
            signIn.waitForPage("Sweep run log");
            browser.get(base + "audit.xhtml");
            new SignInPage.Heading(browser).waitFor("Audit trail");
            assertShownAsText(browser, "audit-trail", reason);
        } finally {
            browser.quit();
        }
    }

    private static void assertShownAsText(WebDriver browser, String page, String text) {
        Browser.screenshot(browser, "hostile-" + page);
        assertThat(browser.findElements(By.cssSelector("[id*='" + HostileInputs.MARKER + "']")))
                .as("elements injected into the " + page + " page").isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(text);
    }

    /** A weekday far ahead, a different one per turn, so closures with hostile reasons are stored and listed. */
    private static String storableClosureDate(int turn) {
        LocalDate date = LocalDate.of(2098, 1, 1).plusDays(turn * 3L);
        while (date.getDayOfWeek().getValue() > 5) {
            date = date.plusDays(1);
        }
        return date.format(UK);
    }

    /** As {@link #check}, and an API call must not be answered with a page (such as the sign-in page) instead. */
    private void checkApi(String target, String input, FormSession.Answer answer) {
        check(target, input, answer);
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.status() == 200 && answer.isHtml()) {
            problems.add(target + " → an HTML page instead of data for \"" + input + "\"");
        }
    }

    /** Records what is wrong with one response: a server error, a stack trace, or an input that became markup. */
    private void check(String target, String input, FormSession.Answer answer, String... expectedHeadings) {
        String shown = input.length() > 60 ? input.substring(0, 60) + "…" : input;
        if (answer.status() >= 500) {
            problems.add(target + " → " + answer.status() + " for \"" + shown + "\": " + abbreviated(answer.body()));
            return;
        }
        if (answer.body().contains("at org.cinplan.") || answer.body().contains("Caused by:")) {
            problems.add(target + " → a stack trace for \"" + shown + "\"");
        }
        if (answer.isHtml()) {
            Document page = Jsoup.parse(answer.body());
            Element heading = page.selectFirst("h1");
            String landedOn = heading == null ? "a page with no heading" : heading.text();
            if (expectedHeadings.length > 0 && !List.of(expectedHeadings).contains(landedOn)) {
                problems.add(target + " → landed on \"" + landedOn + "\" for \"" + shown + "\"");
            }
            if (!page.select("[id*=" + HostileInputs.MARKER + "]").isEmpty()) {
                problems.add(target + " → live markup for \"" + shown + "\": " + page.select("[id*=" + HostileInputs.MARKER + "]").first());
            }
        } else if (input.contains("<") && answer.body().contains(input)) {
            problems.add(target + " → " + answer.contentType() + " echoes \"" + shown + "\" unescaped");
        }
    }

    private static String abbreviated(String body) {
        String text = Jsoup.parse(body).text();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Percent-encodes every byte outside the unreserved characters (a lone surrogate becomes "?" in UTF-8). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
