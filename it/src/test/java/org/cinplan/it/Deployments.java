package org.cinplan.it;

import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The archives the integration tests deploy, all made from the EAR this build produced. */
public final class Deployments {

    private Deployments() {
    }

    /** The real cinplan EAR, exactly as built, for tests that drive it from outside (browser, HTTP). */
    public static EnterpriseArchive cinplanEar() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
    }

    /**
     * A test WAR holding the EAR's EJB module and libraries plus the given test classes, so a test runs
     * in the container beside the real EJBs, entities and migrations; with the run-as helpers that let it
     * call secured EJBs in a role ({@link InRole} for any of the eight).
     */
    public static WebArchive ejbModuleWith(Class<?>... testClasses) {
        EnterpriseArchive ear = cinplanEar();
        WebArchive war = ShrinkWrap.create(WebArchive.class, "cinplan-ejb-test.war")
                .addClasses(testClasses)
                .addClasses(Deployments.class, AsAdministrator.class, AsSocialWorker.class, AsAuditor.class,
                        RunAsRole.class, InRole.class, TestStaff.class, Paging.class)
                .addAsWebInfResource(new File("src/test/resources/test-ejb-jar.xml"), "ejb-jar.xml")
                .addAsWebInfResource(new File("src/test/resources/test-beans.xml"), "beans.xml")
                .addAsWebInfResource(new File("src/test/resources/test-glassfish-web.xml"), "glassfish-web.xml")
                .addAsWebInfResource(new File("src/test/resources/test-glassfish-ejb-jar.xml"), "glassfish-ejb-jar.xml")
                .addAsLibraries(jarOf(org.assertj.core.api.Assertions.class));
        for (ArchivePath path : ear.getContent().keySet()) {
            String name = path.get();
            boolean library = name.startsWith("/lib/") && name.endsWith(".jar");
            if (library || name.equals("/cinplan-ejb.jar")) {
                war.addAsLibrary(ear.getAsType(JavaArchive.class, name));
            }
        }
        return war;
    }

    /** The jar a test library class came from, to ship it into the container with the test. */
    static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static File earFile() {
        File ear = new File(System.getProperty("cinplan.ear", "../ear/target/cinplan.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear.getAbsolutePath() + ": build the ear module first");
        }
        return ear;
    }
}
