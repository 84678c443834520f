package org.cinplan.returns;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * An invented census child for the 2025-26 year, built up from one that every rule accepts: born 1 May 2015, a valid
 * UPN, one open episode referred on 2 June 2025 with a completed assessment and an open CIN plan ({@link Ep}).
 */
final class Kid {

    static final CollectionYear YEAR = CollectionYear.ending(2026);

    /** A UPN whose check letter was worked out by hand: 8x2 + 7x3 + 0x4 + ... + 9x13 = 502; 502 mod 23 = 19 = W. */
    static final String VALID_UPN = "W870123456789";

    private String laChildId = "RDG-0001";
    private String upn = VALID_UPN;
    private String formerUpn;
    private String upnUnknown;
    private LocalDate born = d("2015-05-01");
    private LocalDate expected;
    private String sex = "F";
    private LocalDate died;
    private String ethnicity = "WBRI";
    private List<String> disabilities = List.of("NONE");
    private List<CinDetails> episodes = List.of(Ep.ep().build());

    static Kid kid() {
        return new Kid();
    }

    static CensusHeader header() {
        return CensusHeader.of(YEAR, "870", "1.0", 1, LocalDateTime.of(2026, 4, 20, 9, 30));
    }

    static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    Kid id(String id) {
        this.laChildId = id;
        return this;
    }

    Kid upn(String value) {
        this.upn = value;
        return this;
    }

    Kid formerUpn(String value) {
        this.formerUpn = value;
        return this;
    }

    /** No UPN, for this reason. */
    Kid upnUnknown(String reason) {
        this.upn = null;
        this.upnUnknown = reason;
        return this;
    }

    Kid born(String date) {
        this.born = d(date);
        return this;
    }

    /** Not born yet: expected on this day, sex not known. */
    Kid unborn(String expectedOn, String sexCode) {
        this.born = null;
        this.expected = d(expectedOn);
        this.sex = sexCode;
        return this;
    }

    Kid expected(String date) {
        this.expected = d(date);
        return this;
    }

    Kid sex(String code) {
        this.sex = code;
        return this;
    }

    Kid died(String date) {
        this.died = d(date);
        return this;
    }

    Kid ethnicity(String code) {
        this.ethnicity = code;
        return this;
    }

    Kid disabilities(String... codes) {
        this.disabilities = List.of(codes);
        return this;
    }

    Kid episodes(Ep... built) {
        this.episodes = Arrays.stream(built).map(Ep::build).toList();
        return this;
    }

    Kid withEpisodes(CinDetails... built) {
        this.episodes = List.of(built);
        return this;
    }

    CensusChild build() {
        return new CensusChild(1L, laChildId, upn, formerUpn, upnUnknown, born, expected, sex, died, ethnicity,
                disabilities, episodes);
    }
}
