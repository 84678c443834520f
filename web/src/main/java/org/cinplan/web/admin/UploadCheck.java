package org.cinplan.web.admin;

import java.util.Locale;
import java.util.Optional;

/** Checks an uploaded bank-holidays file before it is read: present, a .json file, at most 1 MB. Pure. */
final class UploadCheck {

    static final long MAX_BYTES = 1024 * 1024;
    static final int MAX_NAME = 100;

    private UploadCheck() {
    }

    /** Why the file cannot be loaded, if it cannot. */
    static Optional<String> problem(String fileName, long size) {
        if (fileName == null || fileName.isBlank() || size <= 0) {
            return Optional.of("Choose a bank-holidays.json file to upload.");
        }
        if (!fileName.strip().toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Optional.of("Choose a .json file: the GOV.UK bank-holidays.json, not " + safeName(fileName) + ".");
        }
        if (size > MAX_BYTES) {
            return Optional.of("That file is " + (size + 1023) / 1024 + " KB; a bank-holidays file is at most 1 MB.");
        }
        return Optional.empty();
    }

    /** The file's own name without any folder, control characters or great length, fit to show and record. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME) + "…";
        }
        return name.isEmpty() ? "(no name)" : name;
    }
}
