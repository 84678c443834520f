/** The PrimeFaces web module: pages and their backing beans, one bean per use case, calling the EJB services. */
package org.cinplan.web;
