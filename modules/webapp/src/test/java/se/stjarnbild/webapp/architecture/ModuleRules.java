package se.stjarnbild.webapp.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;

/**
 * The module rules of ARCHITECTURE.md as ArchUnit rules, over any root package, so the same
 * rules can be shown to catch planted violations.
 */
final class ModuleRules {

    static final List<String> FEATURE_MODULES = List.of("dialogue", "referencegroups", "meetings", "reporting");

    private ModuleRules() {
    }

    /** No cycles between packages, at any depth below the root. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /** A module's internal and web packages are its own: nobody outside the module may use them. */
    static ArchRule internalsStayInside(String root, String module) {
        String base = root + "." + module;
        return noClasses().that().resideOutsideOfPackage(base + "..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".internal..", base + ".web..")
                .allowEmptyShould(true)
                .because("modules talk through their public API (the base package) only");
    }

    /** The model depends on the Java (with JDBC's javax.sql) and Jakarta APIs only. */
    static ArchRule modelUsesOnlyJakarta(String root) {
        return ArchRuleDefinition.classes().that().resideInAPackage(root + ".model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".model..", "java..", "javax.sql..", "jakarta..")
                .because("the model is shared by every module and must not depend on any of them");
    }

    /** Nothing but the webapp depends on reporting: it reads the others, never the reverse. */
    static ArchRule nothingButTheWebappUsesReporting(String root) {
        return noClasses().that().resideOutsideOfPackages(root + ".reporting..", root + ".webapp..")
                .should().dependOnClassesThat().resideInAPackage(root + ".reporting..")
                .allowEmptyShould(true);
    }

    /** No module depends on the webapp, which assembles them. */
    static ArchRule nothingDependsOnTheWebapp(String root) {
        return noClasses().that().resideOutsideOfPackage(root + ".webapp..")
                .should().dependOnClassesThat().resideInAPackage(root + ".webapp..")
                .allowEmptyShould(true);
    }
}
