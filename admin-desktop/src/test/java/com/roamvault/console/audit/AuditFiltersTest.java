package com.roamvault.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.roamvault.client.admin.AuditFilter;
import com.roamvault.protocol.audit.AuditActions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AuditFiltersTest {

    @Test
    void anyAndBlankLeaveFiltersOut() {
        assertThat(new AuditFilters().toQuery(ZoneId.of("UTC"))).isEqualTo(AuditFilter.ALL);
    }

    @Test
    void datesAreWholeDaysInTheAdminsZoneWithToInclusive() {
        AuditFilters filters = new AuditFilters();
        filters.fromProperty().set(LocalDate.of(2026, 3, 1));
        filters.toProperty().set(LocalDate.of(2026, 3, 2));

        AuditFilter query = filters.toQuery(ZoneId.of("Europe/Berlin"));

        assertThat(query.from()).isEqualTo(Instant.parse("2026-02-28T23:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2026-03-02T22:59:59.999Z"));
    }

    @Test
    void choicesAndTextBecomeTheQuery() {
        AuditFilters filters = new AuditFilters();
        filters.userProperty().set("  CORP\\jsmith ");
        filters.actionProperty().set(AuditActions.CACHE_WIPED);
        filters.platformProperty().set("MobileApp");
        filters.originProperty().set("offline");
        filters.textProperty().set("reason=expired");

        assertThat(filters.toQuery(ZoneId.of("UTC"))).isEqualTo(new AuditFilter(null, "CORP\\jsmith",
                AuditActions.CACHE_WIPED, "MobileApp", "offline", null, null, "reason=expired"));

        filters.clear();
        assertThat(filters.toQuery(ZoneId.of("UTC"))).isEqualTo(AuditFilter.ALL);
    }

    @Test
    void choicesOfferEveryProtocolActionAndTheServersPlatforms() {
        assertThat(AuditFilters.ACTIONS.getFirst()).isEqualTo(AuditFilters.ANY);
        assertThat(AuditFilters.ACTIONS).contains(AuditActions.LOGIN_FAILED, AuditActions.CACHE_WIPED,
                AuditActions.BIOMETRIC_INVALIDATED, AuditActions.GROUP_CHANGED).doesNotHaveDuplicates();
        assertThat(AuditFilters.ACTIONS.subList(1, AuditFilters.ACTIONS.size())).isSorted()
                .allSatisfy(a -> assertThat(a).matches("[A-Z_]+"));
        assertThat(AuditFilters.PLATFORMS).containsExactly("any", "API", "AdminConsole", "AppServer", "MobileApp");
        assertThat(AuditFilters.ORIGINS).containsExactly("any", "online", "offline");
    }
}
