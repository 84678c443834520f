package org.cinplan.schedule;

/** The exceptional circumstances Suffolk 4.5 names for a plan lasting over 12 months. */
public enum ExceptionalCircumstance {
    NO_RECOURSE_TO_PUBLIC_FUNDS, FAMILY_FROM_ABROAD, LONG_TERM_RESIDENTIAL_SCHOOL
}
