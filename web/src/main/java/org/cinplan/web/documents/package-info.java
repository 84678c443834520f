/** The case's PDF documents: the download links on the case page and the servlet that streams each PDF. */
package org.cinplan.web.documents;
