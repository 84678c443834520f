/**
 * The case's records on paper and on screen: the PDF download links on the case page, the servlet that streams each
 * PDF, and the printable read view of each record reached from the child's timeline.
 */
package org.cinplan.web.documents;
