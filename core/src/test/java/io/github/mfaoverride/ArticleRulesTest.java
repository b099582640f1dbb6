package io.github.mfaoverride;

import static io.github.mfaoverride.FlowFixture.ENTERPRISE_ADMIN;
import static io.github.mfaoverride.FlowFixture.ENTERPRISE_USER;
import static io.github.mfaoverride.FlowFixture.EMPLOYEE;
import static io.github.mfaoverride.FlowFixture.MERCHANT;
import static io.github.mfaoverride.FlowFixture.MERCHANT_ADMIN;
import static io.github.mfaoverride.FlowFixture.MERCHANT_USER;
import static io.github.mfaoverride.FlowFixture.NEW_NUMBER;
import static io.github.mfaoverride.FlowFixture.OLD_NUMBER;
import static io.github.mfaoverride.FlowFixture.OPERATOR_ADMIN;
import static io.github.mfaoverride.FlowFixture.OTHER_MERCHANT_USER;
import static io.github.mfaoverride.FlowFixture.PARTNER;
import static io.github.mfaoverride.FlowFixture.PARTNER_ADMIN;
import static io.github.mfaoverride.FlowFixture.PARTNER_USER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mfaoverride.authorization.Eligibility;
import io.github.mfaoverride.authorization.Ineligibility;
import io.github.mfaoverride.authorization.ScopedRoleAuthorization;
import io.github.mfaoverride.command.BeginPhoneChange;
import io.github.mfaoverride.domain.AdminRole;
import io.github.mfaoverride.domain.UserId;
import io.github.mfaoverride.domain.UserStatus;
import io.github.mfaoverride.outcome.BeginOutcome;
import io.github.mfaoverride.outcome.RefusalReason;
import io.github.mfaoverride.outcome.Refused;
import io.github.mfaoverride.outcome.VerifyOutcome;
import io.github.mfaoverride.testkit.TestUsers;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The source article's permissions and requirements, one named rule at a time, through the facade over the
 * in-memory adapters.
 */
class ArticleRulesTest {

    private final FlowFixture world = new FlowFixture();

    static Stream<Arguments> scopes() {
        return Stream.of(
                Arguments.of("Partner Admin, own partner's user", PARTNER_ADMIN, PARTNER_USER, true),
                Arguments.of("Partner Admin, user of a merchant below", PARTNER_ADMIN, MERCHANT_USER, false),
                Arguments.of("Partner Admin, user of another merchant", PARTNER_ADMIN, OTHER_MERCHANT_USER, false),
                Arguments.of("Partner Admin, operator employee", PARTNER_ADMIN, EMPLOYEE, false),
                Arguments.of("Merchant Admin, own merchant's user", MERCHANT_ADMIN, MERCHANT_USER, true),
                Arguments.of("Merchant Admin, another merchant's user", MERCHANT_ADMIN, OTHER_MERCHANT_USER, false),
                Arguments.of("Merchant Admin, parent partner's user", MERCHANT_ADMIN, PARTNER_USER, false),
                Arguments.of("Merchant Admin, enterprise user", MERCHANT_ADMIN, ENTERPRISE_USER, false),
                Arguments.of("Enterprise Admin, own enterprise's user", ENTERPRISE_ADMIN, ENTERPRISE_USER, true),
                Arguments.of("Enterprise Admin, merchant user", ENTERPRISE_ADMIN, MERCHANT_USER, false),
                Arguments.of("Enterprise Admin, operator employee", ENTERPRISE_ADMIN, EMPLOYEE, false),
                Arguments.of("Forte Admin, operator employee", OPERATOR_ADMIN, EMPLOYEE, true),
                Arguments.of("Forte Admin, partner user", OPERATOR_ADMIN, PARTNER_USER, false),
                Arguments.of("Forte Admin, merchant user", OPERATOR_ADMIN, MERCHANT_USER, false),
                Arguments.of("Forte Admin, enterprise user", OPERATOR_ADMIN, ENTERPRISE_USER, false));
    }

