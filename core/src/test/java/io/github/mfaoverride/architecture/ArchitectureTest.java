package io.github.mfaoverride.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * Keeps the hexagon honest: core's main classes depend only on the domain's libraries, never on JDBC, HTTP,
 * adapters or frameworks. Uses ArchUnit's plain API so it runs on the Jupiter engine like every other test.
 */
class ArchitectureTest {

    private static final String[] FORBIDDEN = {
        "java.sql..", "javax.sql..", "java.net.http..", "org.apache.http..", "org.apache.hc..", "okhttp3..",
        "io.github.mfaoverride.adapters..", "org.springframework..", "jakarta.persistence..", "jakarta.inject..",
        "javax.inject..", "com.fasterxml.."};

    private static final String[] ALLOWED = {
        "java..", "javax.crypto..", "com.google.common..", "com.google.i18n.phonenumbers..", "jakarta.validation..",
        "org.slf4j..", "io.github.mfaoverride.."};

    private static final ArchRule NO_INFRASTRUCTURE = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN)
            .because("core is the inside of the hexagon: storage, transport and frameworks live in adapters");

    private static final ArchRule ONLY_DOMAIN_LIBRARIES = classes()
            .should().onlyDependOnClassesThat().resideInAnyPackage(ALLOWED)
            .because("core's runtime dependencies are Guava, libphonenumber, jakarta.validation-api and slf4j-api");

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("io.github.mfaoverride");
    }

    @Test
    void importWhenCoreIsScannedThenOnlyMainClassesAreSeen() {
        assertThat(core.contain("io.github.mfaoverride.MfaOverride")).isTrue();
        assertThat(core.contain("io.github.mfaoverride.workflow.PhoneChangeRequest")).isTrue();
        assertThat(core.contain("io.github.mfaoverride.adapters.inmemory.InMemoryStore")).isFalse();
        assertThat(core.contain(ArchitectureTest.class.getName())).isFalse();
    }

    @Test
    void coreWhenItsDependenciesAreCheckedThenNoJdbcHttpAdapterOrFramework() {
        NO_INFRASTRUCTURE.check(core);
    }

    @Test
    void coreWhenItsDependenciesAreCheckedThenOnlyTheDomainsLibrariesAndTheJdk() {
        ONLY_DOMAIN_LIBRARIES.check(core);
    }

    @Test
    void noInfrastructureWhenAClassUsesJdbcThenReportsIt() {
        EvaluationResult result = NO_INFRASTRUCTURE.evaluate(new ClassFileImporter().importClasses(
                LeakyRepository.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line ->
                assertThat(line).contains("java.sql.Connection"));
    }

    @Test
    void onlyDomainLibrariesWhenAClassUsesAnUnlistedLibraryThenReportsIt() {
        EvaluationResult result = ONLY_DOMAIN_LIBRARIES.evaluate(new ClassFileImporter().importClasses(
                UnlistedLibraryUser.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line ->
                assertThat(line).contains("org.mockito.Mockito"));
    }

    /** A class that reaches for a library core does not declare. */
    static final class UnlistedLibraryUser {
        Object stub() {
            return Mockito.mock(Runnable.class);
        }
    }

    /** A class that does what core must not: talk to a database. */
    static final class LeakyRepository {
        void save(Connection connection) throws SQLException {
            connection.commit();
        }
    }
}
