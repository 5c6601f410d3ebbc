package se.stjarnbild.webapp.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries hold for the product's classes, and the same rules fail on a planted
 * violation (package {@code archfixture}, test sources only), so a passing run means something.
 */
class ArchitectureTest {

    private static final String ROOT = "se.stjarnbild";
    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
    private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("archfixture");

    @Test
    void everyModuleIsOnTheClassPathToBeChecked() {
        for (String module : ModuleRules.FEATURE_MODULES) {
            assertTrue(PRODUCT.containPackage(ROOT + "." + module), module + " classes were imported");
        }
        assertTrue(PRODUCT.containPackage(ROOT + ".model"));
    }

    @Test
    void packagesHaveNoCycles() {
        ModuleRules.noPackageCycles(ROOT).check(PRODUCT);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        for (String module : ModuleRules.FEATURE_MODULES) {
            ModuleRules.internalsStayInside(ROOT, module).check(PRODUCT);
        }
    }

    @Test
    void theModelDependsOnJakartaOnly() {
        ModuleRules.modelUsesOnlyJakarta(ROOT).check(PRODUCT);
    }

    @Test
    void reportingAndTheWebappAreUsedByNoModule() {
        ModuleRules.nothingButTheWebappUsesReporting(ROOT).check(PRODUCT);
        ModuleRules.nothingDependsOnTheWebapp(ROOT).check(PRODUCT);
    }

    @Test
    void theRulesCatchPlantedViolations() {
        assertThrows(AssertionError.class, () -> ModuleRules.noPackageCycles("archfixture").check(PLANTED),
                "a cycle between archfixture.cyclea and archfixture.cycleb");
        assertThrows(AssertionError.class, () -> ModuleRules.internalsStayInside("archfixture", "dialogue").check(PLANTED),
                "archfixture.meetings uses archfixture.dialogue.internal");
        assertThrows(AssertionError.class, () -> ModuleRules.modelUsesOnlyJakarta("archfixture").check(PLANTED),
                "archfixture.model uses archfixture.meetings");
    }
}
