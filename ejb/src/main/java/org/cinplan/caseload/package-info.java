/**
 * Caseload: the lists of children a worker works through (their own caseload, their team's cases), each child with
 * their latest episode and its next deadline. Sits above casework (who may read which record) and deadlines (what is
 * due next), which know nothing of it.
 */
package org.cinplan.caseload;
