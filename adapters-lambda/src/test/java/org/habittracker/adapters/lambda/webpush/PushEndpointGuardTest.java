package org.habittracker.adapters.lambda.webpush;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Deployed, a push goes over https to public addresses only")
class PushEndpointGuardTest {

    /** A DNS that answers what the test says, so that no test depends on the machine's resolver. */
    private static PushEndpointGuard resolving(Map<String, String> answers) {
        return PushEndpointGuard.publicOnly(host -> {
            String address = answers.get(host);
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getByName(address)};
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"127.0.0.1", "127.9.9.9", "10.0.0.5", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "::1", "::",
            "fe80::1", "fd00:ec2::254", "fc00::1", "64:ff9b::a9fe:a9fe", "::ffff:10.0.0.1", "::10.0.0.1"})
    @DisplayName("a host that resolves to a loopback, private, link-local, shared or reserved address is refused")
    void nonPublicAddressesAreRefused(String address) {
        PushEndpointGuard guard = resolving(Map.of("push.example", address));

        assertThat(guard.refusal(URI.create("https://push.example/send/abc")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("non-public address"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"142.250.185.74", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2a00:1450:4001:82b::200a"})
    @DisplayName("a host with public addresses is allowed")
    void publicAddressesAreAllowed(String address) {
        assertThat(resolving(Map.of("fcm.googleapis.com", address))
                .refusal(URI.create("https://fcm.googleapis.com/fcm/send/abc"))).isEmpty();
    }

    @Test
    @DisplayName("an address literal in the URL is checked as it is, IPv6 in brackets too")
    void addressLiteralsAreChecked() {
        PushEndpointGuard guard = PushEndpointGuard.publicOnly();

        assertThat(guard.refusal(URI.create("https://169.254.169.254/latest/meta-data"))).isPresent();
        assertThat(guard.refusal(URI.create("https://[::1]:8443/push"))).isPresent();
        assertThat(guard.refusal(URI.create("https://[fd00:ec2::254]/"))).isPresent();
    }

    @Test
    @DisplayName("one non-public address among a host's answers is enough to refuse it")
    void anyNonPublicAnswerRefuses() {
        PushEndpointGuard guard = PushEndpointGuard.publicOnly(host -> new InetAddress[] {
                InetAddress.getByName("142.250.185.74"), InetAddress.getByName("10.1.2.3")});

        assertThat(guard.refusal(URI.create("https://rebind.example/push"))).isPresent();
    }

    @Test
    @DisplayName("plain http is refused, and so is a host that does not resolve")
    void httpAndUnresolvableHostsAreRefused() {
        PushEndpointGuard guard = resolving(Map.of("push.example", "142.250.185.74"));

        assertThat(guard.refusal(URI.create("http://push.example/send")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("https"));
        assertThat(guard.refusal(URI.create("https://nowhere.example/send")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("does not resolve"));
    }

    @Test
    @DisplayName("the local server's guard allows a stand-in on this machine")
    void anyAddressAllowsLoopback() {
        assertThat(PushEndpointGuard.anyAddress().refusal(URI.create("http://127.0.0.1:9999/push/1"))).isEmpty();
    }
}
