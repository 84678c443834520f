package org.cinplan.demo.bigcouncil;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic council ({@link CouncilShape}) with JDBC batches: teams, staff, families, children and one open
 * episode per child, decided between 5 days and 2 years ago, each with the history a case of its age has: an initial
 * meeting and a review about every six weeks (about 8 a year, some late), a visit about every three weeks (about 17 a
 * year, some late or written up late) and a new CIN plan version, agreed two days later, about every quarter. Random
 * but repeatable (fixed seed); dates are relative to {@code today}.
 */
public final class SyntheticCouncil {

    /** Rows a load wrote. */
    public record Loaded(int teams, int staff, int families, int cases, int meetings, int visits, int planVersions) {
    }

    private static final int BATCH = 5_000;
    private static final String[] GIVEN_NAMES = {"Arlo", "Briony", "Caspian", "Delphine", "Emrys", "Fenna", "Gulliver",
            "Honora", "Ivo", "Juniper", "Kestrel", "Linnea", "Marlowe", "Nerys", "Orrin", "Perpetua", "Quillon",
            "Rosamund", "Sorrel", "Tamsin", "Ulric", "Verity", "Wilder", "Xanthe", "Yestin", "Zinnia"};
    private static final String[] NAME_STARTS = {"Ashen", "Bramble", "Corrow", "Dunmar", "Elder", "Fallow", "Gorse",
            "Hazel", "Inchy", "Kettle", "Lark", "Mossen", "Nettle", "Orchard", "Pebble", "Quarry", "Rush", "Sedge",
            "Thistle", "Umber", "Vetch", "Wren"};
    private static final String[] NAME_ENDS = {"combe", "dale", "fold", "gate", "hithe", "ings", "lowe", "mere", "nash",
            "shaw", "thwaite", "vane", "wick"};
    private static final String[] NEEDS = {"N1", "N1", "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N9"};
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "BCRB"};

    private final CouncilShape shape;
    private final LocalDate today;
    private final Random random = new Random(2026);
    private final Ids ids;
    private int familiesWritten;
    private int meetingsWritten;
    private int visitsWritten;
    private int versionsWritten;

    private SyntheticCouncil(CouncilShape shape, LocalDate today) {
        this.shape = shape;
        this.today = today;
        this.ids = new Ids(shape.firstId());
    }

    /**
     * Writes the council's rows through {@code connection}, committing after each batch when the connection is not in
     * auto-commit. Every member of staff gets {@code passwordHash}.
     */
    public static Loaded write(Connection connection, CouncilShape shape, String passwordHash, LocalDate today)
            throws SQLException {
        return new SyntheticCouncil(shape, today).writeAll(connection, passwordHash);
    }

    private Loaded writeAll(Connection connection, String passwordHash) throws SQLException {
        long council = council(connection);
        List<Long> teams = new ArrayList<>();
        try (PreparedStatement team = connection.prepareStatement(
                "INSERT INTO team (id, council_id, name, row_version) VALUES (?, ?, ?, 1)")) {
            for (int t = 0; t < shape.teams(); t++) {
                long id = shape.firstId() + t;
                team.setLong(1, id);
                team.setLong(2, council);
                team.setString(3, String.format("Locality team %02d (%s)", t + 1, shape.prefix()));
                team.addBatch();
                teams.add(id);
            }
            team.executeBatch();
        }
        Staff staff = writeStaff(connection, teams, passwordHash);
        try (Rows rows = new Rows(connection)) {
            for (int t = 0; t < shape.teams(); t++) {
                writeCases(rows, council, staff, t, casesOf(t));
            }
        }
        commit(connection);
        return new Loaded(shape.teams(), shape.staff(), familiesWritten, shape.cases(), meetingsWritten, visitsWritten,
                versionsWritten);
    }

    private int casesOf(int team) {
        if (shape.teams() == 1) {
            return shape.cases();
        }
        int rest = shape.cases() - shape.firstTeamCases();
        int others = shape.teams() - 1;
        return team == 0 ? shape.firstTeamCases() : rest / others + (team <= rest % others ? 1 : 0);
    }

    private long council(Connection connection) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT id FROM council WHERE code = ?")) {
            find.setString(1, shape.councilCode());
            try (ResultSet rows = find.executeQuery()) {
                if (rows.next()) {
                    return rows.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO council (id, code, name, policy_family, row_version) VALUES (?, ?, ?, ?, 1)")) {
            insert.setLong(1, shape.firstId());
            insert.setString(2, shape.councilCode());
            insert.setString(3, shape.councilName());
            insert.setString(4, shape.policyFamily());
            insert.executeUpdate();
        }
        return shape.firstId();
    }

    /** Who is in each team: its manager's username and its social workers' ids and usernames. */
    private record Staff(List<String> managers, List<List<Long>> workerIds, List<List<String>> workerNames) {
    }

    private Staff writeStaff(Connection connection, List<Long> teams, String passwordHash) throws SQLException {
        List<String> managers = new ArrayList<>();
        List<List<Long>> workerIds = new ArrayList<>();
        List<List<String>> workerNames = new ArrayList<>();
        for (int t = 0; t < teams.size(); t++) {
            managers.add(null);
            workerIds.add(new ArrayList<>());
            workerNames.add(new ArrayList<>());
        }
        try (PreparedStatement member = connection.prepareStatement("INSERT INTO staff_member (id, username, full_name,"
                + " email, password_hash, enabled, team_id, budget_holder, row_version) VALUES (?, ?, ?, ?, ?, TRUE, ?, ?, 1)");
             PreparedStatement role = connection.prepareStatement("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)")) {
            for (int s = 0; s < shape.staff(); s++) {
                int team = s == 0 ? 0 : (s - 1) % teams.size();
                int position = s == 0 ? -1 : (s - 1) / teams.size();
                String roleName = switch (position) {
                    case -1 -> "SERVICE_MANAGER";
                    case 0 -> "TEAM_MANAGER";
                    case 1 -> "PRACTICE_MANAGER";
                    default -> "SOCIAL_WORKER";
                };
                String username = s == 0 ? shape.serviceManagerUsername()
                        : position == 0 && team == 0 ? shape.teamManagerUsername()
                        : String.format("%s.%s%03d", shape.prefix(), roleName.equals("SOCIAL_WORKER") ? "sw"
                        : roleName.equals("TEAM_MANAGER") ? "tm" : "pm", s);
                long id = shape.firstId() + s;
                member.setLong(1, id);
                member.setString(2, username);
                member.setString(3, GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)] + " " + familyName());
                member.setString(4, username + "@cinplan.example");
                member.setString(5, passwordHash);
                member.setLong(6, teams.get(team));
                member.setBoolean(7, position <= 0);
                member.addBatch();
                role.setLong(1, id);
                role.setString(2, roleName);
                role.addBatch();
                if (position == 0) {
                    managers.set(team, username);
                } else if (position > 1) {
                    workerIds.get(team).add(id);
                    workerNames.get(team).add(username);
                }
            }
            member.executeBatch();
            role.executeBatch();
        }
        for (int t = 0; t < teams.size(); t++) {
            if (workerIds.get(t).isEmpty()) {
                throw new IllegalArgumentException("Team " + (t + 1) + " has no social worker: give the council more staff");
            }
        }
        return new Staff(managers, workerIds, workerNames);
    }

    private void writeCases(Rows rows, long council, Staff staff, int team, int cases) throws SQLException {
        List<Long> workers = staff.workerIds().get(team);
        int written = 0;
        while (written < cases) {
            int familySize = Math.min(cases - written, 1 + random.nextInt(3));
            int worker = familiesWritten % workers.size();
            long family = rows.family(ids.family++, council, familyName(), workers.get(worker));
            familiesWritten++;
            LocalDate decision = today.minusDays(5 + random.nextInt(726));
            for (int c = 0; c < familySize; c++) {
                long child = ids.child++;
                rows.child(child, family, String.format("%S%08d", shape.prefix(), child - shape.firstId()),
                        GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)], rows.lastFamilyName,
                        decision.minusDays(90 + random.nextInt(365 * 15)), random.nextBoolean() ? "F" : "M",
                        ETHNICITIES[random.nextInt(ETHNICITIES.length)]);
                long episode = ids.episode++;
                rows.episode(episode, child, decision.minusDays(5 + random.nextInt(15)), decision,
                        NEEDS[random.nextInt(NEEDS.length)]);
                history(rows, episode, decision, staff.workerNames().get(team).get(worker), staff.managers().get(team));
                rows.flushIfFull();
            }
            written += familySize;
        }
    }

    private void history(Rows rows, long episode, LocalDate decision, String worker, String manager) throws SQLException {
        LocalDate held = decision.plusDays(5 + random.nextInt(10));
        boolean initial = true;
        while (held.isBefore(today)) {
            LocalDate nextReview = held.plusWeeks(6);
            rows.meeting(ids.meeting++, episode, initial ? "INITIAL" : "REVIEW", held,
                    held.plusDays(2 + random.nextInt(random.nextInt(10) == 0 ? 20 : 8)), nextReview);
            meetingsWritten++;
            initial = false;
            held = nextReview.plusDays(random.nextInt(7) == 0 ? 1 + random.nextInt(21) : -random.nextInt(8));
        }
        LocalDate visited = decision.plusDays(3 + random.nextInt(8));
        while (visited.isBefore(today)) {
            boolean alone = random.nextInt(10) < 7;
            LocalDate recorded = visited.plusDays(random.nextInt(12) == 0 ? 5 + random.nextInt(10) : random.nextInt(3));
            rows.visit(ids.visit++, episode, visited, alone, recorded.isAfter(today) ? today : recorded);
            visitsWritten++;
            visited = visited.plusDays(random.nextInt(10) == 0 ? 30 + random.nextInt(15) : 14 + random.nextInt(14));
        }
        LocalDate drafted = decision.plusDays(10 + random.nextInt(10));
        if (!drafted.isBefore(today)) {
            return;
        }
        long plan = ids.plan++;
        rows.plan(plan, episode);
        int number = 1;
        while (true) {
            LocalDate next = drafted.plusDays(80 + random.nextInt(40));
            boolean latest = !next.isBefore(today);
            long version = ids.planVersion++;
            LocalDate agreed = drafted.plusDays(2).isAfter(today) ? today : drafted.plusDays(2);
            rows.planVersion(version, plan, number++, latest ? "APPROVED" : "SUPERSEDED", worker, drafted, manager,
                    agreed);
            rows.planApproval(version, episode, agreed, manager);
            versionsWritten++;
            if (latest) {
                return;
            }
            drafted = next;
        }
    }

    private String familyName() {
        return NAME_STARTS[random.nextInt(NAME_STARTS.length)] + NAME_ENDS[random.nextInt(NAME_ENDS.length)];
    }

    private static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /** The next primary key of each table. */
    private static final class Ids {
        long family;
        long child;
        long episode;
        long meeting;
        long visit;
        long plan;
        long planVersion;

        Ids(long first) {
            family = child = episode = meeting = visit = plan = planVersion = first;
        }
    }

    /** The batched inserts, flushed parents first. */
    private static final class Rows implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement family;
        private final PreparedStatement child;
        private final PreparedStatement episode;
        private final PreparedStatement plan;
        private final PreparedStatement planVersion;
        private final PreparedStatement planApproval;
        private final PreparedStatement meeting;
        private final PreparedStatement visit;
        private int pending;
        String lastFamilyName;

        Rows(Connection connection) throws SQLException {
            this.connection = connection;
            family = connection.prepareStatement("INSERT INTO family (id, council_id, name, allocated_worker_id,"
                    + " row_version) VALUES (?, ?, ?, ?, 1)");
            child = connection.prepareStatement("INSERT INTO child (id, family_id, la_child_id, given_name, family_name,"
                    + " date_of_birth, sex, ethnicity, disabled, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, 1)");
            episode = connection.prepareStatement("INSERT INTO episode (id, child_id, episode_type, referral_date,"
                    + " decision_date, primary_need_code, disabled_childrens_team, row_version)"
                    + " VALUES (?, ?, 'STANDARD', ?, ?, ?, FALSE, 1)");
            plan = connection.prepareStatement("INSERT INTO cin_plan (id, episode_id, row_version) VALUES (?, ?, 1)");
            planVersion = connection.prepareStatement("INSERT INTO cin_plan_version (id, plan_id, version_number, status,"
                    + " created_by, created_at, submitted_by, submitted_at, decided_by, decided_at, needs, row_version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Needs as assessed; see the assessment.', 1)");
            planApproval = connection.prepareStatement("INSERT INTO plan_approval (id, episode_id, approved_on,"
                    + " approved_by) VALUES (?, ?, ?, ?)");
            meeting = connection.prepareStatement("INSERT INTO meeting (id, episode_id, kind, held_on,"
                    + " minutes_distributed_on, next_review_date, row_version) VALUES (?, ?, ?, ?, ?, ?, 1)");
            visit = connection.prepareStatement("INSERT INTO visit (id, episode_id, visit_date, child_seen, seen_alone,"
                    + " not_alone_reason, recorded_on, announced, purpose, row_version)"
                    + " VALUES (?, ?, ?, TRUE, ?, ?, ?, TRUE, 'Progress on the CIN plan', 1)");
        }

        long family(long id, long council, String name, long worker) throws SQLException {
            lastFamilyName = name;
            family.setLong(1, id);
            family.setLong(2, council);
            family.setString(3, name + " family");
            family.setLong(4, worker);
            add(family);
            return id;
        }

        void child(long id, long family, String laChildId, String givenName, String familyName, LocalDate born,
                   String sex, String ethnicity) throws SQLException {
            child.setLong(1, id);
            child.setLong(2, family);
            child.setString(3, laChildId);
            child.setString(4, givenName);
            child.setString(5, familyName);
            child.setDate(6, Date.valueOf(born));
            child.setString(7, sex);
            child.setString(8, ethnicity);
            add(child);
        }

        void episode(long id, long child, LocalDate referral, LocalDate decision, String need) throws SQLException {
            episode.setLong(1, id);
            episode.setLong(2, child);
            episode.setDate(3, Date.valueOf(referral));
            episode.setDate(4, Date.valueOf(decision));
            episode.setString(5, need);
            add(episode);
        }

        void meeting(long id, long episode, String kind, LocalDate held, LocalDate minutes, LocalDate nextReview)
                throws SQLException {
            meeting.setLong(1, id);
            meeting.setLong(2, episode);
            meeting.setString(3, kind);
            meeting.setDate(4, Date.valueOf(held));
            meeting.setDate(5, Date.valueOf(minutes));
            meeting.setDate(6, Date.valueOf(nextReview));
            add(meeting);
        }

        void visit(long id, long episode, LocalDate visited, boolean alone, LocalDate recorded) throws SQLException {
            visit.setLong(1, id);
            visit.setLong(2, episode);
            visit.setDate(3, Date.valueOf(visited));
            visit.setBoolean(4, alone);
            visit.setString(5, alone ? null : "Seen with a parent present");
            visit.setDate(6, Date.valueOf(recorded));
            add(visit);
        }

        void plan(long id, long episode) throws SQLException {
            plan.setLong(1, id);
            plan.setLong(2, episode);
            add(plan);
        }

        void planVersion(long id, long plan, int number, String status, String author, LocalDate drafted,
                         String approver, LocalDate agreed) throws SQLException {
            planVersion.setLong(1, id);
            planVersion.setLong(2, plan);
            planVersion.setInt(3, number);
            planVersion.setString(4, status);
            planVersion.setString(5, author);
            planVersion.setTimestamp(6, Timestamp.valueOf(drafted.atTime(10, 0)));
            planVersion.setString(7, author);
            planVersion.setTimestamp(8, Timestamp.valueOf(drafted.atTime(16, 0)));
            planVersion.setString(9, approver);
            planVersion.setTimestamp(10, Timestamp.valueOf(agreed.atTime(17, 0)));
            add(planVersion);
        }

        void planApproval(long id, long episode, LocalDate approved, String approver) throws SQLException {
            planApproval.setLong(1, id);
            planApproval.setLong(2, episode);
            planApproval.setDate(3, Date.valueOf(approved));
            planApproval.setString(4, approver);
            add(planApproval);
        }

        private void add(PreparedStatement statement) throws SQLException {
            statement.addBatch();
            pending++;
        }

        void flushIfFull() throws SQLException {
            if (pending >= BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            for (PreparedStatement statement : statements()) {
                statement.executeBatch();
            }
            commit(connection);
            pending = 0;
        }

        private List<PreparedStatement> statements() {
            return List.of(family, child, episode, plan, planVersion, planApproval, meeting, visit);
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                for (PreparedStatement statement : statements()) {
                    statement.close();
                }
            }
        }
    }
}
