package com.roamvault.server.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedNetworksTest {

    @Test
    void ipv4NetworksMatchTheirAddressesOnly() {
        TrustedNetworks trusted = TrustedNetworks.of(List.of("10.20.0.0/14", "192.0.2.7/32"));
        assertThat(trusted.contains("10.20.0.1")).isTrue();
        assertThat(trusted.contains("10.23.255.255")).isTrue();
        assertThat(trusted.contains("10.24.0.0")).isFalse();
        assertThat(trusted.contains("10.19.255.255")).isFalse();
        assertThat(trusted.contains("192.0.2.7")).isTrue();
        assertThat(trusted.contains("192.0.2.8")).isFalse();
        assertThat(trusted.contains("::ffff:10.20.3.4")).as("IPv4-mapped").isTrue();
    }

    @Test
    void ipv6NetworksMatchBracketedAndZonedAddresses() {
        TrustedNetworks trusted = TrustedNetworks.of(List.of("2001:db8:abc0::/44", "::1/128"));
        assertThat(trusted.contains("2001:db8:abcf:1::5")).isTrue();
        assertThat(trusted.contains("2001:db8:abd0::1")).isFalse();
        assertThat(trusted.contains("[::1]")).isTrue();
        assertThat(trusted.contains("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(trusted.contains("fe80::1%eth0")).isFalse();
        assertThat(trusted.contains("10.0.0.1")).isFalse();
    }

    @Test
    void everythingAndNothing() {
        assertThat(TrustedNetworks.of(List.of("0.0.0.0/0")).contains("203.0.113.9")).isTrue();
        assertThat(TrustedNetworks.NONE.contains("127.0.0.1")).isFalse();
        assertThat(TrustedNetworks.of(List.of("10.0.0.0/8")).contains("not-an-address")).isFalse();
        assertThat(TrustedNetworks.of(List.of("10.0.0.0/8")).contains(null)).isFalse();
    }

    @Test
    void onlyCidrLiteralsAreAccepted() {
        assertThat(List.of("10.0.0.0/8", "0.0.0.0/0", "fd00::/8", "::/0", " 192.0.2.0/24 ", "2001:DB8::/32"))
                .allSatisfy(ok -> assertThat(TrustedNetworks.problem(ok)).as(ok).isNull());
        assertThat(List.of("10.0.0.0", "10.0.0/8", "10.0.0.0/33", "fd00::/129", "10.0.0.0/-1", "example.com/24",
                "10.0.0.0/8/8", "", "10.0.0.0/", "/8", "10.0.0.0/ 8"))
                .allSatisfy(bad -> assertThat(TrustedNetworks.problem(bad)).as(bad)
                        .isEqualTo("'" + bad + "' is not a CIDR network (like 10.0.0.0/8 or fd00::/8)"));
    }
}
