package org.cinplan.documents;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays a {@link DocumentContent} out as an A4 PDF with Apache PDFBox: real text in an embedded TrueType font
 * (Liberation Sans, which has Welsh's ŵ and ŷ and the rest of the Latin, Greek and Cyrillic letters), long text
 * wrapped and flowing onto new pages, each section a bookmark, and on every page the council, the marking
 * OFFICIAL-SENSITIVE at the top and the bottom, the version, the date and "Page n of N". The document has a title (also
 * shown by viewers in place of the file name) and its language, en-GB. It is tagged: the title a heading (H1), each
 * section's heading an H2, its text paragraphs (P) and lists (L, LI), in reading order, and what every page repeats
 * an artifact, so assistive technology reads it as a document. A character the font lacks prints as "?".
 * Plain Java: no container needed.
 */
final class PdfWriter {

    static final String LANGUAGE = "en-GB";

    private static final String REGULAR_FONT = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD_FONT = "/liberation/LiberationSans-Bold.ttf";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float BODY_TOP = PAGE.getHeight() - 78;
    private static final float BODY_BOTTOM = 64;
    private static final float FURNITURE_SIZE = 9;
    private static final String BULLET = "\u2022";

    private final DocumentContent content;
    private final float bodySize;
    private final float headingSize;
    private final float titleSize;

    private PDDocument document;
    private PDType0Font regular;
    private PDType0Font bold;
    private final Map<PDType0Font, Map<Integer, Boolean>> printable = new HashMap<>();
    private PDPage page;
    private PDPageContentStream stream;
    private float y;

    private final PDStructureTreeRoot structure = new PDStructureTreeRoot();
    private PDStructureElement documentElement;
    /** The structure element the text now written belongs to. */
    private PDStructureElement tag;
    /** The structure element of each marked-content id on the page being written (the page's parent tree entry). */
    private List<PDStructureElement> marksOnPage = new ArrayList<>();
    private final Map<Integer, COSObjectable> parentTree = new HashMap<>();

    private PdfWriter(DocumentContent content) {
        this.content = content;
        this.bodySize = content.largeType() ? 16 : 10.5f;
        this.headingSize = content.largeType() ? 22 : 14;
        this.titleSize = content.largeType() ? 28 : 20;
    }

    /** The document as PDF bytes. */
    static byte[] write(DocumentContent content) {
        try {
            return new PdfWriter(content).render();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be made", e);
        }
    }

    private byte[] render() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            document = doc;
            regular = PDType0Font.load(doc, font(REGULAR_FONT));
            bold = PDType0Font.load(doc, font(BOLD_FONT));
            PDDocumentOutline outline = new PDDocumentOutline();
            documentElement = new PDStructureElement(StandardStructureTypes.DOCUMENT, structure);
            structure.appendKid(documentElement);
            newPage();
            title();
            for (DocumentContent.Section section : content.sections()) {
                section(section, outline);
            }
            stream.close();
            closePageStructure();
            pageFurniture();
            describe(doc, outline);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private void title() throws IOException {
        tag = element(StandardStructureTypes.H1, documentElement);
        for (String line : wrap(content.title(), bold, titleSize, width())) {
            text(bold, titleSize, MARGIN, line);
        }
        tag = element(StandardStructureTypes.P, documentElement);
        paragraph(content.council(), regular, MARGIN, "");
        tag = element(StandardStructureTypes.P, documentElement);
        paragraph(content.versionLine() + ". Produced on " + DATE.format(content.producedOn()) + ".", regular, MARGIN, "");
        y -= bodySize;
    }

    private void section(DocumentContent.Section section, PDDocumentOutline outline) throws IOException {
        List<String> heading = wrap(section.heading(), bold, headingSize, width());
        // A heading stays with at least the first line of what follows it.
        ensureRoom(lineHeight(headingSize) * heading.size() + headingSize * 0.6f + lineHeight(bodySize));
        bookmark(outline, section.heading());
        y -= headingSize * 0.3f;
        tag = element(StandardStructureTypes.H2, documentElement);
        for (String line : heading) {
            text(bold, headingSize, MARGIN, line);
        }
        y -= headingSize * 0.3f;
        if (section.isEmpty()) {
            tag = element(StandardStructureTypes.P, documentElement);
            paragraph(DocumentContent.Section.NOTHING_RECORDED, regular, MARGIN, "");
        }
        PDStructureElement list = null;
        for (DocumentContent.Block block : section.blocks()) {
            if (block.kind() != DocumentContent.Block.Kind.BULLET) {
                list = null;
                tag = element(StandardStructureTypes.P, documentElement);
            } else {
                list = list != null ? list : element(StandardStructureTypes.L, documentElement);
                tag = element(StandardStructureTypes.LI, list);
            }
            switch (block.kind()) {
                case PARAGRAPH -> paragraph(block.text(), regular, MARGIN, "");
                case BOLD -> paragraph(block.text(), bold, MARGIN, "");
                case BULLET -> paragraph(block.text(), regular, MARGIN + bodySize * 1.4f, BULLET);
            }
            y -= bodySize * 0.5f;
        }
        y -= bodySize * 0.4f;
    }

    /** Writes text from {@code x}, wrapped to the page, each recorded line break kept; a bullet hangs before it. */
    private void paragraph(String text, PDType0Font font, float x, String bullet) throws IOException {
        boolean first = true;
        for (String recordedLine : text.strip().split("\\R")) {
            List<String> lines = wrap(recordedLine, font, bodySize, PAGE.getWidth() - MARGIN - x);
            for (String line : lines) {
                ensureRoom(lineHeight(bodySize));
                if (first && !bullet.isEmpty()) {
                    stream.beginMarkedContent(COSName.ARTIFACT);
                    show(stream, regular, bodySize, MARGIN + bodySize * 0.3f, y - bodySize, bullet);
                    stream.endMarkedContent();
                }
                first = false;
                text(font, bodySize, x, line);
            }
        }
    }

    /** One line of the current structure element's text, marked as its content. */
    private void text(PDType0Font font, float size, float x, String line) throws IOException {
        ensureRoom(lineHeight(size));
        int mcid = marksOnPage.size();
        marksOnPage.add(tag);
        COSDictionary properties = new COSDictionary();
        properties.setInt(COSName.MCID, mcid);
        stream.beginMarkedContent(COSName.getPDFName(tag.getStructureType()), PDPropertyList.create(properties));
        show(stream, font, size, x, y - size, line);
        stream.endMarkedContent();
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        tag.appendKid(reference);
        y -= lineHeight(size);
    }

    private static PDStructureElement element(String type, PDStructureNode parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    private static void show(PDPageContentStream on, PDType0Font font, float size, float x, float baseline, String line)
            throws IOException {
        if (line.isEmpty()) {
            return;
        }
        on.beginText();
        on.setFont(font, size);
        on.newLineAtOffset(x, baseline);
        on.showText(line);
        on.endText();
    }

    private void ensureRoom(float height) throws IOException {
        if (y - height < BODY_BOTTOM) {
            stream.close();
            closePageStructure();
            newPage();
        }
    }

    private void newPage() throws IOException {
        page = new PDPage(PAGE);
        page.setStructParents(document.getNumberOfPages());
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = BODY_TOP;
    }

    /** The page's entry in the parent tree: the structure element of each marked-content id on it. */
    private void closePageStructure() {
        COSArray elements = new COSArray();
        marksOnPage.forEach(element -> elements.add(element.getCOSObject()));
        parentTree.put(page.getStructParents(), new PDParentTreeValue(elements));
        marksOnPage = new ArrayList<>();
    }

    private void bookmark(PDDocumentOutline outline, String heading) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(Math.round(y + headingSize));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(heading);
        item.setDestination(destination);
        outline.addLast(item);
    }

    /** What every page carries, added once the number of pages is known. */
    private void pageFurniture() throws IOException {
        int pages = document.getNumberOfPages();
        float right = PAGE.getWidth() - MARGIN;
        String dated = content.versionLine() + " · " + DATE.format(content.producedOn());
        for (int number = 1; number <= pages; number++) {
            PDPage each = document.getPage(number - 1);
            try (PDPageContentStream on = new PDPageContentStream(document, each, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                on.beginMarkedContent(COSName.ARTIFACT);
                float top = PAGE.getHeight() - 36;
                String marking = DocumentContent.MARKING;
                show(on, bold, FURNITURE_SIZE, MARGIN, top, fitting(content.council(), bold, right - MARGIN
                        - widthOf(marking, bold, FURNITURE_SIZE) - 12));
                show(on, bold, FURNITURE_SIZE, right - widthOf(marking, bold, FURNITURE_SIZE), top, marking);
                show(on, bold, FURNITURE_SIZE, (PAGE.getWidth() - widthOf(marking, bold, FURNITURE_SIZE)) / 2, 38, marking);
                String pageOf = "Page " + number + " of " + pages;
                float pageOfWidth = widthOf(pageOf, regular, FURNITURE_SIZE);
                show(on, regular, FURNITURE_SIZE, MARGIN, 24, fitting(dated, regular, right - MARGIN - pageOfWidth - 12));
                show(on, regular, FURNITURE_SIZE, right - pageOfWidth, 24, pageOf);
                on.endMarkedContent();
            }
        }
    }

    /** Title, author, language, bookmarks and XMP metadata, so readers and assistive technology name it properly. */
    private void describe(PDDocument doc, PDDocumentOutline outline) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(content.title());
        info.setAuthor(content.council());
        info.setSubject(DocumentContent.MARKING);
        info.setCreator("cinplan");
        GregorianCalendar produced = GregorianCalendar.from(content.producedOn().atStartOfDay(ZoneId.of("Europe/London")));
        info.setCreationDate(produced);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(LANGUAGE);
        PDNumberTreeNode parents = new PDNumberTreeNode(PDParentTreeValue.class);
        parents.setNumbers(parentTree);
        structure.setParentTree(parents);
        structure.setParentTreeNextKey(doc.getNumberOfPages());
        catalog.setStructureTreeRoot(structure);
        PDMarkInfo marked = new PDMarkInfo();
        marked.setMarked(true);
        catalog.setMarkInfo(marked);
        catalog.setDocumentOutline(outline);
        catalog.setPageMode(PageMode.USE_OUTLINES);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
        catalog.setMetadata(metadata);
    }

    private String xmp() {
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(content.title()) + "</rdf:li></rdf:Alt></dc:title>"
                + "<dc:creator><rdf:Seq><rdf:li>" + xml(content.council()) + "</rdf:li></rdf:Seq></dc:creator>"
                + "<dc:language><rdf:Bag><rdf:li>" + LANGUAGE + "</rdf:li></rdf:Bag></dc:language>"
                + "<xmp:CreatorTool>cinplan</xmp:CreatorTool>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The line broken into lines no wider than {@code width}; a word longer than a line is broken within. */
    private List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printableText(text, font).split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (widthOf(candidate, font, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (widthOf(word, font, size) > width) {
                int fits = longestPrefixWithin(word, font, size, width);
                lines.add(word.substring(0, fits));
                word = word.substring(fits);
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int longestPrefixWithin(String word, PDType0Font font, float size, float width) throws IOException {
        int fits = 1;
        while (fits < word.length() && widthOf(word.substring(0, fits + 1), font, size) <= width) {
            fits++;
        }
        return Character.isHighSurrogate(word.charAt(fits - 1)) && fits > 1 ? fits - 1 : fits;
    }

    private String fitting(String text, PDType0Font font, float width) throws IOException {
        String shown = printableText(text, font);
        if (widthOf(shown, font, FURNITURE_SIZE) <= width) {
            return shown;
        }
        while (shown.length() > 1 && widthOf(shown + "…", font, FURNITURE_SIZE) > width) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown + "…";
    }

    /** The text with tabs as spaces and every character the font cannot show (control characters too) as "?". */
    private String printableText(String text, PDType0Font font) {
        StringBuilder shown = new StringBuilder(text.length());
        text.replace('\t', ' ').codePoints().forEach(c -> {
            if (printable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(c, k -> canShow(font, k))) {
                shown.appendCodePoint(c);
            } else {
                shown.append('?');
            }
        });
        return shown.toString();
    }

    private static boolean canShow(PDType0Font font, int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    private static float widthOf(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static float lineHeight(float size) {
        return size * 1.35f;
    }

    private static float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    private static InputStream font(String resource) {
        InputStream in = PdfWriter.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The font " + resource + " is missing: it comes from openpdf-fonts-extra");
        }
        return in;
    }
}
