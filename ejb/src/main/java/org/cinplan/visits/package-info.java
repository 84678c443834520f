/** Visits: face-to-face visits to the child, whether the child was seen (alone), and their write-up. */
package org.cinplan.visits;
