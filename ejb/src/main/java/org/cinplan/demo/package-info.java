/**
 * Demo data: councils, teams, one demo login per role and about fifty children in varied states, loaded once
 * into an empty database when {@code cinplan.demo-data} is true (the default; set it false in production).
 */
package org.cinplan.demo;
