package org.cinplan.returns;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The header of a census file: {@code CollectionDetails} (Collection CIN, Year, ReferenceDate) and {@code Source}
 * (SourceLevel L, the council's DfE LA number, the software's code and release, the file's serial number and when it
 * was made). The reference date is stated apart from the year because rule 100 checks that they agree.
 */
public record CensusHeader(CollectionYear year, LocalDate referenceDate, String laNumber, String softwareCode,
                           String release, int serialNo, LocalDateTime generatedAt) {

    public static final String SOFTWARE_CODE = "cinplan";

    public CensusHeader {
        Objects.requireNonNull(year, "which collection year?");
        Objects.requireNonNull(softwareCode, "the software code is required");
        Objects.requireNonNull(generatedAt, "when was it made?");
    }

    /** The header of a return made by cinplan for a council and year, stating the year's 31 March. */
    public static CensusHeader of(CollectionYear year, String laNumber, String release, int serialNo,
                                  LocalDateTime generatedAt) {
        return new CensusHeader(year, year.referenceDate(), laNumber, SOFTWARE_CODE, release, serialNo, generatedAt);
    }
}
