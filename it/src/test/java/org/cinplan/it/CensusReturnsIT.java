package org.cinplan.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cinplan.admin.CouncilAdministration;
import org.cinplan.admin.CouncilView;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditEntryView;
import org.cinplan.audit.AuditSearch;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.BusinessRuleViolation;
import org.cinplan.returns.CensusIssue;
import org.cinplan.returns.CensusReturns;
import org.cinplan.returns.CensusValidation;
import org.cinplan.returns.CollectionYear;
import org.cinplan.returns.ReturnCounts;
import org.cinplan.platform.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The DfE Children in Need census of the demo data, validated and exported on a real Payara and database for each
 * council, for the last full year and this year to date. The files are written to {@code it/target/census/}
 * ({@code cin-census-<council>-<year>.xml}) so they can be checked independently after a build: the demo data's children
 * as exported, without those other tests made in the shared database.
 */
@ExtendWith(ArquillianExtension.class)
class CensusReturnsIT {

    private static final Map<String, String> LA_NUMBERS = Map.of(
            "READING", "870", "WEST_BERKSHIRE", "869", "WOKINGHAM", "872", "SUFFOLK", "935");

    /**
     * Rules that what cinplan records cannot break, however the episodes were recorded: a finding of one of these is a
     * fault of the mapping into the census, not of the data.
     */
    private static final Set<String> GUARANTEED_BY_THE_MAPPING = Set.of("100", "8500", "8510", "8590", "8600", "8568",
            "8610", "8650", "8640", "8805", "8810", "8620", "8630", "4000", "4004", "4010", "4011", "4013", "4015",
            "8696");

