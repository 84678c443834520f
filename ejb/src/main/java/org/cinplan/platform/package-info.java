/**
 * Platform: what every business area stands on and none owns, such as bringing the database schema up to
 * date from versioned migrations when the application starts.
 */
package org.cinplan.platform;
