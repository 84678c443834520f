package org.cinplan.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.cinplan.schedule.BankHoliday;
import org.cinplan.schedule.GovUkBankHolidays;
import org.cinplan.schedule.ProjectedBankHolidays;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators add and disable users and keep the working-day calendar, in headless Chromium. */
class AdministrationBrowserIT extends BrowserJourney {

    private static final String ADMIN = "admin.demo";
    private static final String PASSWORD = "marigold quarry lantern";
    private static final String READING_TEAM = "Reading Children in Need Team (Reading)";

    @Test
    void anAdministratorAddsAUserWhoThenSignsIn() {
        String username = "it.browser-" + UUID.randomUUID().toString().substring(0, 6);
        signInAsAdministrator();

        addUser(username, "Harper Quennell");
        Browser.screenshot(browser, "admin-user-added");
        assertThat(browser.findElement(By.id("users:staff")).getText())
                .contains(username, "Harper Quennell", "Reading Children in Need Team", "Social worker", "Enabled");
        signOut();

        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs(username, PASSWORD);
        signIn.waitForPage("My caseload");
        assertThat(browser.findElement(By.tagName("header")).getText()).contains("Signed in as " + username);
    }

    @Test
    void anAdministratorMakesAMemberOfATeamABudgetHolderAndTakesItAway() {
        String username = "it.budget-" + UUID.randomUUID().toString().substring(0, 6);
        signInAsAdministrator();
        addUser(username, "Bryony Holder");

        clickInRowOf(username, "Make budget holder");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("users:messages"), username + " is now a budget holder"));
        assertThat(browser.findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]")).getText())
                .contains("Social worker; budget holder", "No longer budget holder");

        clickInRowOf(username, "No longer budget holder");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("users:messages"), username + " is no longer a budget holder"));
        assertThat(browser.findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]")).getText())
                .doesNotContain("Social worker; budget holder").contains("Make budget holder");
    }

    @Test
    void aWeakInitialPasswordIsRefusedAtTheField() {
        signInAsAdministrator();
        openUsersPage();
        browser.findElement(By.id("create:username")).sendKeys("it.weak-" + UUID.randomUUID().toString().substring(0, 6));
        browser.findElement(By.id("create:fullName")).sendKeys("Weak Password");
        chooseRole("Social worker");
        browser.findElement(By.id("create:password")).sendKeys("short");
        browser.findElement(By.id("create:add")).click();

        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("create"), "Your password must be at least 12 characters long; this one has 5."));
        Browser.screenshot(browser, "admin-weak-password");
        assertThat(browser.findElement(By.id("create")).getText()).doesNotContain("Added ");
        assertThat(browser.findElement(By.id("create:messages")).getText())
                .as("the error summary at the top of the form names the problem").contains("There is a problem", "at least 12");
    }

    @Test
    void aDisabledUserIsRefusedAtSignIn() {
        String username = "it.disabled-" + UUID.randomUUID().toString().substring(0, 6);
        signInAsAdministrator();
        addUser(username, "Rowan Pellew");

        disable(username);
        signOut();

        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs(username, PASSWORD);
        signIn.waitForPage("Sign in to cinplan");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Sign-in refused: the username or password is not right.");
    }

    @Test
    void disablingAUserEndsTheirOpenSessionAtTheirNextRequest() {
        String username = "it.ended-" + UUID.randomUUID().toString().substring(0, 6);
        signInAsAdministrator();
        addUser(username, "Morgan Tresize");
        WebSession theirs = WebSession.signedInAs(base, username, PASSWORD);
        assertThat(theirs.get("calculator.xhtml").statusCode()).isEqualTo(200);

        disable(username);

        HttpResponse<String> next = theirs.get("calculator.xhtml");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).contains("login.xhtml?ended=true");
        HttpResponse<String> after = theirs.get("calculator.xhtml");
        assertThat(after.statusCode()).as("the session is gone, not just one request refused").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).contains("login.xhtml")
                .doesNotContain("ended=true");
    }

    @Test
    void aResetPasswordEndsTheirSessionsAndMustBeChangedAtTheirNextSignIn() {
        String username = "it.reset-" + UUID.randomUUID().toString().substring(0, 6);
        String reset = "periwinkle harbour violin";
        String theirOwn = "saffron tunnel orchard";
        signInAsAdministrator();
        addUser(username, "Ellis Varga");
        WebSession theirs = WebSession.signedInAs(base, username, PASSWORD);
        assertThat(theirs.get("calculator.xhtml").statusCode()).isEqualTo(200);

        browser.findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]//button[normalize-space()='Reset password']"))
                .click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("reset:newPassword")));
        browser.findElement(By.id("reset:newPassword")).sendKeys(reset);
        browser.findElement(By.id("reset:setPassword")).click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("reset:messages"), "Set a new password for " + username));

        HttpResponse<String> next = theirs.get("calculator.xhtml");
        assertThat(next.statusCode()).as("the session they had open has ended").isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).contains("login.xhtml?ended=true");
        signOut();

        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs(username, reset);
        signIn.waitForPage("Change your password");
        browser.get(base + "caseload.xhtml");
        signIn.waitForPage("Change your password");
        Browser.screenshot(browser, "must-change-password");
        browser.findElement(By.id("password:current")).sendKeys(reset);
        browser.findElement(By.id("password:newPassword")).sendKeys(theirOwn);
        browser.findElement(By.id("password:confirmation")).sendKeys(theirOwn);
        browser.findElement(By.id("password:change")).click();
        signIn.waitForPage("My caseload");
        signOut();

        signIn = SignInPage.open(browser, base);
        signIn.signInAs(username, theirOwn);
        signIn.waitForPage("My caseload");
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedAtTheField() {
        String username = "it.own-" + UUID.randomUUID().toString().substring(0, 6);
        signInAsAdministrator();
        addUser(username, "Jude Calloway");
        signOut();
        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs(username, PASSWORD);
        signIn.waitForPage("My caseload");

        browser.get(base + "password.xhtml");
        signIn.waitForPage("Change your password");
        browser.findElement(By.id("password:current")).sendKeys("not my password at all");
        browser.findElement(By.id("password:newPassword")).sendKeys("short");
        browser.findElement(By.id("password:confirmation")).sendKeys("short");
        browser.findElement(By.id("password:change")).click();
        signIn.waitForPage("Change your password");
        assertThat(browser.findElement(By.id("password")).getText())
                .contains("That is not your current password.", "at least 12 characters");
        signOut();

        signIn = SignInPage.open(browser, base);
        signIn.signInAs(username, PASSWORD);
        signIn.waitForPage("My caseload");
    }

    @Test
    void anAdministratorAddsAndRemovesAClosure() {
        LocalDate date = aQuietWednesday();
        String ukDate = date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String reason = "IT closure " + UUID.randomUUID().toString().substring(0, 8);
        signInAsAdministrator();
        openCalendarPage();

        PrimeFacesWidgets.typeDate(browser, "closures:date", ukDate);
        browser.findElement(By.id("closures:reason")).sendKeys(reason);
        browser.findElement(By.id("closures:add")).click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("closures:messages"), "Added a closure on " + ukDate));
        Browser.screenshot(browser, "admin-closure-added");
        assertThat(browser.findElement(By.xpath("//tr[td[normalize-space()='" + reason + "']]")).getText())
                .contains(ukDate, ADMIN);

        browser.findElement(By.xpath("//tr[td[normalize-space()='" + reason + "']]//button[normalize-space()='Remove']"))
                .click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("closures:messages"), "Removed the closure on " + ukDate));
        assertThat(browser.findElement(By.id("closures:closureTable")).getText()).doesNotContain(reason);
    }

    @Test
    void aMalformedBankHolidaysFileShowsWhyAndChangesNothing() throws IOException {
        Path file = Files.createTempFile("bank-holidays", ".json");
        Files.writeString(file, "{ \"england-and-wales\": ", StandardCharsets.UTF_8);
        try {
            signInAsAdministrator();
            openCalendarPage();
            String source = browser.findElement(By.id("source")).getText();
            String covered = browser.findElement(By.id("covered")).getText();

            browser.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(file.toAbsolutePath().toString());
            browser.findElement(By.id("upload:load")).click();

            PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("upload"), "That file was not loaded"));
            Browser.screenshot(browser, "admin-bad-upload");
            assertThat(browser.findElement(By.id("source")).getText()).isEqualTo(source);
            assertThat(browser.findElement(By.id("covered")).getText()).isEqualTo(covered);
            assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Exception", "at org.");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void newerBankHolidaysReplaceTheProjectedOnesAndSayWhatMoved() throws IOException {
        // GOV.UK's data as shipped, and 2028 as it might be published: a one-off holiday on 2 Jun, no Summer holiday.
        List<BankHoliday> published = new ArrayList<>(GovUkBankHolidays.shipped().englandAndWales());
        ProjectedBankHolidays.forYear(2028).stream().filter(h -> !h.date().equals(LocalDate.of(2028, 8, 28)))
                .forEach(published::add);
        published.add(new BankHoliday(LocalDate.of(2028, 6, 2), "A one-off bank holiday"));
        Path newer = bankHolidaysFile(published);
        Path shipped = bankHolidaysFile(GovUkBankHolidays.shipped().englandAndWales());
        try {
            signInAsAdministrator();
            openCalendarPage();
            upload(newer);
            PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("upload"), "From 1 Jan 2028 to 31 Dec 2028 the published bank holidays replace the projected"
                            + " ones: 7 projected dates were confirmed."));
            Browser.screenshot(browser, "admin-newer-bank-holidays");
            assertThat(browser.findElement(By.id("upload")).getText())
                    .contains("Published but not projected: 2 Jun 2028 (A one-off bank holiday).")
                    .contains("Projected but not published (working days now): 28 Aug 2028 (Summer Bank Holiday).")
                    .contains("Every open case's deadlines were recomputed (sweep run ");
            assertThat(browser.findElement(By.id("covered")).getText()).isEqualTo("01/01/2018 to 31/12/2028");
        } finally {
            upload(shipped); // the other tests count on the shipped data
            PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("covered"), "01/01/2018 to 31/12/2027"));
            Files.deleteIfExists(newer);
            Files.deleteIfExists(shipped);
        }
    }

    private void upload(Path file) {
        browser.findElement(By.cssSelector("#upload input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload:load")).click();
    }

    /** A file in the GOV.UK format holding these England and Wales bank holidays. */
    private static Path bankHolidaysFile(List<BankHoliday> holidays) throws IOException {
        JsonArrayBuilder events = Json.createArrayBuilder();
        holidays.forEach(h -> events.add(Json.createObjectBuilder().add("title", h.title()).add("date", h.date().toString())
                .add("notes", "").add("bunting", true)));
        Path file = Files.createTempFile("bank-holidays", ".json");
        Files.writeString(file, Json.createObjectBuilder().add("england-and-wales", Json.createObjectBuilder()
                .add("division", "england-and-wales").add("events", events)).build().toString(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aSocialWorkerCannotOpenTheAdministrationPages() {
        SignInPage signIn = SignInPage.open(browser, base);
        signIn.signInAs("sw.demo", SignInPage.DEMO_PASSWORD);
        signIn.waitForPage("My caseload");

        browser.get(base + "admin-users.xhtml");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Users and teams", "Add a user");
        browser.get(base + "admin-calendar.xhtml");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Add a closure");
    }

    private void disable(String username) {
        clickInRowOf(username, "Disable");
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("users:messages"), "Disabled " + username));
        assertThat(browser.findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]")).getText())
                .contains("Disabled", "Re-enable");
    }

    private void clickInRowOf(String username, String button) {
        browser.findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]//button[normalize-space()='" + button
                + "']")).click();
    }

    private void signInAsAdministrator() {
        signInAs(ADMIN, "Sweep run log");
    }

    private void openUsersPage() {
        browser.get(base + "admin-users.xhtml");
        new SignInPage.Heading(browser).waitFor("Users and teams");
    }

    private void openCalendarPage() {
        browser.get(base + "admin-calendar.xhtml");
        new SignInPage.Heading(browser).waitFor("Working-day calendar");
    }

    private void addUser(String username, String fullName) {
        openUsersPage();
        browser.findElement(By.id("create:username")).sendKeys(username);
        browser.findElement(By.id("create:fullName")).sendKeys(fullName);
        browser.findElement(By.id("create:email")).sendKeys(username + "@cinplan.example");
        PrimeFacesWidgets.selectOne(browser, "create:team", READING_TEAM);
        chooseRole("Social worker");
        browser.findElement(By.id("create:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("create:add")).click();
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("create:messages"), "Added " + username));
        PrimeFacesWidgets.wait(browser).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("users:staff"), username));
    }

    private void chooseRole(String label) {
        browser.findElement(By.xpath("//*[@id='create:roles']//label[normalize-space()='" + label + "']")).click();
    }

    /** A Wednesday in October, which is never a bank holiday, a few years ahead and chosen at random. */
    private static LocalDate aQuietWednesday() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return LocalDate.of(LocalDate.now().getYear() + random.nextInt(2, 8), 10, 1)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY))
                .plusWeeks(random.nextInt(0, 4));
    }
}
