/**
 * Demo data: councils, teams, one demo login per role and about fifty children in varied states, loaded once
 * into an empty database only when {@code cinplan.demo-data} is true (the run command sets it; the default is false).
 * In production mode ({@code cinplan.mode=production}) the server refuses to start while any demo login exists.
 */
package org.cinplan.demo;
