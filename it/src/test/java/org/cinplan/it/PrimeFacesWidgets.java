package org.cinplan.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Drives PrimeFaces widgets the way a user does: by clicking and typing. */
public final class PrimeFacesWidgets {

    private PrimeFacesWidgets() {
    }

    /**
     * Opens a p:selectOneMenu and clicks the option with this label. The panel animates open and shut, so a click
     * can land while it moves: the choice is checked and the whole gesture tried again.
     */
    public static void selectOne(WebDriver driver, String menuId, String optionLabel) {
        String escaped = menuId.replace(":", "\\:");
        By menu = By.id(menuId);
        By option = By.cssSelector("#" + escaped + "_items li[data-label='" + optionLabel + "']");
        By panel = By.cssSelector("#" + escaped + "_panel");
        WebDriverWait shortWait = new WebDriverWait(driver, Duration.ofSeconds(5));
        for (int attempt = 1; ; attempt++) {
            try {
                shortWait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
                shortWait.until(ExpectedConditions.elementToBeClickable(menu)).click();
                shortWait.until(ExpectedConditions.elementToBeClickable(option)).click();
                shortWait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), optionLabel));
                shortWait.until(ExpectedConditions.invisibilityOfElementLocated(panel));
                return;
            } catch (WebDriverException notYet) {
                if (attempt == 4) {
                    throw notYet;
                }
                driver.findElement(By.tagName("h1")).click(); // closes an open panel before the next try
            }
        }
    }

    /**
     * Clicks an ajax button whose response re-renders it (update="@form") and waits until the old button is gone,
     * so the next step never acts on the page from before the response.
     */
    public static void clickAndAwaitUpdate(WebDriver driver, String buttonId) {
        WebElement button = driver.findElement(By.id(buttonId));
        button.click();
        wait(driver).until(ExpectedConditions.stalenessOf(button));
    }

    /**
     * Clicks a destructive action's button, answers yes in its confirmation dialog (p:confirm) and waits for the
     * update; hands back what the dialog asked.
     */
    public static String clickConfirmAndAwaitUpdate(WebDriver driver, String buttonId) {
        WebElement button = driver.findElement(By.id(buttonId));
        button.click();
        By dialog = By.cssSelector(".ui-confirm-dialog");
        WebElement shown = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(dialog));
        String asked = shown.findElement(By.cssSelector(".ui-dialog-title")).getText() + " "
                + shown.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
        shown.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        wait(driver).until(ExpectedConditions.stalenessOf(button));
        return asked;
    }

    /** Types a date given as dd/mm/yyyy into a cp:dateInput's day, month and year fields, replacing what they held. */
    public static void typeDate(WebDriver driver, String dateId, String ukDate) {
        String[] parts = ukDate.split("/", -1);
        String[] names = {"day", "month", "year"};
        for (int i = 0; i < names.length; i++) {
            WebElement field = driver.findElement(By.id(dateId + ":" + names[i]));
            field.clear();
            field.sendKeys(i < parts.length ? parts[i] : "");
        }
    }

    /** Types a date and time (dd/mm/yyyy hh:mm) into a p:datePicker, replacing what it held. */
    public static void typeDateTime(WebDriver driver, String pickerId, String ukDateTime) {
        WebElement input = driver.findElement(By.id(pickerId + "_input"));
        input.clear();
        input.sendKeys(ukDateTime);
    }

    /** A cp:dateInput's day, month and year fields as shown, joined by slashes ("1/2/2027", "31/2/2027"). */
    public static String dateShown(WebDriver driver, String dateId) {
        return driver.findElement(By.id(dateId + ":day")).getAttribute("value") + "/"
                + driver.findElement(By.id(dateId + ":month")).getAttribute("value") + "/"
                + driver.findElement(By.id(dateId + ":year")).getAttribute("value");
    }

    /**
     * The text of the first page of a paged data table ({@code tableCss}, e.g. {@code #team\\:alerts}) that contains
     * {@code text}, paging on for at most 20 pages (other tests add cases and staff to the demo team, ordered first).
     */
    public static String pageUntilShown(WebDriver driver, String tableCss, String text) {
        for (int page = 0; page < 20; page++) {
            WebElement table = driver.findElement(By.cssSelector(tableCss));
            if (table.getText().contains(text)) {
                return table.getText();
            }
            driver.findElement(By.cssSelector(tableCss + " .ui-paginator-next")).click();
            wait(driver).until(ExpectedConditions.stalenessOf(table.findElement(By.cssSelector("tbody tr"))));
        }
        throw new AssertionError("No \"" + text + "\" in the first 20 pages of " + tableCss);
    }

    public static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
