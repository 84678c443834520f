package org.cinplan.profiles;

import java.util.List;

/** A council and all versions of its policy profile, newest first. */
public record CouncilProfiles(String councilCode, String councilName, List<ProfileVersionView> versions) {

    public ProfileVersionView latest() {
        return versions.get(0);
    }
}
