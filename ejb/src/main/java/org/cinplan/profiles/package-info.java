/**
 * Administrators change a council's policy values: every council's profile versions, a preview of what a change
 * would do to the open cases' deadlines (the real engine over the cases, a batch at a time), and saving the
 * change as a new version in force from a date, audited rule by rule, with the council's alerts recomputed; and
 * newer GOV.UK bank holidays loaded in place of the projected ones, with every open case recomputed.
 */
package org.cinplan.profiles;
