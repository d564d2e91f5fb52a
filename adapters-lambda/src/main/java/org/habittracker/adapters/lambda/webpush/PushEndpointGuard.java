package org.habittracker.adapters.lambda.webpush;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a push may be sent. A subscription's endpoint is whatever URL its owner's browser (or anyone holding a
 * session) sent, and the scheduler POSTs to it from inside the VPC: unchecked, a user could make it reach the
 * instance metadata service, a database or cache subnet, or a port on the function's own loopback (a blind
 * SSRF: the answer only decides whether the subscription is kept). So, deployed, a push goes over https to a
 * host all of whose addresses are public; the local server and tests allow any address, for a push service
 * stand-in on the same machine ({@code HABITS_PUSH_PRIVATE_ENDPOINTS=allow}).
 *
 * <p>The check resolves the host, and the HTTP client resolves it again when it connects: a name whose answers
 * change in between (DNS rebinding) could still slip through. The JDK's client has no hook to connect to the
 * address checked; the tick function's security group (HTTPS out only) bounds what such a push could reach.
 */
public final class PushEndpointGuard {

    /** A host's addresses, as {@link InetAddress#getAllByName}; tests give their own answers. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean privateAllowed;
    private final Resolver resolver;

    private PushEndpointGuard(boolean privateAllowed, Resolver resolver) {
        this.privateAllowed = privateAllowed;
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /** Deployed: https to public addresses only. */
    public static PushEndpointGuard publicOnly() {
        return new PushEndpointGuard(false, InetAddress::getAllByName);
    }

    static PushEndpointGuard publicOnly(Resolver resolver) {
        return new PushEndpointGuard(false, resolver);
    }

    /** The local server and tests: any address, http too (the subscription's own check still applies). */
    public static PushEndpointGuard anyAddress() {
        return new PushEndpointGuard(true, InetAddress::getAllByName);
    }

    /** Why a push to this endpoint is refused, or empty when it may be sent. */
    public Optional<String> refusal(URI endpoint) {
        if (privateAllowed) {
            return Optional.empty();
        }
        if (!"https".equals(Optional.ofNullable(endpoint.getScheme()).map(s -> s.toLowerCase(Locale.ROOT)).orElse(""))) {
            return Optional.of("the endpoint is not an https URL");
        }
        String host = endpoint.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            addresses = new InetAddress[0];
        }
        if (addresses.length == 0) {
            return Optional.of("the push service's host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("the endpoint's host has a non-public address (" + address.getHostAddress()
                        + "); pushes go to public push services only");
            }
        }
        return Optional.empty();
    }

    /**
     * Not loopback, link-local (the metadata service), private (RFC 1918, IPv6 unique-local), shared (carrier
     * NAT), multicast, unspecified or reserved.
     */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes[0] & 0xff, bytes[1] & 0xff, bytes[2] & 0xff);
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc; // fc00::/7, AWS's fd00:ec2::254 among them
            boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
                    && (bytes[3] & 0xff) == 0x9b; // 64:ff9b::/96 carries an IPv4 address in its last four bytes
            if (uniqueLocal) {
                return false;
            }
            if (nat64) {
                return isPublicIpv4(bytes[12] & 0xff, bytes[13] & 0xff, bytes[14] & 0xff);
            }
            boolean ipv4Compatible = true; // ::a.b.c.d (deprecated), which some stacks still route as IPv4
            for (int i = 0; i < 12; i++) {
                ipv4Compatible &= bytes[i] == 0;
            }
            return !ipv4Compatible;
        }
        return false;
    }

    private static boolean isPublicIpv4(int a, int b, int c) {
        return !(a == 0 || a == 10 || a == 127 || a >= 224 // this network, private, loopback, multicast, reserved
                || (a == 100 && b >= 64 && b <= 127) // 100.64.0.0/10, carrier-grade NAT
                || (a == 169 && b == 254) // link-local, the instance metadata service
                || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) // private
                || (a == 192 && b == 0 && c == 0) || (a == 198 && (b == 18 || b == 19))); // IETF, benchmarking
    }
}
