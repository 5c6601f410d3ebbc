package se.stjarnbild.webapp.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import se.stjarnbild.webapp.it.http.StaffHttpClient;

/** The product WAR as built, opened for the in-container test runner; every Arquillian class deploys this. */
final class ProductWar {

    private ProductWar() {
    }

    static WebArchive asBuilt() {
        WebArchive war = ShrinkWrap.create(ZipImporter.class, "stjarnbild.war")
                .importFrom(new File(System.getProperty("stjarnbild.war"))).as(WebArchive.class);
        JavaArchive openRunner = ShrinkWrap.create(JavaArchive.class, "arquillian-open.jar")
                .addAsManifestResource("arquillian-open/META-INF/web-fragment.xml", "web-fragment.xml");
        return war.addAsLibrary(openRunner).addPackage(StaffHttpClient.class.getPackage());
    }
}
