package com.roamvault.server.policy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.util.IPAddress;

/**
 * The global setting {@code trustedNetworks}: CIDR networks (IPv4 and IPv6) whose client addresses
 * the per-address failure limit leaves alone (offices behind one NAT address); the account
 * lockout still applies to them. Literals are checked by Bouncy Castle before the JDK turns them
 * into bytes, so no entry is ever looked up in DNS.
 */
public final class TrustedNetworks {
    public static final TrustedNetworks NONE = new TrustedNetworks(List.of());

    private final List<Network> networks;

    private TrustedNetworks(List<Network> networks) {
        this.networks = networks;
    }

    private record Network(byte[] address, int prefix) {
        boolean contains(byte[] candidate) {
            if (candidate.length != address.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (candidate[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (candidate[whole] & mask) == (address[whole] & mask);
        }
    }

    /** The settings' entries, each already validated by {@link #problem}; an invalid one matches nothing. */
    public static TrustedNetworks of(List<String> cidrs) {
        return new TrustedNetworks(cidrs.stream().filter(c -> problem(c) == null).map(TrustedNetworks::parse).toList());
    }

    /** Null if the entry is a CIDR network like {@code 10.0.0.0/8} or {@code fd00::/8}, else what is wrong. */
    public static String problem(String entry) {
        String cidr = entry == null ? "" : entry.strip();
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        String prefix = slash < 0 ? "" : cidr.substring(slash + 1);
        boolean v4 = IPAddress.isValidIPv4(address);
        if (!(v4 || IPAddress.isValidIPv6(address)) || !prefix.matches("[0-9]{1,3}")
                || Integer.parseInt(prefix) > (v4 ? 32 : 128)) {
            return "'" + entry + "' is not a CIDR network (like 10.0.0.0/8 or fd00::/8)";
        }
        return null;
    }

    /** The entry as it is stored and shown: stripped, lower case. */
    public static String canonical(String entry) {
        return entry.strip().toLowerCase(Locale.ROOT);
    }

    /** True if the client address (as the HTTP layer gives it, IPv6 possibly bracketed or zoned) is trusted. */
    public boolean contains(String clientIp) {
        if (networks.isEmpty() || clientIp == null) {
            return false;
        }
        String literal = clientIp.strip().replace("[", "").replace("]", "");
        int zone = literal.indexOf('%');
        literal = zone < 0 ? literal : literal.substring(0, zone);
        if (!IPAddress.isValid(literal)) {
            return false;
        }
        byte[] bytes = bytes(literal);
        return networks.stream().anyMatch(n -> n.contains(bytes));
    }

    private static Network parse(String cidr) {
        String[] parts = cidr.strip().split("/");
        byte[] address = bytes(parts[0]);
        int prefix = Integer.parseInt(parts[1]);
        // an IPv4-mapped IPv6 network (::ffff:10.0.0.0/104) arrives as its IPv4 address
        return new Network(address, address.length == 4 && prefix > 32 ? Math.max(0, prefix - 96) : prefix);
    }

    /** The bytes of a literal already validated as one (so no DNS lookup); IPv4-mapped IPv6 gives IPv4. */
    private static byte[] bytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal", e);
        }
    }
}
