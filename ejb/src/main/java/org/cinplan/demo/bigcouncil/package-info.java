/**
 * A synthetic council of realistic size (thousands of open cases, each with up to two years of meetings, visits and
 * plan versions), written with JDBC batches: loaded into the run command's database when {@code cinplan.big-council}
 * is true (README, "Performance"), and reused by the sweep benchmark. Every name is generated from small lists of
 * invented given and family names; none is a real person.
 */
package org.cinplan.demo.bigcouncil;
