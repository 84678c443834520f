package org.cinplan.schedule;

/** What kind of CIN episode this is; some rules apply only to some kinds. */
public enum EpisodeType {
    STANDARD, STEP_DOWN_FROM_CP, SUPERVISION_ORDER, SHORT_BREAKS
}
