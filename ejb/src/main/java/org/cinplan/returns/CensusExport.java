package org.cinplan.returns;

/** A census file written: its validation (the children written) and how many episodes of need it has. */
public record CensusExport(CensusValidation validation, int episodes) {

    /** The counts the history keeps. */
    public ReturnCounts counts() {
        return new ReturnCounts(validation.children(), episodes, Math.toIntExact(validation.errors()),
                Math.toIntExact(validation.queries()));
    }
}
