package org.cinplan.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one PDF says, before layout: its title, the council it comes from, the version and date every page carries,
 * and its sections in order. {@code largeType} is for the family-friendly plan.
 *
 * @param versionLine what every page's footer says of the version, e.g. "CIN plan version 3, approved 2 Dec 2026"
 * @param producedOn  the day the PDF was made, also on every page
 */
record DocumentContent(String title, String council, String versionLine, LocalDate producedOn, boolean largeType,
                       List<Section> sections) {

    /** The marking on every page of every document (Government Security Classifications). */
    static final String MARKING = "OFFICIAL-SENSITIVE";

    DocumentContent {
        Objects.requireNonNull(title, "a document has a title");
        Objects.requireNonNull(council, "a document names its council");
        Objects.requireNonNull(versionLine, "a document names its version");
        Objects.requireNonNull(producedOn, "a document is dated");
        sections = List.copyOf(sections);
    }

    /**
     * A headed section (a bookmark in the PDF) and what it says; one with nothing in it says "Nothing recorded".
     */
    record Section(String heading, List<Block> blocks) {

        static final String NOTHING_RECORDED = "Nothing recorded";

        Section {
            Objects.requireNonNull(heading, "a section has a heading");
            blocks = blocks.stream().filter(b -> b.text() != null && !b.text().isBlank()).toList();
        }

        /** A section of one paragraph of recorded text (which may be empty). */
        static Section of(String heading, String text) {
            return new Section(heading, List.of(Block.paragraph(text)));
        }

        boolean isEmpty() {
            return blocks.isEmpty();
        }
    }

    /** A paragraph (line breaks kept), a bold line, or an item of a bulleted list. */
    record Block(Kind kind, String text) {

        enum Kind { PARAGRAPH, BOLD, BULLET }

        static Block paragraph(String text) {
            return new Block(Kind.PARAGRAPH, text);
        }

        static Block bold(String text) {
            return new Block(Kind.BOLD, text);
        }

        static Block bullet(String text) {
            return new Block(Kind.BULLET, text);
        }
    }
}
