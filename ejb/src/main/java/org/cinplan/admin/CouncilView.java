package org.cinplan.admin;

/** A council as administration pages list it. */
public record CouncilView(String code, String name) {

    static CouncilView of(Council council) {
        return new CouncilView(council.code(), council.name());
    }
}
