package org.cinplan.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The open-episode page's form, filled as a worker does for a new child's standard episode. */
final class EpisodeForm {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private EpisodeForm() {
    }

    /** Fills every field for a new girl born 14/03/2017, referred by her school five days before the decision, and saves. */
    static void openForNewChild(WebDriver browser, String givenName, String familyName, LocalDate decision) {
        browser.findElement(By.id("episode:givenName")).sendKeys(givenName);
        browser.findElement(By.id("episode:familyName")).sendKeys(familyName);
        PrimeFacesWidgets.typeDate(browser, "episode:dateOfBirth", "14/03/2017");
        PrimeFacesWidgets.selectOne(browser, "episode:sex", "Female");
        PrimeFacesWidgets.typeDate(browser, "episode:referralDate", decision.minusDays(5).format(UK));
        PrimeFacesWidgets.typeDate(browser, "episode:decisionDate", decision.format(UK));
        PrimeFacesWidgets.selectOne(browser, "episode:source", "A school (2A)");
        PrimeFacesWidgets.selectOne(browser, "episode:need", "N1 Abuse or neglect");
        browser.findElement(By.id("episode:save")).click();
        new SignInPage.Heading(browser).waitFor(givenName + " " + familyName);
    }
}
