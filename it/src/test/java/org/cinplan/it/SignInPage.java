package org.cinplan.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

/** The sign-in page, as a user sees it. */
public final class SignInPage {

    public static final String DEMO_PASSWORD = "cinplan-demo-2026";

    private final WebDriver driver;

    private SignInPage(WebDriver driver) {
        this.driver = driver;
    }

    public static SignInPage open(WebDriver driver, URL base) {
        driver.get(base + "caseload.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:username")));
        return new SignInPage(driver);
    }

    public void signInAs(String username, String password) {
        driver.findElement(By.id("signIn:username")).clear();
        driver.findElement(By.id("signIn:username")).sendKeys(username);
        driver.findElement(By.id("signIn:password")).clear();
        driver.findElement(By.id("signIn:password")).sendKeys(password);
        driver.findElement(By.id("signIn:submit")).click();
    }

    public void waitForPage(String heading) {
        new Heading(driver).waitFor(heading);
    }

    /** The page's h1, which every page has. */
    public record Heading(WebDriver driver) {
        public void waitFor(String heading) {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
        }
    }
}
