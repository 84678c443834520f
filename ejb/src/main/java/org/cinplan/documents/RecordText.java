package org.cinplan.documents;

import java.util.List;

/**
 * A record as it reads on its page (visit, minutes, plan version, management decision): exactly what was recorded,
 * with who and when, in headed sections, as its PDF says it.
 *
 * @param versionLine what the record is, e.g. "Minutes of the meeting held on 2 December 2026"
 */
public record RecordText(String title, String council, String versionLine, long episodeId, long childId,
                         boolean throughBreakGlass, List<Section> sections) {

    /** A headed section; no lines when nothing was recorded in it. */
    public record Section(String heading, List<Line> lines) {
    }

    /** A paragraph (line breaks kept), a bold line, or an item of a bulleted list. */
    public record Line(String text, boolean bold, boolean bullet) {
    }

    static RecordText of(DocumentContent content, long episodeId, long childId, boolean throughBreakGlass) {
        return new RecordText(content.title(), content.council(), content.versionLine(), episodeId, childId,
                throughBreakGlass, content.sections().stream().map(s -> new Section(s.heading(), s.blocks().stream()
                        .map(b -> new Line(b.text(), b.kind() == DocumentContent.Block.Kind.BOLD,
                                b.kind() == DocumentContent.Block.Kind.BULLET)).toList())).toList());
    }
}
