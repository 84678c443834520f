package org.cinplan.it;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs axe-core (from its webjar) on the page the browser shows and returns its WCAG 2.0, 2.1 and 2.2 level A and AA
 * violations. The script goes in through WebDriver, which the pages' Content Security Policy does not govern.
 */
public final class Accessibility {

    /** The axe rule tags checked: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    public static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String AXE_SCRIPT = read("META-INF/resources/webjars/axe-core/" + webjarVersion() + "/axe.min.js");

    /** Runs axe and hands back one line per violation (rule, impact, help, the first few elements and their markup); a string on failure. */
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
              .then(function (result) {
                done(result.violations.map(function (v) {
                  return v.id + ' (' + v.impact + '): ' + v.help + ' at '
                    + v.nodes.slice(0, 5).map(function (n) {
                        return n.target.join(' ') + ' ' + n.html.substring(0, 160);
                      }).join(' | ');
                }));
              })
              .catch(function (e) { done('axe failed: ' + e); });
            """;

    private Accessibility() {
    }

    /** The WCAG A/AA violations on the current page, one line each; empty when there are none. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(AXE_SCRIPT);
        }
        Object result = js.executeAsyncScript(RUN_AXE, WCAG_A_AA);
        if (result instanceof List<?> lines) {
            return (List<String>) lines;
        }
        throw new IllegalStateException(String.valueOf(result));
    }

    /** The version of the axe-core webjar on the class path, from its Maven properties. */
    private static String webjarVersion() {
        java.util.Properties properties = new java.util.Properties();
        try {
            properties.load(new java.io.StringReader(read("META-INF/maven/org.webjars.npm/axe-core/pom.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String read(String resource) {
        try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the test class path: is the axe-core webjar there?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
