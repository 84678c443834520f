package org.cinplan.demo.bigcouncil;

/**
 * What a synthetic council holds.
 *
 * @param councilCode     the council the teams belong to (created if the database has no such council)
 * @param councilName     its name, if it is created
 * @param policyFamily    its policy family, if it is created
 * @param prefix          makes usernames, team names and child ids unique to this load (several loads may share a council)
 * @param teams           teams; the first one holds {@code firstTeamCases} cases, the rest share the others
 * @param staff           staff over all teams: per team a team manager, a practice manager and social workers; one
 *                        service manager in the first team
 * @param cases           open cases (one child, one episode each; children grouped into families of one to three)
 * @param firstTeamCases  the cases of the first team
 * @param firstId         the first primary key used in every table (far above what the application's identities reach)
 */
public record CouncilShape(String councilCode, String councilName, String policyFamily, String prefix, int teams,
                           int staff, int cases, int firstTeamCases,
                           long firstId) {

    /** The big council of the run command's database: 5,000 open cases, 250 staff, 20 teams, one team of 300 cases. */
    public static CouncilShape bigCouncil() {
        return new CouncilShape("SUFFOLK", "Suffolk", "SUFFOLK", "big", 20, 250, 5_000, 300, 40_000_000L);
    }

    public CouncilShape {
        if (teams < 1 || staff < teams * 3 + 1 || cases < teams || firstTeamCases > cases) {
            throw new IllegalArgumentException("A council needs at least one team, three staff per team plus a"
                    + " service manager, and a case per team: " + this);
        }
    }

    public String teamManagerUsername() {
        return "tm." + prefix;
    }

    public String serviceManagerUsername() {
        return "svm." + prefix;
    }
}
