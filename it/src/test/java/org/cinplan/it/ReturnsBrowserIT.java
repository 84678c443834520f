package org.cinplan.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data officer generates a census on the returns page, reloads the page while it is generated (its progress is
 * in the database, not the session), waits for the history to offer the file and downloads it: the file is the
 * census whose SHA-256 the history shows. An auditor then sees the return in the history, with no download.
 */
class ReturnsBrowserIT extends BrowserJourney {

    @Test
    void aDataOfficerGeneratesACensusFollowsItsProgressAndDownloadsIt() throws Exception {
        signInAs("data.demo", "Statutory returns");
        PrimeFacesWidgets.clickAndAwaitUpdate(browser, "census:generate");
        assertThat(browser.findElement(By.id("census:messages")).getText()).contains("is being generated");
        WebElement asked = newestReturn();
        assertThat(asked.getText()).contains("Children in Need census", "data.demo").containsAnyOf("Running", "Done");

        browser.navigate().refresh(); // the generation goes on; the history, polling, shows it finish
        new SignInPage.Heading(browser).waitFor("Statutory returns");
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfNestedElementLocatedBy(
                By.cssSelector("#history\\:returns_data tr:first-child"), By.cssSelector("a.download")));
        Browser.screenshot(browser, "returns-history");
        WebElement kept = newestReturn();
        assertThat(kept.getText()).contains("Done", "data.demo");
        String sha256 = kept.findElement(By.cssSelector(".sha256")).getText();
        assertThat(sha256).matches("[0-9a-f]{64}");
        String href = kept.findElement(By.cssSelector("a.download")).getAttribute("href");

        HttpResponse<byte[]> file = download(href);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("cin-census-");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body()))).isEqualTo(sha256);
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).contains("<Collection>CIN</Collection>");
        signOut();

        signInAs("auditor.demo", "Sweep run log");
        browser.get(base + "returns.xhtml");
        new SignInPage.Heading(browser).waitFor("Statutory returns");
        assertThat(newestReturn().getText()).contains(sha256);
        assertThat(browser.findElements(By.cssSelector("a.download"))).as("auditors see the history, not the data").isEmpty();
        assertThat(browser.findElements(By.id("census:generate"))).isEmpty();
        assertThat(download(href).statusCode()).as("nor can they fetch the file").isEqualTo(403);
    }

    private WebElement newestReturn() {
        return browser.findElement(By.cssSelector("#history\\:returns_data tr:first-child"));
    }
}
