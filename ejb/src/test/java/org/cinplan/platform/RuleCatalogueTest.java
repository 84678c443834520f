package org.cinplan.platform;

import org.cinplan.schedule.RuleId;
import org.cinplan.schedule.StatutoryRule;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule id of the catalogue (RULES.md version 2, checked in under {@code src/test/resources/policy}) is known to the
 * deadline engine ({@link RuleId}) or the checks ({@link CheckRule}), is named where users read why, and is tested; and
 * nothing in the code claims an id the catalogue lacks. Each failure lists the ids concerned.
 */
class RuleCatalogueTest {

    /** A table row whose first cell holds rule ids: "| MIN_DURATION_FROM_START | ..." or "| ASSESSMENT_DUE, ASSESSMENT_REFRESH |". */
    private static final Pattern ID_ROW = Pattern.compile("^\\| ([A-Z][A-Z0-9_]+(?:, [A-Z][A-Z0-9_]+)*) \\|", Pattern.MULTILINE);
    /** The module's folder when Maven runs the tests; the other modules and the shared policy are beside it. */
    private static final Path MODULE = Path.of("").toAbsolutePath();
    /**
     * Catalogue ids nothing enforces yet, each with why: the build says so here rather than passing over them, and
     * {@link #theKnownGapsAreStillGaps()} fails once one is built, so it leaves this list.
     */
    private static final Set<String> NOT_BUILT_YET = Set.of();

    private static String catalogue() {
        try (InputStream in = RuleCatalogueTest.class.getResourceAsStream("/policy/RULES.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> catalogueIds() {
        Set<String> ids = new TreeSet<>();
        Matcher m = ID_ROW.matcher(catalogue());
        while (m.find()) {
            ids.addAll(Arrays.asList(m.group(1).split(", ")));
        }
        return ids;
    }

    private static Set<String> codeIds() {
        return Stream.concat(Arrays.stream(RuleId.values()).map(Enum::name), Arrays.stream(CheckRule.values()).map(Enum::name))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theCheckedInCopyIsVersionTwoWithEveryTable() {
        assertThat(catalogue()).startsWith("# The rule catalogue (version 2,");
        assertThat(catalogueIds()).hasSize(37).contains("MIN_DURATION_FROM_START", "CLOSURE_APPROVED", "FSP_NOT_CASE_RESPONSIBLE");
    }

    @Test
    void theCheckedInCopyIsTheSharedCatalogueWhereTheBuildCanReachIt() throws IOException {
        Path shared = MODULE.resolve("../../shared/policy/RULES.md").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(shared), "the shared policy folder is not beside this checkout");
        assertThat(catalogue()).as("copy the new RULES.md into ejb/src/test/resources/policy and follow what changed")
                .isEqualTo(Files.readString(shared));
    }

    @Test
    void everyCatalogueIdIsKnownToTheEngineOrTheChecks() {
        Set<String> unknown = new TreeSet<>(catalogueIds());
        unknown.removeAll(codeIds());
        unknown.removeAll(NOT_BUILT_YET);
        assertThat(unknown).as("catalogue ids neither RuleId nor CheckRule knows").isEmpty();
    }

    @Test
    void theCodeClaimsNoIdTheCatalogueLacks() {
        Set<String> extra = new TreeSet<>(codeIds());
        extra.removeAll(catalogueIds());
        assertThat(extra).as("RuleId or CheckRule ids that RULES.md does not have").isEmpty();
    }

    /** Statutory timescales ({@link StatutoryRule}) stand beside the catalogue: none takes a catalogue id, each is tested. */
    @Test
    void everyStatutoryRuleHasAnIdOfItsOwnThatATestNames() {
        String tests = read(List.of(MODULE.resolve("src/test/java"), MODULE.resolve("../web/src/test/java"),
                MODULE.resolve("../it/src/test/java")), getClass().getSimpleName() + ".java");
        assertThat(Arrays.stream(StatutoryRule.values()).map(Enum::name))
                .doesNotContainAnyElementsOf(catalogueIds()).doesNotContainAnyElementsOf(codeIds())
                .allSatisfy(id -> assertThat(Pattern.compile("\\b" + id + "\\b").matcher(tests).find())
                        .as(id + " is named in a test").isTrue());
    }

    @Test
    void noValidityRuleTakesACatalogueId() {
        Set<String> validity = Arrays.stream(Validity.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(RuleCatalogueTest::value).collect(Collectors.toSet());
        assertThat(validity).isNotEmpty().doesNotContainAnyElementsOf(catalogueIds());
    }

    @Test
    void theKnownGapsAreStillGaps() {
        String code = read(List.of(MODULE.resolve("src/main/java"), MODULE.resolve("../web/src/main")), "");
        assertThat(NOT_BUILT_YET).allSatisfy(id -> {
            assertThat(catalogueIds()).contains(id);
            assertThat(codeIds()).doesNotContain(id);
            assertThat(code).as(id + " is built now: take it off NOT_BUILT_YET").doesNotContain(id);
        });
    }

    /** A check names its rule in what users read: a refusal, a warning or a page's text. */
    @Test
    void everyCheckIsNamedInTextUsersRead() {
        String userText = read(List.of(MODULE.resolve("src/main/java"), MODULE.resolve("../web/src/main")), "");
        Set<String> unnamed = Arrays.stream(CheckRule.values()).map(Enum::name)
                .filter(id -> !Pattern.compile("(\"[^\"\\n]*|<p>[^<]*)\\b" + id + "\\b").matcher(userText).find())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unnamed).as("checks whose id no refusal, warning or page names").isEmpty();
    }

    @Test
    void everyCatalogueIdIsNamedInATest() {
        String tests = read(List.of(MODULE.resolve("src/test/java"), MODULE.resolve("../web/src/test/java"),
                MODULE.resolve("../it/src/test/java")), getClass().getSimpleName() + ".java");
        Set<String> untested = catalogueIds().stream().filter(id -> !NOT_BUILT_YET.contains(id))
                .filter(id -> !Pattern.compile("\\b" + id + "\\b").matcher(tests).find())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(untested).as("catalogue ids no test names").isEmpty();
    }

    /** Every Java and XHTML file under the folders, but the one named {@code except}, as one text. */
    private static String read(List<Path> roots, String except) {
        StringBuilder all = new StringBuilder();
        for (Path root : roots) {
            assertThat(root).as("the build runs in the ejb module, beside web and it").isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xhtml"))
                        .filter(f -> !f.getFileName().toString().equals(except))
                        .forEach(f -> {
                            try {
                                all.append(Files.readString(f)).append('\n');
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
