package io.github.mfaoverride.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mfaoverride.adapters.inmemory.InMemoryTransactions;
import io.github.mfaoverride.adapters.inmemory.InMemoryUserDirectory;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.Organization;
import io.github.mfaoverride.domain.OrganizationId;
import io.github.mfaoverride.domain.OrganizationType;
import io.github.mfaoverride.domain.User;
import io.github.mfaoverride.testkit.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The default policy's scopes on organization trees the fixture world does not have: deep trees, cycles, and an
 * operator that sits above its customers.
 */
class ScopedRoleAuthorizationTest {

    private final InMemoryUserDirectory directory = new InMemoryUserDirectory(new InMemoryTransactions());
    private final ScopedRoleAuthorization withDescendants = ScopedRoleAuthorization.builder(directory)
            .includeDescendants(true).build();
    private final ScopedRoleAuthorization byDefault = ScopedRoleAuthorization.builder(directory).build();

    @Test
    void evaluateWhenDescendantsAreIncludedThenAPartnerReachesGrandchildren() {
        org("partner", OrganizationType.PARTNER, null);
        org("merchant", OrganizationType.MERCHANT, "partner");
        org("store", OrganizationType.MERCHANT, "merchant");
        User admin = admin(AdminRole.PARTNER_ADMIN, "partner");
        User clerk = TestUsers.user("clerk").in("store").build();

        assertThat(withDescendants.evaluate(admin, clerk).isEligible()).isTrue();
        assertThat(byDefault.evaluate(admin, clerk).reasons()).containsExactly(Ineligibility.TARGET_OUT_OF_SCOPE);
    }

    @Test
    void evaluateWhenTheOrganizationTreeHasACycleThenTheWalkEndsAndRefuses() {
        org("a", OrganizationType.MERCHANT, "b");
        org("b", OrganizationType.MERCHANT, "a");
        org("elsewhere", OrganizationType.MERCHANT, null);
        User admin = admin(AdminRole.MERCHANT_ADMIN, "elsewhere");
        User target = TestUsers.user("t").in("a").build();

        assertThat(withDescendants.evaluate(admin, target).reasons())
                .containsExactly(Ineligibility.TARGET_OUT_OF_SCOPE);
    }

    @Test
    void evaluateWhenTheTreeIsDeeperThanTheWalkAllowsThenTheFarAncestorIsNotReached() {
        org("root", OrganizationType.PARTNER, null);
        String parent = "root";
        for (int level = 1; level <= 40; level++) {
            org("level-" + level, OrganizationType.MERCHANT, parent);
            parent = "level-" + level;
        }
        User admin = admin(AdminRole.PARTNER_ADMIN, "root");

        assertThat(withDescendants.evaluate(admin, TestUsers.user("near").in("level-5").build()).isEligible())
                .isTrue();
        assertThat(withDescendants.evaluate(admin, TestUsers.user("far").in("level-40").build()).reasons())
                .containsExactly(Ineligibility.TARGET_OUT_OF_SCOPE);
    }

    @Test
    void evaluateWhenTheOperatorSitsAboveItsCustomersThenItsAdminStillActsOnEmployeesOnly() {
        org("operator", OrganizationType.PLATFORM_OPERATOR, null);
        org("partner", OrganizationType.PARTNER, "operator");
        User admin = admin(AdminRole.PLATFORM_OPERATOR_ADMIN, "operator");
        User employee = TestUsers.user("employee").in("operator").build();
        User customer = TestUsers.user("customer").in("partner").build();

        assertThat(withDescendants.evaluate(admin, employee).isEligible()).isTrue();
        assertThat(withDescendants.evaluate(admin, customer).reasons())
                .containsExactly(Ineligibility.TARGET_OUT_OF_SCOPE);
    }

    @Test
    void evaluateWhenArgumentsAreNullThenNamesThem() {
        User admin = admin(AdminRole.PARTNER_ADMIN, "partner");

        assertThatThrownBy(() -> byDefault.evaluate(null, admin)).hasMessageContaining("admin");
        assertThatThrownBy(() -> byDefault.evaluate(admin, null)).hasMessageContaining("target");
        assertThatThrownBy(() -> ScopedRoleAuthorization.builder(null)).hasMessageContaining("directory");
    }

    private void org(String id, OrganizationType type, String parent) {
        directory.save(parent == null
                ? Organization.topLevel(OrganizationId.of(id), id, type)
                : Organization.under(OrganizationId.of(parent), OrganizationId.of(id), id, type));
    }

    private User admin(AdminRole role, String organization) {
        return TestUsers.user("admin").in(organization).mfaOn("+12015550103").grant(role, organization).build();
    }
}