    /**
     * The demo data's children: their council's first three letters and a number under 100000. Other tests share the
     * database and record children in whatever state their test needs ("IT..." from fixtures, and from 100001 up as
     * EpisodeOpening numbers them); the census rules name those too, but they are not the demo data.
     */
    private static final Pattern DEMO_CHILD = Pattern.compile("[A-Z]{3}0\\d{5}");

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(CensusReturnsIT.class);
    }

    @Inject
    private CensusReturns returns;

    @Inject
    private CouncilAdministration councils;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private AsAdministrator asAdministrator;

    @Inject
    private AsAuditor asAuditor;

    @Inject
    private InRole inRole;

    @Test
    void eachCouncilsCensusIsWrittenForLastYearAndThisYearToDateAsTheSpecificationLaysItOut() throws Exception {
        Path dir = Path.of(System.getProperty("cinplan.it.census-dir", "target/census"));
        Files.createDirectories(dir);
        CollectionYear thisYear = CollectionYear.containing(LocalDate.now());
        for (String council : LA_NUMBERS.keySet()) {
            for (CollectionYear year : List.of(CollectionYear.ending(thisYear.endYear() - 1), thisYear)) {
                Path file = dir.resolve(CensusReturns.fileName(council, year.label()));
                ByteArrayOutputStream exported = new ByteArrayOutputStream();
                CensusValidation validation = asDataOfficer(() -> returns.export(council, year.label(), exported));
                Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(exported.toByteArray()));
                assertThat(text(xml, "LEA")).isEqualTo(LA_NUMBERS.get(council));
                assertThat(text(xml, "Year")).isEqualTo(String.valueOf(year.endYear()));
                assertThat(text(xml, "ReferenceDate")).isEqualTo(year.referenceDate().toString());
                assertThat(xml.getElementsByTagName("Child").getLength()).isEqualTo(validation.children());
                assertThat(uniqueTexts(xml, "LAchildID")).hasSize(validation.children());
                writeTheDemoDatasChildren(xml, file);
                assertThat(xml.getElementsByTagName("GenderCurrent").getLength()).isZero();
                assertThat(validation.issues()).extracting(CensusIssue::code)
                        .as("findings of %s %s that the mapping should have made impossible", council, year.label())
                        .doesNotContainAnyElementsOf(GUARANTEED_BY_THE_MAPPING);
                assertThat(validation.issues()).filteredOn(CensusIssue::blocks)
                        .filteredOn(issue -> issue.laChildId() == null || DEMO_CHILD.matcher(issue.laChildId()).matches())
                        .as("errors in the census of %s %s", council, year.label()).isEmpty();
                System.out.printf("census %s %s: %d children, %d errors, %d queries %s%n", council, year.label(),
                        validation.children(), validation.errors(), validation.queries(),
                        validation.issues().stream().map(CensusIssue::code).distinct().sorted().toList());
                if (year.equals(thisYear)) {
                    assertThat(validation.children()).as("demo children of %s this year", council).isPositive();
                }
            }
        }
    }

    @Test
    void everyDateOfAnEpisodeIsOnOrBeforeTheReferenceDateAndEveryChildHasAnEpisode() throws Exception {
        CollectionYear year = CollectionYear.ending(CollectionYear.containing(LocalDate.now()).endYear() - 1);
        Path file = Files.createTempFile("census", ".xml");
        try (OutputStream out = Files.newOutputStream(file)) {
            asDataOfficer(() -> returns.export("READING", year.label(), out));
        }
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        NodeList episodes = xml.getElementsByTagName("CINdetails");
        for (int e = 0; e < episodes.getLength(); e++) {
            NodeList all = ((Element) episodes.item(e)).getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                String value = all.item(i).getTextContent().strip();
                if (all.item(i).getChildNodes().getLength() == 1 && value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    assertThat(LocalDate.parse(value)).as(((Element) all.item(i)).getTagName())
                            .isBeforeOrEqualTo(year.referenceDate());
                }
            }
        }
        NodeList children = xml.getElementsByTagName("Child");
        for (int i = 0; i < children.getLength(); i++) {
            assertThat(((Element) children.item(i)).getElementsByTagName("CINdetails").getLength()).isPositive();
        }
        Files.delete(file);
    }

    @Test
    void anExportIsAuditedWithItsCounts() throws IOException {
        String year = CollectionYear.containing(LocalDate.now()).label();
        CensusValidation validation;
        try (OutputStream out = OutputStream.nullOutputStream()) {
            validation = asDataOfficer(() -> returns.export("WOKINGHAM", year, out));
        }
        List<AuditEntryView> entries = asAuditor.call(() -> auditTrail.search(new AuditSearch("it-data-officer", null,
                AuditAction.RETURN_EXPORT, null, null), 0, 50)).entries();
        assertThat(entries).extracting(AuditEntryView::recordId).contains("WOKINGHAM " + year);
        assertThat(entries).extracting(AuditEntryView::detail).anySatisfy(detail -> assertThat(detail).startsWith(
                "Exported the Children in Need census " + year + " of WOKINGHAM (LA 872): " + validation.children()
                        + " children, " + validation.errors() + " errors, " + validation.queries() + " queries, serial number "));
    }

    @Test
    void eachExportOfACouncilsYearTakesTheNextSerialNumber() throws Exception {
        String lastYear = CollectionYear.ending(CollectionYear.containing(LocalDate.now()).endYear() - 1).label();
        int first = serialNoOfAnExport("WEST_BERKSHIRE", lastYear);
        assertThat(serialNoOfAnExport("WEST_BERKSHIRE", lastYear)).isEqualTo(first + 1);
        assertThat(serialNoOfAnExport("WEST_BERKSHIRE", "2024-25")).isPositive(); // another year: its own numbers
        assertThat(serialNoOfAnExport("WEST_BERKSHIRE", lastYear)).isEqualTo(first + 2);
    }

    @Test
    void annexAIsAWorkbookOfEveryListUnderOfstedsHeadingsWithList6CellByCellForOneChild() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ReturnCounts counts = asDataOfficer(() -> returns.exportAnnexA("SUFFOLK", today, "XLSX", file, percent -> { }));

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            List<String> sheets = new ArrayList<>();
            int rows = 0;
            for (Sheet each : workbook) {
                sheets.add(each.getSheetName());
                rows += each.getLastRowNum();
            }
            assertThat(sheets).containsExactly("List 3", "List 4", "List 5", "List 6", "List 7");
            assertThat(counts.episodes()).as("every list's rows").isEqualTo(rows);
            Sheet sheet = workbook.getSheet("List 6");
            assertThat(sheet.getLastRowNum()).isPositive();
            DataFormatter cells = new DataFormatter();
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("Child Unique ID");
            assertThat(cells.formatCellValue(sheet.getRow(0).getCell(13))).isEqualTo("Allocated Worker");
            Row leah = rowOf(sheet, "SUF009001");
            // the demo data's Ward family: Leah, referred 50 days before the decision ten months ago, seen 10 days ago
            LocalDate decision = today.minusMonths(10);
            assertThat(cells.formatCellValue(leah.getCell(1))).isEqualTo("F");
            assertThat(cells.formatCellValue(leah.getCell(2))).isEqualTo("WBRI");
            assertThat(cells.formatCellValue(leah.getCell(3))).isEqualTo(uk(today.minusYears(11).minusDays(80)));
            assertThat(cells.formatCellValue(leah.getCell(4))).isEqualTo("11");
            assertThat(cells.formatCellValue(leah.getCell(5))).isEqualTo("No");
            assertThat(cells.formatCellValue(leah.getCell(6))).isEqualTo(uk(decision.minusDays(50)));
            assertThat(cells.formatCellValue(leah.getCell(7))).isEqualTo("N1");
            assertThat(cells.formatCellValue(leah.getCell(8))).isEqualTo(uk(today.minusDays(10)));
            assertThat(cells.formatCellValue(leah.getCell(9))).isEmpty();
            assertThat(cells.formatCellValue(leah.getCell(11))).isEqualTo("Open");
            assertThat(cells.formatCellValue(leah.getCell(12))).isEqualTo("Suffolk Ipswich CIN Team");
            assertThat(cells.formatCellValue(leah.getCell(13))).isEqualTo("Kofi Mensah");
        }
    }

    @Test
    void annexAListsThreeAndSevenTellTheYoungAndKowalskiStoriesCellByCell() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        asDataOfficer(() -> returns.exportAnnexA("READING", today, "XLSX", file, percent -> { }));

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            DataFormatter cells = new DataFormatter();
            // the demo data's Young family: Jade's referral 45 days ago, from the police, closed with no further action
            Row jade = rowOf(workbook.getSheet("List 3"), "REA091001");
            assertThat(cells.formatCellValue(jade.getCell(6))).isEqualTo(uk(today.minusDays(45)));
            assertThat(cells.formatCellValue(jade.getCell(7))).isEqualTo("6");
            assertThat(cells.formatCellValue(jade.getCell(8))).isEqualTo("Yes");
            // the Kowalski family: Marek's child protection plan, neglect then multiple categories, ended 60 days ago
            Sheet list7 = workbook.getSheet("List 7");
            Row marek = rowOf(list7, "REA092001");
            assertThat(cells.formatCellValue(marek.getCell(7))).isEqualTo("NEG");
            assertThat(cells.formatCellValue(marek.getCell(8))).isEqualTo("MUL");
            assertThat(cells.formatCellValue(marek.getCell(12))).isEqualTo(uk(today.minusDays(60)));
            assertThat(cells.formatCellValue(marek.getCell(16))).isEqualTo("Sam Walker");
        }
    }

    @Test
    void annexAList4HasEachAssessmentOfThePeriodCellByCellForOneChild() throws Exception {
        // Leah Ward's initial assessment ran from 40 to 3 days before the decision ten months ago: in the six months
        // to the decision, authorised within them
        LocalDate decision = LocalDate.now(ZoneId.of("Europe/London")).minusMonths(10);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        asDataOfficer(() -> returns.exportAnnexA("SUFFOLK", decision, "XLSX", file, percent -> { }));

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.toByteArray()))) {
            Sheet sheet = workbook.getSheet("List 4");
            DataFormatter cells = new DataFormatter();
            List<String> headings = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headings.add(cells.formatCellValue(cell)));
            assertThat(headings).containsExactly("Child Unique ID", "Gender", "Ethnicity", "Date of Birth",
                    "Age of Child (Years)", "Does the Child have a Disability", "Continuous Assessment Start Date",
                    "Child Seen During Continuous Assessment", "Continuous Assessment Date of Authorisation",
                    "Allocated Team", "Allocated Worker");
            Row leah = rowOf(sheet, "SUF009001");
            LocalDate born = LocalDate.now(ZoneId.of("Europe/London")).minusYears(11).minusDays(80);
            assertThat(cells.formatCellValue(leah.getCell(1))).isEqualTo("F");
            assertThat(cells.formatCellValue(leah.getCell(2))).isEqualTo("WBRI");
            assertThat(cells.formatCellValue(leah.getCell(3))).isEqualTo(uk(born));
            assertThat(cells.formatCellValue(leah.getCell(4)))
                    .isEqualTo(String.valueOf(java.time.Period.between(born, decision).getYears()));
            assertThat(cells.formatCellValue(leah.getCell(5))).isEqualTo("No");
            assertThat(leah.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(decision.minusDays(40));
            assertThat(cells.formatCellValue(leah.getCell(6))).isEqualTo(uk(decision.minusDays(40)));
            // the only visit to the Ward family saw Leah 10 days ago, long after the assessment
            assertThat(cells.formatCellValue(leah.getCell(7))).isEqualTo("No");
            assertThat(cells.formatCellValue(leah.getCell(8))).isEqualTo(uk(decision.minusDays(3)));
            assertThat(cells.formatCellValue(leah.getCell(9))).isEqualTo("Suffolk Ipswich CIN Team");
            assertThat(cells.formatCellValue(leah.getCell(10))).isEqualTo("Kofi Mensah");
        }
    }

    private static Row rowOf(Sheet sheet, String childId) {
        DataFormatter cells = new DataFormatter();
        for (Row row : sheet) {
            if (cells.formatCellValue(row.getCell(0)).equals(childId)) {
                return row;
            }
        }
        throw new AssertionError("no row of " + childId + " on " + sheet.getSheetName());
    }

    private <T> T asDataOfficer(java.util.function.Supplier<T> call) {
        return inRole.call(Role.DATA_OFFICER, call);
    }

    private static String uk(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private int serialNoOfAnExport(String council, String year) throws Exception {
        Path file = Files.createTempFile("census-serial", ".xml");
        try (OutputStream out = Files.newOutputStream(file)) {
            asDataOfficer(() -> returns.export(council, year, out));
        }
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Files.delete(file);
        return Integer.parseInt(text(xml, "SerialNo"));
    }

    @Test
    void validationInYearNamesTheRuleTheMessageTheChildAndTheField() {
        CensusValidation validation = asDataOfficer(() -> returns.validate("READING",
                CollectionYear.containing(LocalDate.now()).label()));
        assertThat(validation.laNumber()).isEqualTo("870");
        assertThat(validation.issues()).allSatisfy(issue -> {
            assertThat(issue.code()).isNotBlank();
            assertThat(issue.message()).isNotBlank();
            assertThat(issue.field()).isNotBlank();
        });
        assertThat(validation.issues()).filteredOn(issue -> issue.laChildId() != null).allSatisfy(issue ->
                assertThat(issue.childRecordId()).as("the record of %s", issue.laChildId()).isNotNull());
    }

    @Test
    void anAdministratorChangesACouncilsLaNumberAndTheReturnStatesIt() {
        try {
            CouncilView changed = asAdministrator.call(() -> councils.changeLaNumber("SUFFOLK", "936"));
            assertThat(changed.laNumber()).isEqualTo("936");
            assertThat(asDataOfficer(() -> returns.validate("SUFFOLK",
                    CollectionYear.containing(LocalDate.now()).label())).laNumber()).isEqualTo("936");
            assertThat(asAuditor.call(() -> auditTrail.search(new AuditSearch("it-administrator", null,
                    AuditAction.ADMIN_CHANGE, null, null), 0, 50)).entries()).extracting(AuditEntryView::detail)
                    .contains("Suffolk's DfE LA number changed from 935 to 936");
        } finally {
            asAdministrator.call(() -> councils.changeLaNumber("SUFFOLK", "935"));
        }
        assertThatThrownBy(() -> asAdministrator.call(() -> councils.changeLaNumber("SUFFOLK", "93")))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("A DfE LA number is three digits, such as 870");
    }

    @Test
    void aBadYearOrCouncilIsRefusedPlainly() {
        assertThatThrownBy(() -> asDataOfficer(() -> returns.validate("READING", "2025-27")))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("2025-27 is not a year: the second part must be the year after the first");
        assertThatThrownBy(() -> asDataOfficer(() -> returns.validate("NOWHERE", "2025-26")))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("There is no council with the code NOWHERE");
        assertThatThrownBy(() -> asDataOfficer(() -> returns.generateCensus("NOWHERE", "2025-26")))
                .isInstanceOf(BusinessRuleViolation.class).hasMessage("There is no council with the code NOWHERE");
    }

    @Test
    void onlyDataOfficersValidateOrExport() {
        assertThatThrownBy(() -> returns.validate("READING", "2025-26")).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asAdministrator.call(() -> returns.validate("READING", "2025-26")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asAuditor.call(() -> returns.export("READING", "2025-26", OutputStream.nullOutputStream())))
                .isInstanceOf(EJBAccessException.class);
    }

    /**
     * The file to check independently is the demo data's census: the children other tests made in the shared test
     * database (in whatever state their test needed) are taken out of the export; the demo children's elements are
     * the export's own, unchanged.
     */
    private static void writeTheDemoDatasChildren(Document xml, Path file) throws Exception {
        NodeList children = xml.getElementsByTagName("Child");
        List<Element> madeByTests = new ArrayList<>();
        for (int i = 0; i < children.getLength(); i++) {
            Element child = (Element) children.item(i);
            String id = child.getElementsByTagName("LAchildID").item(0).getTextContent();
            if (!DEMO_CHILD.matcher(id).matches()) {
                madeByTests.add(child);
            }
        }
        madeByTests.forEach(child -> child.getParentNode().removeChild(child));
        try (OutputStream out = Files.newOutputStream(file)) {
            javax.xml.transform.TransformerFactory.newInstance().newTransformer().transform(
                    new javax.xml.transform.dom.DOMSource(xml), new javax.xml.transform.stream.StreamResult(out));
        }
    }

    private static String text(Document xml, String element) {
        return xml.getElementsByTagName(element).item(0).getTextContent();
    }

    private static Set<String> uniqueTexts(Document xml, String element) {
        NodeList nodes = xml.getElementsByTagName(element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return new HashSet<>(texts);
    }
}
