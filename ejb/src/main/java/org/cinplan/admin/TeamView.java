package org.cinplan.admin;

/** A team as administration pages show it. */
public record TeamView(long id, String councilCode, String councilName, String name) {

    static TeamView of(Team team) {
        return new TeamView(team.id(), team.council().code(), team.council().name(), team.name());
    }
}
