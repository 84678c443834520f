/**
 * Administration: councils, teams and the staff who sign in, with their roles.
 * Owns who works where and who may do what; casework refers to staff by identity only.
 */
package org.cinplan.admin;
