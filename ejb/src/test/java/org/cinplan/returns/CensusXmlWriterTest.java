package org.cinplan.returns;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.cinplan.returns.Kid.YEAR;
import static org.cinplan.returns.Kid.header;
import static org.cinplan.returns.Kid.kid;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The file is laid out as the 2025-26 specification says: names, order, dates and 0/1 booleans. */
class CensusXmlWriterTest {

    private static Document write(CensusChild... children) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CensusXmlWriter writer = new CensusXmlWriter(out, header())) {
            for (CensusChild child : children) {
                writer.write(child);
            }
        }
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getTagName());
            }
        }
        return names;
    }

    private static Element first(Document doc, String name) {
        return (Element) doc.getElementsByTagName(name).item(0);
    }

    @Test
    void theHeaderStatesTheCollectionTheYearItsReferenceDateAndTheCouncil() throws Exception {
        Document doc = write();
        assertEquals("Message", doc.getDocumentElement().getTagName());
        assertEquals(List.of("Header", "Children"), childNames(doc.getDocumentElement()));
        assertEquals(List.of("CollectionDetails", "Source"), childNames(first(doc, "Header")));
        assertEquals("CIN", first(doc, "Collection").getTextContent());
        assertEquals("2026", first(doc, "Year").getTextContent());
        assertEquals("2026-03-31", first(doc, "ReferenceDate").getTextContent());
        assertEquals(List.of("SourceLevel", "LEA", "SoftwareCode", "Release", "SerialNo", "DateTime"),
                childNames(first(doc, "Source")));
        assertEquals("L", first(doc, "SourceLevel").getTextContent());
        assertEquals("870", first(doc, "LEA").getTextContent());
        assertEquals("2026-04-20T09:30:00", first(doc, "DateTime").getTextContent());
    }

    @Test
    void aChildsModulesAndItemsComeInTheSpecificationsOrder() throws Exception {
        CensusChild child = new CensusChild(7L, "RDG-7", null, null, "UN2", LocalDate.of(2012, 1, 2), null, "M",
                null, "WBRI", List.of("AUT", "LD"), List.of(new CinDetails(LocalDate.of(2025, 5, 1), "1A", "N2",
                LocalDate.of(2026, 2, 1), "RC8", LocalDate.of(2025, 6, 1),
                List.of(new CensusAssessment(LocalDate.of(2025, 5, 2), null, LocalDate.of(2025, 6, 20), List.of("2B", "18C"))),
                List.of(new CinPlanPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 2, 1))),
                List.of(new Section47Enquiry(LocalDate.of(2025, 5, 3), LocalDate.of(2025, 5, 20), LocalDate.of(2025, 6, 1), false)),
                false,
                List.of(new ChildProtectionPlan(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), "NEG", "NEG", 0,
                        List.of(LocalDate.of(2025, 6, 20)))))));
        Document doc = write(child);

        assertEquals(List.of("ChildIdentifiers", "ChildCharacteristics", "CINdetails"), childNames(first(doc, "Child")));
        assertEquals(List.of("LAchildID", "UPNunknown", "PersonBirthDate", "Sex"), childNames(first(doc, "ChildIdentifiers")));
        assertEquals(List.of("Ethnicity", "Disabilities"), childNames(first(doc, "ChildCharacteristics")));
        assertEquals(List.of("Disability", "Disability"), childNames(first(doc, "Disabilities")));
        assertEquals(List.of("CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure",
                "DateOfInitialCPC", "Assessments", "CINPlanDates", "Section47", "ReferralNFA", "ChildProtectionPlans"),
                childNames(first(doc, "CINdetails")));
        assertEquals(List.of("AssessmentActualStartDate", "AssessmentAuthorisationDate", "FactorsIdentifiedAtAssessment"),
                childNames(first(doc, "Assessments")));
        assertEquals(List.of("S47ActualStartDate", "InitialCPCtarget", "DateOfInitialCPC", "ICPCnotRequired"),
                childNames(first(doc, "Section47")));
        assertEquals(List.of("CPPstartDate", "CPPendDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse",
                "NumberOfPreviousCPP", "Reviews"), childNames(first(doc, "ChildProtectionPlans")));
        assertEquals("2025-06-20", first(doc, "CPPreviewDate").getTextContent());
        assertEquals("M", first(doc, "Sex").getTextContent());
        assertEquals(0, doc.getElementsByTagName("GenderCurrent").getLength());
    }

    @Test
    void booleansAreWrittenAsZeroOrOne() throws Exception {
        CinDetails nfa = new CinDetails(LocalDate.of(2025, 5, 1), "1A", null, LocalDate.of(2025, 5, 1), "RC8", null,
                List.of(), List.of(), List.of(new Section47Enquiry(LocalDate.of(2025, 5, 1), null, null, true)), true, List.of());
        Document doc = write(kid().withEpisodes(nfa).build(), kid().build());
        assertEquals("1", doc.getElementsByTagName("ReferralNFA").item(0).getTextContent());
        assertEquals("1", first(doc, "ICPCnotRequired").getTextContent());
        assertEquals("0", doc.getElementsByTagName("ReferralNFA").item(1).getTextContent());
    }

    @Test
    void markupInAValueIsEscaped() throws Exception {
        Document doc = write(kid().id("<A&B>").build());
        assertEquals("<A&B>", first(doc, "LAchildID").getTextContent());
    }
}