    @ParameterizedTest(name = "{0}: eligible {3}")
    @MethodSource("scopes")
    void eligibilityWhenRoleScopeIsCheckedThenOnlyTheRolesOwnOrganizationIsInScope(String rule, UserId admin,
            UserId target, boolean inScope) {
        Eligibility eligibility = world.mfa.eligibility(admin, target);

        assertThat(eligibility.isEligible()).as(rule).isEqualTo(inScope);
        assertThat(eligibility.showPhoneEditControl()).isEqualTo(inScope);
        assertThat(eligibility.reasons()).isEqualTo(inScope ? Set.of() : Set.of(Ineligibility.TARGET_OUT_OF_SCOPE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scopes")
    void beginWhenRoleScopeIsCheckedThenOutOfScopeTargetsAreRefusedAndNothingIsStored(String rule, UserId admin,
            UserId target, boolean inScope) {
        BeginOutcome outcome = world.mfa.begin(new BeginPhoneChange(admin, target));

        if (inScope) {
            assertThat(outcome).as(rule).isInstanceOf(BeginOutcome.Started.class);
            assertThat(world.store.requests().size()).isEqualTo(1);
        } else {
            assertThat(outcome).as(rule).isInstanceOfSatisfying(Refused.class, refused -> {
                assertThat(refused.reason()).isEqualTo(RefusalReason.INELIGIBLE);
                assertThat(refused.ineligibilities()).containsExactly(Ineligibility.TARGET_OUT_OF_SCOPE);
            });
            assertThat(world.store.requests().size()).isZero();
        }
    }

    @Test
    void eligibilityWhenDescendantsAreIncludedThenPartnerAdminReachesMerchantsBelowButNotElsewhere() {
        world.configure(builder -> builder.authorization(
                ScopedRoleAuthorization.builder(world.store.directory()).includeDescendants(true).build()));

        assertThat(world.mfa.eligibility(PARTNER_ADMIN, MERCHANT_USER).isEligible()).isTrue();
        assertThat(world.mfa.eligibility(PARTNER_ADMIN, ENTERPRISE_USER).isEligible()).isTrue();
        assertThat(world.mfa.eligibility(PARTNER_ADMIN, OTHER_MERCHANT_USER).reasons())
                .containsExactly(Ineligibility.TARGET_OUT_OF_SCOPE);
        assertThat(world.mfa.eligibility(MERCHANT_ADMIN, PARTNER_USER).reasons())
                .containsExactly(Ineligibility.TARGET_OUT_OF_SCOPE);
        assertThat(world.mfa.eligibility(OPERATOR_ADMIN, PARTNER_USER).reasons())
                .containsExactly(Ineligibility.TARGET_OUT_OF_SCOPE);
    }

    @Test
    void eligibilityWhenDescendantsAreNotConfiguredThenTheyAreOffByDefault() {
        assertThat(world.mfa.eligibility(PARTNER_ADMIN, MERCHANT_USER).reasons())
                .containsExactly(Ineligibility.TARGET_OUT_OF_SCOPE);
    }

    @Test
    void eligibilityWhenRoleIsGrantedInAnOrganizationOfAnotherTypeThenItCoversNothing() {
        world.save(TestUsers.user("misgranted").in(PARTNER).mfaOn("+12015550105")
                .grant(AdminRole.MERCHANT_ADMIN, PARTNER));

        assertThat(world.mfa.eligibility(UserId.of("misgranted"), PARTNER_USER).reasons())
                .containsExactly(Ineligibility.TARGET_OUT_OF_SCOPE);
    }

    @Test
    void eligibilityWhenRoleIsGrantedInAnUnknownOrganizationThenItCoversNothing() {
        world.save(TestUsers.user("orphan").in(MERCHANT).mfaOn("+12015550105")
                .grant(AdminRole.MERCHANT_ADMIN, "org-gone"));

        assertThat(world.mfa.eligibility(UserId.of("orphan"), MERCHANT_USER).reasons())
                .containsExactly(Ineligibility.TARGET_OUT_OF_SCOPE);
    }

    @Test
    void eligibilityWhenActingUserHoldsNoRoleThenRefusedAsNonAdmin() {
        Eligibility eligibility = world.mfa.eligibility(PARTNER_USER, MERCHANT_USER);

        assertThat(eligibility.reasons()).containsExactly(Ineligibility.ADMIN_HAS_NO_ADMIN_ROLE);
        assertThat(eligibility.showPhoneEditControl()).isFalse();
    }

    @Test
    void beginWhenAdminHasNoMfaThenRefusedWithThatReason() {
        world.save(TestUsers.user(MERCHANT_ADMIN.value()).in(MERCHANT).phoneWithoutMfa("+12015550103")
                .grant(AdminRole.MERCHANT_ADMIN, MERCHANT));

        BeginOutcome outcome = world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_USER));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.ineligibilities()).containsExactly(Ineligibility.ADMIN_MFA_NOT_ENABLED));
        assertThat(world.store.requests().size()).isZero();
        assertThat(world.outbox.delivered()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = UserStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void beginWhenAdminIsNotActiveThenRefusedWithThatReason(UserStatus status) {
        world.save(TestUsers.user(MERCHANT_ADMIN.value()).in(MERCHANT).mfaOn("+12015550103").status(status)
                .grant(AdminRole.MERCHANT_ADMIN, MERCHANT));

        BeginOutcome outcome = world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_USER));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.ineligibilities()).containsExactly(Ineligibility.ADMIN_NOT_ACTIVE));
        assertThat(world.store.requests().size()).isZero();
    }

    @ParameterizedTest
    @EnumSource(UserStatus.class)
    void eligibilityWhenTargetHasAStatusThenOnlyActiveAndSuspendedAreEligible(UserStatus status) {
        world.save(TestUsers.user(MERCHANT_USER.value()).in(MERCHANT).mfaOn(OLD_NUMBER).status(status));

        Eligibility eligibility = world.mfa.eligibility(MERCHANT_ADMIN, MERCHANT_USER);

        boolean expected = status == UserStatus.ACTIVE || status == UserStatus.SUSPENDED;
        assertThat(eligibility.isEligible()).isEqualTo(expected);
        assertThat(eligibility.reasons())
                .isEqualTo(expected ? Set.of() : Set.of(Ineligibility.TARGET_STATUS_NOT_ELIGIBLE));
    }

    @ParameterizedTest
    @EnumSource(value = UserStatus.class, names = {"ACTIVE", "SUSPENDED"}, mode = EnumSource.Mode.EXCLUDE)
    void beginWhenTargetStatusIsNotEligibleThenRefusedAndNothingIsStored(UserStatus status) {
        world.save(TestUsers.user(MERCHANT_USER.value()).in(MERCHANT).mfaOn(OLD_NUMBER).status(status));

        BeginOutcome outcome = world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_USER));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.ineligibilities()).containsExactly(Ineligibility.TARGET_STATUS_NOT_ELIGIBLE));
        assertThat(world.store.requests().size()).isZero();
    }

    @Test
    void eligibilityWhenDirectoryReportsAStatusTheLibraryDoesNotKnowThenNotEligible() {
        world.save(TestUsers.user(MERCHANT_USER.value()).in(MERCHANT).mfaOn(OLD_NUMBER)
                .status(UserStatus.fromName("ARCHIVED_BY_LEGAL")));

        assertThat(world.mfa.eligibility(MERCHANT_ADMIN, MERCHANT_USER).reasons())
                .containsExactly(Ineligibility.TARGET_STATUS_NOT_ELIGIBLE);
    }

    @Test
    void verifyCodeWhenTargetIsSuspendedThenTheNumberStillChanges() {
        world.save(TestUsers.user(MERCHANT_USER.value()).in(MERCHANT).mfaOn(OLD_NUMBER)
                .status(UserStatus.SUSPENDED));
        FlowFixture.Started started = world.started();

        VerifyOutcome outcome = world.verify(started.id(), MERCHANT_ADMIN, started.proof(), started.code());

        assertThat(outcome).isInstanceOf(VerifyOutcome.Completed.class);
        assertThat(world.phoneOf(MERCHANT_USER).e164()).isEqualTo(NEW_NUMBER);
    }

    @Test
    void beginWhenAdminTargetsThemselvesThenRefusedByDefault() {
        BeginOutcome outcome = world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_ADMIN));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.ineligibilities()).containsExactly(Ineligibility.SELF_TARGET));
    }

    @Test
    void beginWhenSelfTargetIsAllowedByOptionThenTheAdminMayChangeTheirOwnNumber() {
        world.configure(builder -> builder.authorization(
                ScopedRoleAuthorization.builder(world.store.directory()).allowSelfTarget(true).build()));

        assertThat(world.mfa.eligibility(MERCHANT_ADMIN, MERCHANT_ADMIN).isEligible()).isTrue();
        assertThat(world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_ADMIN)))
                .isInstanceOf(BeginOutcome.Started.class);
    }

    @Test
    void eligibilityWhenEveryRuleFailsThenEveryReasonIsReported() {
        world.save(TestUsers.user("weak-admin").in(MERCHANT).phoneWithoutMfa("+12015550105")
                .status(UserStatus.SUSPENDED).grant(AdminRole.MERCHANT_ADMIN, MERCHANT));
        world.save(TestUsers.user(OTHER_MERCHANT_USER.value()).in(FlowFixture.OTHER_MERCHANT).mfaOn(OLD_NUMBER)
                .status(UserStatus.INACTIVE));

        Eligibility eligibility = world.mfa.eligibility(UserId.of("weak-admin"), OTHER_MERCHANT_USER);

        assertThat(eligibility.reasons()).isEqualTo(EnumSet.of(Ineligibility.ADMIN_MFA_NOT_ENABLED,
                Ineligibility.ADMIN_NOT_ACTIVE, Ineligibility.TARGET_OUT_OF_SCOPE,
                Ineligibility.TARGET_STATUS_NOT_ELIGIBLE));
        assertThat(eligibility.showPhoneEditControl()).isFalse();
    }

    @Test
    void eligibilityWhenNonAdminTargetsThemselvesThenEveryReasonIsReported() {
        world.save(TestUsers.user("plain").in(MERCHANT).status(UserStatus.LOCKED_OUT));

        Eligibility eligibility = world.mfa.eligibility(UserId.of("plain"), UserId.of("plain"));

        assertThat(eligibility.reasons()).isEqualTo(EnumSet.of(Ineligibility.ADMIN_HAS_NO_ADMIN_ROLE,
                Ineligibility.ADMIN_MFA_NOT_ENABLED, Ineligibility.ADMIN_NOT_ACTIVE, Ineligibility.SELF_TARGET,
                Ineligibility.TARGET_STATUS_NOT_ELIGIBLE));
    }

    @Test
    void beginWhenRefusedThenTheRefusalCarriesEveryReason() {
        world.save(TestUsers.user(MERCHANT_ADMIN.value()).in(MERCHANT).phoneWithoutMfa("+12015550103")
                .grant(AdminRole.MERCHANT_ADMIN, MERCHANT));
        world.save(TestUsers.user(MERCHANT_USER.value()).in(MERCHANT).mfaOn(OLD_NUMBER)
                .status(UserStatus.DEPROVISIONED));

        BeginOutcome outcome = world.mfa.begin(new BeginPhoneChange(MERCHANT_ADMIN, MERCHANT_USER));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(RefusalReason.INELIGIBLE);
            assertThat(refused.ineligibilities()).containsExactlyInAnyOrder(Ineligibility.ADMIN_MFA_NOT_ENABLED,
                    Ineligibility.TARGET_STATUS_NOT_ELIGIBLE);
        });
    }

    @Test
    void beginWhenTwoAdminsOfTheSameRoleExistThenEachActsOnlyInTheirOwnMerchant() {
        world.save(TestUsers.user("merchant-2-admin").in(FlowFixture.OTHER_MERCHANT).mfaOn("+12015550106")
                .grant(AdminRole.MERCHANT_ADMIN, FlowFixture.OTHER_MERCHANT));

        assertThat(world.mfa.eligibility(UserId.of("merchant-2-admin"), OTHER_MERCHANT_USER).isEligible()).isTrue();
        assertThat(world.mfa.eligibility(UserId.of("merchant-2-admin"), MERCHANT_USER).isEligible()).isFalse();
    }

    @Test
    void eligibilityWhenAdminHoldsRolesInTwoOrganizationsThenBothAreInScope() {
        world.save(TestUsers.user("dual").in(MERCHANT).mfaOn("+12015550107")
                .grant(AdminRole.MERCHANT_ADMIN, MERCHANT).grant(AdminRole.PARTNER_ADMIN, PARTNER));

        assertThat(world.mfa.eligibility(UserId.of("dual"), MERCHANT_USER).isEligible()).isTrue();
        assertThat(world.mfa.eligibility(UserId.of("dual"), PARTNER_USER).isEligible()).isTrue();
        assertThat(world.mfa.eligibility(UserId.of("dual"), ENTERPRISE_USER).isEligible()).isFalse();
    }
}
