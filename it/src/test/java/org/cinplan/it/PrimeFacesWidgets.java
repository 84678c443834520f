package org.cinplan.it;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Drives PrimeFaces widgets the way a user does: by clicking and typing. */
public final class PrimeFacesWidgets {

    private PrimeFacesWidgets() {
    }

    /**
     * Opens a p:selectOneMenu and clicks the option with this label. The panel animates open, so a click can
     * land while it moves: the choice is checked and tried again.
     */
    public static void selectOne(WebDriver driver, String menuId, String optionLabel) {
        String escaped = menuId.replace(":", "\\:");
        By option = By.cssSelector("#" + escaped + "_items li[data-label='" + optionLabel + "']");
        By panel = By.cssSelector("#" + escaped + "_panel");
        for (int attempt = 1; ; attempt++) {
            driver.findElement(By.id(menuId)).click();
            wait(driver).until(ExpectedConditions.visibilityOfElementLocated(panel));
            wait(driver).until(ExpectedConditions.elementToBeClickable(option)).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3))
                        .until(ExpectedConditions.textToBe(By.id(menuId + "_label"), optionLabel));
                break;
            } catch (TimeoutException notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
                driver.findElement(By.tagName("h1")).click(); // closes the panel before the next try
            }
        }
        wait(driver).until(ExpectedConditions.invisibilityOfElementLocated(panel));
    }

    /** Types a date into a p:datePicker (its calendar opens only from its button, so typing leaves none open). */
    public static void typeDate(WebDriver driver, String pickerId, String ukDate) {
        driver.findElement(By.id(pickerId + "_input")).sendKeys(ukDate);
    }

    public static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
