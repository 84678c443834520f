package org.cinplan.casework;

import java.util.Set;

/**
 * The record access rule of {@link CaseAccess} as a pure function of who asks and whose record it is, so that every
 * case of it can be checked without a server.
 * <ul>
 * <li>Ordinary access: the allocated worker changes the record; a team, practice or consultant manager of the worker's
 *     team changes it; anyone else of that team reads it. An unallocated family's records are read by the managers of
 *     its council.</li>
 * <li>A restricted record is sealed to everyone not named on its access list, whatever their role or team; those named
 *     keep the ordinary access they have (at least reading).</li>
 * <li>Anyone else of the record's council with a casework role is offered break-glass (and reads while it lasts);
 *     another council's record, or a caller with no casework role, gets nothing.</li>
 * </ul>
 */
final class AccessRule {

    /**
     * Who asks: their staff id, team and council, and which of the casework roles they hold.
     *
     * @param casework       holds any casework role (administrators and auditors do not)
     * @param editingManager a team manager, practice manager or consultant social worker
     * @param manager        an editing manager or a service manager
     */
    record Caller(long staffId, Long teamId, long councilId, boolean casework, boolean editingManager, boolean manager) {
    }

    /**
     * Whose record: the family's council, its allocated worker and their team (null when unallocated), the staff ids
     * on the restriction's access list (null when the record is not restricted), and whether the caller holds an
     * unexpired break-glass opening of it.
     */
    record Subject(long councilId, Long workerId, Long workerTeamId, Set<Long> accessList, boolean breakGlass) {
    }

    private AccessRule() {
    }

    static AccessLevel levelOf(Caller caller, Subject record) {
        if (!caller.casework()) {
            return AccessLevel.NONE;
        }
        boolean sameCouncil = caller.councilId() == record.councilId();
        AccessLevel ordinary = ordinaryLevel(caller, record, sameCouncil);
        if (record.accessList() == null && ordinary != null) {
            return ordinary;
        }
        if (record.accessList() != null && record.accessList().contains(caller.staffId())) {
            return ordinary != null ? ordinary : AccessLevel.READ;
        }
        if (!sameCouncil) {
            return AccessLevel.NONE;
        }
        return record.breakGlass() ? AccessLevel.BREAK_GLASS : AccessLevel.NONE_BREAK_GLASS_OFFERED;
    }

    /** Access by allocation and team alone (the worker's team, wherever the family lives); null when there is none. */
    private static AccessLevel ordinaryLevel(Caller caller, Subject record, boolean sameCouncil) {
        if (record.workerId() == null) {
            return sameCouncil && caller.manager() ? AccessLevel.READ : null;
        }
        if (record.workerId() == caller.staffId()) {
            return AccessLevel.EDIT;
        }
        if (record.workerTeamId() == null || !record.workerTeamId().equals(caller.teamId())) {
            return null;
        }
        return caller.editingManager() ? AccessLevel.EDIT : AccessLevel.READ;
    }
}
