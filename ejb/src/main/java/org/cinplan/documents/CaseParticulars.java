package org.cinplan.documents;

/** Whose document it is: the council, the child (by name and LAchildID) and the case (episode) it belongs to. */
record CaseParticulars(String council, String childName, String laChildId, long episodeId) {

    /** "Alex Example (LAchildID RDG000123), case 42". */
    String childAndCase() {
        return childName + " (LAchildID " + laChildId + "), case " + episodeId;
    }
}
