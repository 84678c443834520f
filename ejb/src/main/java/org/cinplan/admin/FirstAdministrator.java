package org.cinplan.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.audit.AuditAction;
import org.cinplan.audit.AuditOutcome;
import org.cinplan.audit.AuditTrail;
import org.cinplan.platform.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The one-time set-up of the first administrator of a database with no staff (README, "First administrator"):
 * {@code cinplan.first-admin} names them and {@code cinplan.first-admin.password-file} is a file holding the password
 * chosen at set-up. The file is deleted once read, whether it was used or not; the password is never logged, and the
 * administrator must choose their own at first sign-in. A database that already holds staff is never touched.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    static final String FULL_NAME = "First administrator";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    @ConfigProperty(name = "cinplan.first-admin")
    private Optional<String> username;

    @Inject
    @ConfigProperty(name = "cinplan.first-admin.password-file")
    private Optional<String> passwordFile;

    @PostConstruct
    void createIfNoStaff() {
        Optional<String> password = passwordFile.map(Path::of).map(FirstAdministrator::readAndDelete);
        long staff = em.createQuery("select count(s) from StaffMember s", Long.class).getSingleResult();
        if (staff > 0) {
            if (password.isPresent()) {
                LOG.warning("cinplan: the database already holds staff; the first-administrator set-up was ignored"
                        + " and its password file deleted");
            }
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            LOG.warning("cinplan: no member of staff can sign in yet. Create the first administrator: stop the server"
                    + " and start it with CINPLAN_FIRST_ADMIN=<username> server-config/run.sh (README, 'First"
                    + " administrator')");
            return;
        }
        NewStaffMember details = new NewStaffMember(username.get(), FULL_NAME, null, null,
                EnumSet.of(Role.ADMINISTRATOR));
        Map<StaffField, List<String>> problems = StaffRules.problems(details, password.get(), PasswordPolicy.standard());
        if (!problems.isEmpty()) {
            LOG.severe(() -> "cinplan: the first administrator was not created: " + problems.values()
                    + " Start the set-up again with a better password.");
            return;
        }
        StaffMember administrator = new StaffMember(StaffRules.strip(username.get()), FULL_NAME, null,
                hasher.hash(password.get().toCharArray()), null, EnumSet.of(Role.ADMINISTRATOR));
        administrator.requirePasswordChange();
        em.persist(administrator);
        em.flush();
        auditTrail.record(administrator.username(), AuditAction.ADMIN_CHANGE, "StaffMember",
                String.valueOf(administrator.id()), null,
                "First administrator created at set-up; must choose a new password at first sign-in",
                AuditOutcome.SUCCESS);
        LOG.info(() -> "cinplan: first administrator " + administrator.username() + " created; they choose a new"
                + " password at first sign-in");
    }

    private static String readAndDelete(Path file) {
        try {
            String password = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("\\R\\z", "");
            Files.deleteIfExists(file);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cinplan: cannot read the first administrator's password file " + file, e);
        }
    }
}
