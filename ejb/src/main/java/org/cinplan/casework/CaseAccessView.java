package org.cinplan.casework;

import java.time.LocalDateTime;

/**
 * What the caller may do with a case, for the page to show the right forms: change it, read it, or read it through
 * break-glass until {@code breakGlassUntil} (UTC).
 */
public record CaseAccessView(long episodeId, AccessLevel level, LocalDateTime breakGlassUntil) {

    public boolean isEditable() {
        return level == AccessLevel.EDIT;
    }

    public boolean isBreakGlass() {
        return level == AccessLevel.BREAK_GLASS;
    }
}
