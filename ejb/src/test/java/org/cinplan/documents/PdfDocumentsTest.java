package org.cinplan.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.cinplan.planning.ActionStatus;
import org.cinplan.planning.OwnerKind;
import org.cinplan.planning.PlanAction;
import org.cinplan.planning.PlanContents;
import org.cinplan.planning.PlanRecipient;
import org.cinplan.planning.PlanVersionView;
import org.cinplan.planning.RecipientKind;
import org.cinplan.planning.ServiceProvision;
import org.cinplan.planning.SmartOutcome;
import org.cinplan.planning.VersionStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan, minutes and family-friendly plan PDFs read back with PDFBox, as a reader or screen reader sees them. */
class PdfDocumentsTest {

    private static final String WELSH = "Ŵyr ŷd â chŵn – Llŷr; ffôn";
    private static final LocalDate PRODUCED = LocalDate.of(2026, 12, 3);
    private static final CaseParticulars CASE = new CaseParticulars("Reading Borough Council", "Alys Ŵyn Example",
            "RDG0000042", 42);

    @Test
    void thePlanCarriesItsTextTitleLanguageAndVersion() throws IOException {
        try (PDDocument pdf = read(PdfWriter.write(PlanDocuments.plan(CASE, approvedVersion(contents(WELSH)), PRODUCED)))) {
            // Lines joined: the title wraps.
            String text = text(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Child in Need plan for Alys Ŵyn Example, version 3", "Reading Borough Council",
                    "CIN plan version 3, approved on 2 December 2026, in force", "3 December 2026",
                    "Attend every school day", "Family support worker", "RDG0000042");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Child in Need plan for Alys Ŵyn Example, version 3");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Child in Need plan for Alys Ŵyn Example, version 3", "en-GB");
        }
    }

    @Test
    void welshAndOtherLettersAreTextInAnEmbeddedFont() throws IOException {
        try (PDDocument pdf = read(PdfWriter.write(PlanDocuments.plan(CASE, approvedVersion(contents(WELSH)), PRODUCED)))) {
            assertThat(text(pdf)).contains("Ŵyr ŷd â chŵn – Llŷr", "ffôn");
            var fontNames = new ArrayList<String>();
            for (var name : pdf.getPage(0).getResources().getFontNames()) {
                var font = pdf.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                fontNames.add(font.getName());
            }
            assertThat(fontNames).anyMatch(n -> n.contains("LiberationSans"));
        }
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMarkRatherThanFailing() throws IOException {
        byte[] bytes = PdfWriter.write(PlanDocuments.plan(CASE, approvedVersion(contents("Smile \uD83D\uDE00 and 漢 done")), PRODUCED));
        try (PDDocument pdf = read(bytes)) {
            assertThat(text(pdf)).contains("Smile ? and ? done");
        }
    }

    @Test
    void longTextFlowsOntoNewPagesEachMarkedAndNumbered() throws IOException {
        String longNeeds = ("The family needs steady support with routines, school attendance and health appointments. "
                .repeat(40) + "\n").repeat(6) + "The last words of the needs.";
        try (PDDocument pdf = read(PdfWriter.write(PlanDocuments.plan(CASE, approvedVersion(contents(longNeeds)), PRODUCED)))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            for (int page = 1; page <= pages; page++) {
                String onPage = text(pdf, page);
                assertThat(onPage.split("OFFICIAL-SENSITIVE", -1)).as("page %d marked at top and bottom", page).hasSize(3);
                assertThat(onPage).contains("Page " + page + " of " + pages, "Reading Borough Council",
                        "CIN plan version 3");
            }
            assertThat(text(pdf)).contains("The last words of the needs.", "Distribution list");
        }
    }

    @Test
    void theDocumentIsTaggedHeadingsParagraphsAndListsInReadingOrder() throws IOException {
        try (PDDocument pdf = read(PdfWriter.write(PlanDocuments.plan(CASE, approvedVersion(contents(WELSH)), PRODUCED)))) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            var root = pdf.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root.getParentTree()).isNotNull();
            var document = (PDStructureElement) root.getKids().get(0);
            assertThat(document.getStructureType()).isEqualTo("Document");
            List<String> types = document.getKids().stream().map(k -> ((PDStructureElement) k).getStructureType()).toList();
            // Title, council, version; "About this plan" and its paragraphs; the needs; the outcomes as a list.
            assertThat(types).startsWith("H1", "P", "P", "H2", "P").contains("L");
            assertThat(types.stream().filter("H2"::equals).count()).isEqualTo(bookmarks(pdf).size());
            // Each page's parent tree entry names, for each marked-content id on it, the element that holds it.
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                var entry = (COSObjectable) root.getParentTree()
                        .getValue(pdf.getPage(page).getStructParents());
                var elements = (COSArray) entry.getCOSObject();
                assertThat(elements.size()).as("marked lines on page %d", page + 1).isGreaterThan(0);
                assertThat(elements.getObject(0)).isInstanceOf(COSDictionary.class);
            }
        }
    }

    @Test
    void aWordLongerThanALineIsBrokenNotLost() throws IOException {
        String word = "x".repeat(400) + "END";
        try (PDDocument pdf = read(PdfWriter.write(PlanDocuments.plan(CASE, approvedVersion(contents(word)), PRODUCED)))) {
            assertThat(text(pdf).replaceAll("\\s", "")).contains(word);
        }
    }

    @Test
    void emptySectionsSayNothingRecordedAndEverySectionIsABookmark() throws IOException {
        PlanVersionView empty = version(VersionStatus.DRAFT, PlanContents.none());
        try (PDDocument pdf = read(PdfWriter.write(PlanDocuments.plan(CASE, empty, PRODUCED)))) {
            String text = text(pdf);
            assertThat(text).contains("CIN plan version 3, draft started on 1 December 2026, not agreed");
            // Needs, outcomes, actions, services, 2 views, roles, contingency, bottom line, review points, distribution.
            assertThat(text.split("Nothing recorded", -1)).hasSize(12);
            assertThat(bookmarks(pdf)).startsWith("About this plan", "The child's needs", "SMART outcomes", "Actions")
                    .contains("Contingency plan", "Distribution list");
        }
    }

    @Test
    void theMinutesCarryEverySectionAndTheAttendance() throws IOException {
        MinutesDocument.Minutes minutes = new MinutesDocument.Minutes(7, "CIN review meeting", LocalDate.of(2026, 11, 30),
                "Sam Chair", "Pat Minutes", "sw.demo", List.of("Rhian Jones (Parent): present"),
                "Review of the plan", "School reports better attendance", "Good progress", true, "Stable routines",
                "Attendance above 95% by March", "Parent to attend parenting course", "Refer to early help",
                "Plan continues. " + WELSH, true, "Told to their worker", "I like my new school", null, true,
                List.of(), null, "Continue the plan, with the amendments noted", null, null, LocalDate.of(2027, 1, 11),
                null, List.of("Rhian Jones", "Hillside Primary School"), null);
        try (PDDocument pdf = read(PdfWriter.write(MinutesDocument.of(CASE, minutes, PRODUCED)))) {
            String text = text(pdf);
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Minutes of the CIN review meeting for Alys Ŵyn Example, 30 November 2026");
            assertThat(text).contains("Rhian Jones (Parent): present", "Attendance above 95% by March",
                    "Did the plan progress? yes", "I like my new school", "Next review by 11 January 2027",
                    "Minutes of the meeting held on 30 November 2026", WELSH, "OFFICIAL-SENSITIVE", "Page 1 of");
            assertThat(bookmarks(pdf)).contains("Exclusions", "Difference of opinion", "The child's views");
            assertThat(text.split("Nothing recorded", -1)).hasSize(3); // exclusions, difference of opinion
        }
    }

    @Test
    void theFamilyPlanIsInPlainWordsAndLargeType() throws IOException {
        byte[] family = PdfWriter.write(PlanDocuments.familyPlan(CASE, approvedVersion(contents(WELSH)), PRODUCED));
        byte[] plan = PdfWriter.write(PlanDocuments.plan(CASE, approvedVersion(contents(WELSH)), PRODUCED));
        try (PDDocument familyPdf = read(family); PDDocument planPdf = read(plan)) {
            assertThat(familyPdf.getDocumentInformation().getTitle()).isEqualTo("Our plan for Alys Ŵyn Example");
            assertThat(text(familyPdf)).contains("Who will do what", "Family support worker will: Visit weekly",
                    "If things do not get better", WELSH, "OFFICIAL-SENSITIVE");
            assertThat(largestBodyFontSize(familyPdf)).isGreaterThanOrEqualTo(16f);
            // In large type every line still wraps within the right margin (56 pt) of the A4 page (595 pt).
            assertThat(rightmostTextEdge(familyPdf)).isLessThanOrEqualTo(595 - 56 + 0.5f);
            assertThat(largestBodyFontSize(planPdf)).isLessThan(12f);
        }
    }

    private static float rightmostTextEdge(PDDocument pdf) throws IOException {
        return largestOver(pdf, "", p -> p.getXDirAdj() + p.getWidthDirAdj());
    }

    private static float largestBodyFontSize(PDDocument pdf) throws IOException {
        return largestOver(pdf, "Visit weekly", TextPosition::getFontSizeInPt);
    }

    /** The largest value of {@code measure} over the characters of every run of text that contains {@code within}. */
    private static float largestOver(PDDocument pdf, String within, java.util.function.ToDoubleFunction<TextPosition> measure)
            throws IOException {
        float[] largest = new float[1];
        new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.contains(within)) {
                    positions.forEach(p -> largest[0] = Math.max(largest[0], (float) measure.applyAsDouble(p)));
                }
            }
        }.getText(pdf);
        return largest[0];
    }

    private static PlanContents contents(String needs) {
        return new PlanContents(needs,
                List.of(new SmartOutcome("Attend every school day", "School register", LocalDate.of(2027, 3, 1))),
                List.of(new PlanAction("Visit weekly", "Family support worker", OwnerKind.PERSON,
                        LocalDate.of(2027, 1, 15), ActionStatus.IN_PROGRESS)),
                List.of(ServiceProvision.requested("Parenting course", "Family Centre", false)),
                "I want to stay with mum", "We want help with mornings", "The worker visits every two weeks",
                "If attendance drops, a strategy meeting is called", "Safe at home and in school",
                "Review at the next CIN meeting",
                List.of(new PlanRecipient("Rhian Jones", RecipientKind.PARENT, null)));
    }

    private static PlanVersionView approvedVersion(PlanContents contents) {
        return version(VersionStatus.APPROVED, contents);
    }

    private static PlanVersionView version(VersionStatus status, PlanContents contents) {
        boolean decided = status == VersionStatus.APPROVED;
        return new PlanVersionView(3, status, status.label(), "sw.demo", LocalDateTime.of(2026, 12, 1, 9, 0),
                decided ? "sw.demo" : null, decided ? LocalDateTime.of(2026, 12, 1, 15, 0) : null,
                decided ? "csw.demo" : null, decided ? LocalDateTime.of(2026, 12, 2, 10, 0) : null, null, null, null,
                contents, List.of("Needs changed"));
    }

    private static PDDocument read(byte[] bytes) throws IOException {
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return Loader.loadPDF(bytes);
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    private static List<String> bookmarks(PDDocument pdf) {
        List<String> titles = new ArrayList<>();
        for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            titles.add(item.getTitle());
        }
        return titles;
    }
}
