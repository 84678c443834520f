package org.cinplan.schedule;

public enum MeetingKind { INITIAL, REVIEW }
