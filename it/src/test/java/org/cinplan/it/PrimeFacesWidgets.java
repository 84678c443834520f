package org.cinplan.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** Drives PrimeFaces widgets the way a user does: by clicking and typing. */
public final class PrimeFacesWidgets {

    private PrimeFacesWidgets() {
    }

    /** Opens a p:selectOneMenu and clicks the option with this label. */
    public static void selectOne(WebDriver driver, String menuId, String optionLabel) {
        driver.findElement(By.id(menuId)).click();
        By option = By.cssSelector("#" + menuId.replace(":", "\\:") + "_items li[data-label='" + optionLabel + "']");
        wait(driver).until(ExpectedConditions.elementToBeClickable(option)).click();
    }

    public static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }
}
