package org.cinplan.returns;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes a census file as the Children in Need census 2025-26 specification lays it out, one child at a time (StAX),
 * so the file's size never sits in memory: {@code Message} holds the {@code Header} ({@code CollectionDetails},
 * {@code Source}) and {@code Children}; each {@code Child} holds {@code ChildIdentifiers}, {@code ChildCharacteristics}
 * and a {@code CINdetails} per episode with its modules in the specification's order. Dates are ISO (yyyy-mm-dd),
 * booleans 0 or 1, and empty optional items are left out.
 */
public final class CensusXmlWriter implements AutoCloseable {

    private final XMLStreamWriter xml;
    private int depth;
    private int children;

    public CensusXmlWriter(OutputStream out, CensusHeader header) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            open("Message");
            open("Header");
            open("CollectionDetails");
            item("Collection", "CIN");
            item("Year", String.valueOf(header.year().endYear()));
            item("ReferenceDate", header.referenceDate());
            end();
            open("Source");
            item("SourceLevel", "L");
            item("LEA", header.laNumber());
            item("SoftwareCode", header.softwareCode());
            item("Release", header.release());
            item("SerialNo", String.valueOf(header.serialNo()));
            item("DateTime", header.generatedAt().truncatedTo(ChronoUnit.SECONDS)
                    .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            end();
            end();
            open("Children");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not start the census file", e);
        }
    }

    /** Writes one child; the caller streams children in and keeps none. */
    public void write(CensusChild child) {
        try {
            open("Child");
            open("ChildIdentifiers");
            item("LAchildID", child.laChildId());
            item("UPN", child.upn());
            item("FormerUPN", child.formerUpn());
            item("UPNunknown", child.upnUnknown());
            item("PersonBirthDate", child.birthDate());
            item("ExpectedPersonBirthDate", child.expectedBirthDate());
            item("Sex", child.sex());
            item("PersonDeathDate", child.deathDate());
            end();
            open("ChildCharacteristics");
            item("Ethnicity", child.ethnicity());
            group("Disabilities", "Disability", child.disabilities());
            end();
            for (CinDetails episode : child.episodes()) {
                writeEpisode(episode);
            }
            end();
            children++;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write child " + child.laChildId(), e);
        }
    }

    private void writeEpisode(CinDetails e) throws XMLStreamException {
        open("CINdetails");
        item("CINreferralDate", e.referralDate());
        item("ReferralSource", e.referralSource());
        item("PrimaryNeedCode", e.primaryNeedCode());
        item("CINclosureDate", e.closureDate());
        item("ReasonForClosure", e.reasonForClosure());
        item("DateOfInitialCPC", e.dateOfInitialCpc());
        for (CensusAssessment a : e.assessments()) {
            open("Assessments");
            item("AssessmentActualStartDate", a.actualStartDate());
            item("AssessmentInternalReviewDate", a.internalReviewDate());
            item("AssessmentAuthorisationDate", a.authorisationDate());
            group("FactorsIdentifiedAtAssessment", "AssessmentFactors", a.factors());
            end();
        }
        for (CinPlanPeriod p : e.cinPlans()) {
            open("CINPlanDates");
            item("CINPlanStartDate", p.startDate());
            item("CINPlanEndDate", p.endDate());
            end();
        }
        for (Section47Enquiry s : e.section47s()) {
            open("Section47");
            item("S47ActualStartDate", s.actualStartDate());
            item("InitialCPCtarget", s.initialCpcTarget());
            item("DateOfInitialCPC", s.dateOfInitialCpc());
            item("ICPCnotRequired", bool(s.icpcNotRequired()));
            end();
        }
        item("ReferralNFA", bool(e.referralNfa()));
        for (ChildProtectionPlan p : e.childProtectionPlans()) {
            open("ChildProtectionPlans");
            item("CPPstartDate", p.startDate());
            item("CPPendDate", p.endDate());
            item("InitialCategoryOfAbuse", p.initialCategoryOfAbuse());
            item("LatestCategoryOfAbuse", p.latestCategoryOfAbuse());
            item("NumberOfPreviousCPP", p.numberOfPreviousCpp() == null ? null : p.numberOfPreviousCpp().toString());
            group("Reviews", "CPPreviewDate", p.reviews().stream().map(LocalDate::toString).toList());
            end();
        }
        end();
    }

    /** How many children were written. */
    public int children() {
        return children;
    }

    /** Ends the file; the stream stays the caller's to close. */
    @Override
    public void close() {
        try {
            while (depth > 0) {
                end();
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new java.io.IOException("Could not finish the census file", e));
        }
    }

    private static String bool(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }

    private void open(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
    }

    /** A group of repeated items, left out when there are none. */
    private void group(String groupName, String itemName, java.util.List<String> values) throws XMLStreamException {
        if (values.isEmpty()) {
            return;
        }
        open(groupName);
        for (String value : values) {
            item(itemName, value);
        }
        end();
    }

    private void item(String name, LocalDate value) throws XMLStreamException {
        item(name, value == null ? null : value.toString());
    }

    private void item(String name, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        newLine();
        xml.writeStartElement(name);
        xml.writeCharacters(value.strip());
        xml.writeEndElement();
    }

    private void newLine() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
