/** The statutory returns page: validating and downloading a council's Children in Need census. */
package org.cinplan.web.returns;
