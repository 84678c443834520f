package org.cinplan.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cinplan.admin.CredentialCheck;
import org.cinplan.admin.NewStaffMember;
import org.cinplan.platform.Role;
import org.cinplan.admin.SignInStatus;
import org.cinplan.admin.SignInThrottle;
import org.cinplan.admin.StaffAdministration;
import org.cinplan.admin.StaffCredentials;
import org.cinplan.admin.StaffView;
import org.cinplan.admin.TeamView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in protections on a real Payara and database: attempts limited atomically per username and per address, a
 * lock-out that attempts cannot extend, cleared by a reset; an unknown username refused as slowly as a wrong
 * password; a reset that ends sessions and forces a new password. Each test uses its own usernames and addresses
 * (documentation addresses, RFC 5737), so no demo login is ever locked out.
 */
@ExtendWith(ArquillianExtension.class)
class SignInProtectionIT {

    private static final String PASSWORD = "juniper canal weathervane";

    @Deployment
    static WebArchive deployment() {
        return Deployments.ejbModuleWith(SignInProtectionIT.class);
    }

    @Inject
    private SignInThrottle throttle;

    @Inject
    private StaffCredentials credentials;

    @Inject
    private SignInStatus status;

    @Inject
    private StaffAdministration administration;

    @Inject
    private AsAdministrator asAdministrator;

    @PersistenceContext
    private EntityManager em;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String anAddress() {
        return "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID().toString().substring(0, 4);
    }

    @Test
    void parallelAttemptsOnOneUsernameGetNoMoreThanTheLimitBetweenThem() throws Exception {
        String username = unique("it.parallel-");
        List<SignInThrottle.Admission> answers = atOnce(20, () -> throttle.admit(username, anAddress()));

        assertThat(answers).filteredOn(a -> a == SignInThrottle.Admission.ADMITTED)
                .hasSize(SignInThrottle.MAX_ATTEMPTS_PER_USERNAME);
        assertThat(answers).filteredOn(a -> a == SignInThrottle.Admission.USERNAME_LOCKED)
                .hasSize(20 - SignInThrottle.MAX_ATTEMPTS_PER_USERNAME);
    }

    @Test
    void attemptsDuringALockOutDoNotExtendIt() throws Exception {
        String username = unique("it.locked-");
        for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS_PER_USERNAME; i++) {
            assertThat(throttle.admit(username, anAddress())).isEqualTo(SignInThrottle.Admission.ADMITTED);
        }
        Object windowStart = windowStartOf(username);
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.admit(username, anAddress())).isEqualTo(SignInThrottle.Admission.USERNAME_LOCKED);
        }
        assertThat(windowStartOf(username)).as("the lock-out still ends when its first window does")
                .isEqualTo(windowStart);
    }

    @Test
    void oneAddressIsLimitedWhateverTheUsernames() {
        String address = anAddress();
        for (int i = 0; i < throttle.attemptsPerAddress(); i++) {
            assertThat(throttle.admit(unique("it.spray-"), address)).isEqualTo(SignInThrottle.Admission.ADMITTED);
        }
        assertThat(throttle.admit(unique("it.spray-"), address)).isEqualTo(SignInThrottle.Admission.ADDRESS_LOCKED);
        assertThat(throttle.admit(unique("it.spray-"), anAddress())).isEqualTo(SignInThrottle.Admission.ADMITTED);
    }

    @Test
    void aSuccessfulSignInGivesItsPlacesBack() {
        String username = unique("it.typo-");
        String address = anAddress();
        for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS_PER_USERNAME - 1; i++) {
            throttle.admit(username, address);
        }
        throttle.succeeded(username, address);
        for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS_PER_USERNAME; i++) {
            assertThat(throttle.admit(username, address)).isEqualTo(SignInThrottle.Admission.ADMITTED);
        }
    }

    @Test
    void anAdministratorsResetEndsSessionsForcesANewPasswordAndLiftsTheLockOut() {
        StaffView member = create(unique("it.reset-"));
        CredentialCheck signedIn = credentials.check(member.username(), PASSWORD.toCharArray());
        assertThat(signedIn.accepted()).isTrue();
        assertThat(status.standing(member.username(), signedIn.credentialsVersion()))
                .isEqualTo(SignInStatus.Standing.SIGNED_IN);
        for (int i = 0; i < SignInThrottle.MAX_ATTEMPTS_PER_USERNAME; i++) {
            throttle.admit(member.username(), anAddress());
        }
        assertThat(throttle.admit(member.username(), anAddress())).isEqualTo(SignInThrottle.Admission.USERNAME_LOCKED);

        asAdministrator.call(() -> administration.resetPassword(member.id(), member.version(), "quartz meadow lantern"));

        assertThat(status.standing(member.username(), signedIn.credentialsVersion()))
                .as("the session signed in before the reset").isEqualTo(SignInStatus.Standing.ENDED);
        CredentialCheck afterReset = credentials.check(member.username(), "quartz meadow lantern".toCharArray());
        assertThat(afterReset.mustChangePassword()).isTrue();
        assertThat(status.standing(member.username(), afterReset.credentialsVersion()))
                .isEqualTo(SignInStatus.Standing.MUST_CHANGE_PASSWORD);
        assertThat(throttle.admit(member.username(), anAddress())).isEqualTo(SignInThrottle.Admission.ADMITTED);
    }

    @Test
    void anUnknownUsernameIsRefusedAsSlowlyAsAWrongPassword() {
        StaffView member = create(unique("it.timing-"));
        long wrongPassword = medianNanos(() -> credentials.check(member.username(), "not the password".toCharArray()));
        long unknown = medianNanos(() -> credentials.check(unique("it.nobody-"), "not the password".toCharArray()));

        assertThat(credentials.check(unique("it.nobody-"), PASSWORD.toCharArray()).accepted()).isFalse();
        assertThat(unknown).as("an unknown username (%d ms) against a wrong password (%d ms)", unknown / 1_000_000,
                wrongPassword / 1_000_000).isGreaterThan(wrongPassword / 2);
    }

    private StaffView create(String username) {
        TeamView team = asAdministrator.call(() -> administration.allTeams()).get(0);
        return asAdministrator.call(() -> administration.createStaffMember(new NewStaffMember(username, "Tamsin Orrell",
                null, team.id(), EnumSet.of(Role.SOCIAL_WORKER)), PASSWORD));
    }

    /** When the username's window started; the throttle keeps only a SHA-256 of what was typed. */
    private Object windowStartOf(String username) throws Exception {
        String key = "u:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        return em.createNativeQuery("SELECT window_start FROM sign_in_throttle WHERE throttle_key = ?")
                .setParameter(1, key).getSingleResult();
    }

    private static long medianNanos(Runnable call) {
        long[] times = LongStream.range(0, 3).map(i -> {
            long start = System.nanoTime();
            call.run();
            return System.nanoTime() - start;
        }).sorted().toArray();
        return times[1];
    }

    private static <T> List<T> atOnce(int callers, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> running = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            running.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> answer : running) {
            answers.add(answer.get());
        }
        pool.shutdown();
        return answers;
    }
}
