package org.cinplan.admin;

/** A council as administration pages list it, with its DfE LA number (null while none is set). */
public record CouncilView(String code, String name, String laNumber) {

    static CouncilView of(Council council) {
        return new CouncilView(council.code(), council.name(), council.laNumber());
    }
}
