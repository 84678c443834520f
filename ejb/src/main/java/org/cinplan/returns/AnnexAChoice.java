package org.cinplan.returns;

/** A way to write Annex A, to choose from: its code and its label ("List 4, assessments (CSV)"). */
public record AnnexAChoice(String code, String label) {
}
