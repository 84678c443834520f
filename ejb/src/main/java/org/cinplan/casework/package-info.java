/**
 * Casework: families, children and their Child in Need episodes.
 * Owns who the child is, which family they belong to, who is allocated, and the life of each episode
 * from the decision that a CIN plan is needed to closure; and who may open or change a child's record
 * ({@link org.cinplan.casework.CaseAccess}: allocation and team, restricted records, break-glass).
 */
package org.cinplan.casework;
