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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input under load, as a browser sends it: the same form sent twice (a double click, a retry), an old page's form
 * sent again after a save (the back button), a postback after the session ended. Nothing is saved twice, nothing saved
 * is lost, and each gets an answer that says what happened.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoubleSubmitIT {

    private static final String SENT_TWICE = "This form was already sent and saved";
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");
    private static final Pattern AWAITING_WRITE_UP = Pattern.compile(
            "name=\"writeUp:visitChoice_input\".*?</select>", Pattern.DOTALL);
    private static final Pattern VISIT_OPTION = Pattern.compile("<option value=\"\\d+\"");
    private static final Pattern BOOKING = Pattern.compile("class=\"booking booking-");
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cinplanEar();
    }

    @ArquillianResource
    private URL base;

    @Test
    void theSameVisitFormSentTwiceRecordsOneVisitAndTheSecondIsToldItWasAlreadySaved() {
        WebSession worker = WebSession.signedInAs(base, "sw.demo");
        String page = worker.get(casePath()).body();
        int before = visitsAwaitingWriteUp(page);
        Map<String, String> form = visitForm(page, "Double submit: one visit");

        String first = worker.post(casePath(), form).body();
        String second = worker.post(casePath(), form).body();

        assertThat(first).contains("Visit recorded");
        assertThat(second).contains(SENT_TWICE).doesNotContain("Visit recorded");
        assertThat(visitsAwaitingWriteUp(worker.get(casePath()).body())).isEqualTo(before + 1);
    }

    @Test
    void anOldPagesFormSentAgainAfterASaveIsRefusedWhileTheNextPagesFormSaves() {
        WebSession worker = WebSession.signedInAs(base, "sw.demo");
        String oldPage = worker.get(casePath()).body();
        int before = visitsAwaitingWriteUp(oldPage);
        assertThat(worker.post(casePath(), visitForm(oldPage, "Back button: first visit")).body()).contains("Visit recorded");
        String nextPage = worker.get(casePath()).body();

        String resent = worker.post(casePath(), visitForm(oldPage, "Back button: first visit")).body();
        String another = worker.post(casePath(), visitForm(nextPage, "Back button: a second visit")).body();

        assertThat(resent).contains(SENT_TWICE);
        assertThat(another).contains("Visit recorded");
        assertThat(visitsAwaitingWriteUp(worker.get(casePath()).body())).isEqualTo(before + 2);
    }

    @Test
    void visitsRecordedOnOneCaseAtTheSameMomentAreAllSavedAndEachPersonIsToldSo() throws Exception {
        int people = 6;
        List<WebSession> workers = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            WebSession worker = WebSession.signedInAs(base, "sw.demo");
            workers.add(worker);
            pages.add(worker.get(casePath()).body());
        }
        int before = visitsAwaitingWriteUp(pages.get(0));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                WebSession worker = workers.get(i);
                Map<String, String> form = visitForm(pages.get(i), "Recorded at the same moment, " + (i + 1));
                answers.add(pool.submit(() -> {
                    start.await();
                    return worker.post(casePath(), form).body();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).contains("Visit recorded");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(visitsAwaitingWriteUp(workers.get(0).get(casePath()).body())).isEqualTo(before + people);
    }

    @Test
    void theSameBookingFormSentTwiceBooksOneMeeting() {
        WebSession worker = WebSession.signedInAs(base, "sw.demo");
        String page = worker.get(casePath()).body();
        int before = count(BOOKING, page);
        Map<String, String> form = postback(page, "booking", "book");
        form.put("booking:startsAt_input", LocalDate.now().plusDays(14).format(UK_DATE) + " 16:30");
        form.put("booking:duration", "60");
        form.put("booking:venue", "Double submit: family centre");

        String first = worker.post(casePath(), form).body();
        String second = worker.post(casePath(), form).body();

        assertThat(first).contains("Meeting booked");
        assertThat(second).contains(SENT_TWICE);
        assertThat(count(BOOKING, worker.get(casePath()).body())).isEqualTo(before + 1);
    }

    @Test
    void aPostbackAfterTheSessionEndedSavesNothingTheSignInPageSaysSoAndWhatWasSavedBeforeIsKept() {
        WebSession worker = WebSession.signedInAs(base, "sw.demo");
        String page = worker.get(casePath()).body();
        assertThat(worker.post(casePath(), visitForm(page, "Saved before the session ended")).body())
                .contains("Visit recorded");
        int saved = visitsAwaitingWriteUp(worker.get(casePath()).body());
        // The session ends on the server (as a timeout ends it) while the browser keeps its cookie and the page.
        HttpResponse<String> signedOut = worker.post(casePath(), postback(page, "signOutForm", "signOut"));
        assertThat(signedOut.statusCode()).isEqualTo(302);

        HttpResponse<String> late = worker.post(casePath(), visitForm(page, "Sent after the session ended"));

        assertThat(late.statusCode()).isEqualTo(302);
        assertThat(late.headers().firstValue("Location").orElseThrow()).contains("login.xhtml");
        assertThat(worker.get("login.xhtml").body()).contains("Your session ended", "Everything you");
        WebSession again = WebSession.signedInAs(base, "sw.demo");
        assertThat(visitsAwaitingWriteUp(again.get(casePath()).body())).as("the visit saved before; not the late one")
                .isEqualTo(saved);
    }

    private String casePath() {
        return "case.xhtml?episode=" + DemoCases.firstUnrestricted(base).episodeId();
    }

    /** The record-a-visit form of the page, filled in as a browser without script sends it (a full postback). */
    private static Map<String, String> visitForm(String page, String purpose) {
        Map<String, String> form = postback(page, "visit", "save");
        form.putAll(FormSession.dateFields("visit:visitDate", LocalDate.now().format(UK_DATE)));
        form.put("visit:announced", "false");
        form.put("visit:purpose", purpose);
        form.put("visit:childSeen_input", "on");
        form.put("visit:seenAlone_input", "on");
        return form;
    }

    /** A full postback of the page's form by its button, with every hidden field of that form (its submission id). */
    private static Map<String, String> postback(String page, String formId, String buttonId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"(" + formId + ":submission)\"[^>]*value=\"([^\"]*)\""
                + "|<input[^>]*name=\"(" + formId + ":submission)\"[^>]*type=\"hidden\"[^>]*value=\"([^\"]*)\"").matcher(page);
        if (hidden.find()) {
            form.put(formId + ":submission", hidden.group(2) != null ? hidden.group(2) : hidden.group(4));
        }
        form.put(formId + ":" + buttonId, "");
        form.put("jakarta.faces.ViewState", WebSession.viewState(page));
        Matcher nonce = NONCE.matcher(page);
        if (nonce.find()) {
            form.put("primefaces.nonce", nonce.group(1));
        }
        return form;
    }

    private static int visitsAwaitingWriteUp(String casePage) {
        Matcher list = AWAITING_WRITE_UP.matcher(casePage);
        return list.find() ? count(VISIT_OPTION, list.group()) : 0;
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }
}
