package org.habittracker.adapters.lambda.webpush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VapidCredentialsTest {

    private static final VapidKeys KEYS = VapidKeys.generate();

    @Test
    void takesAGeneratedPairAndAMailtoSubject() {
        VapidCredentials credentials = KEYS.credentials("mailto:ops@example.com");

        assertThat(VapidKeys.of(credentials).publicKeyBase64()).isEqualTo(KEYS.publicKeyBase64());
        assertThat(credentials.publicKey()).hasSize(87).doesNotContain("=");
        assertThat(credentials.privateKey()).hasSize(43);
    }

    @Test
    void takesAnHttpsSubject() {
        assertThat(VapidCredentials.subjectProblem("https://habits.example.com/contact")).isEmpty();
    }

    @Test
    void refusesASubjectThatIsNeitherMailtoNorHttps() {
        assertThat(VapidCredentials.subjectProblem("ops@example.com")).isPresent();
        assertThat(VapidCredentials.subjectProblem("http://example.com")).isPresent();
        assertThat(VapidCredentials.subjectProblem("mailto:\"x\"@example.com")).isPresent();
    }

    @Test
    void refusesAPublicKeyOfTheWrongLengthSayingHowLongItIs() {
        assertThat(VapidCredentials.publicKeyProblem(KEYS.privateKeyBase64())).get().asString()
                .contains("65 bytes").contains("it is 32 bytes");
    }

    @Test
    void refusesAPublicKeyThatIsNotBase64url() {
        assertThat(VapidCredentials.publicKeyProblem("not/base64+")).get().asString().contains("base64url");
    }

    @Test
    void refusesAPrivateKeyOfTheWrongLength() {
        assertThat(VapidCredentials.privateKeyProblem(KEYS.publicKeyBase64())).get().asString().contains("32 bytes");
    }

    @Test
    void neverPrintsThePrivateKey() {
        VapidCredentials credentials = KEYS.credentials("mailto:ops@example.com");

        assertThat(credentials.toString()).doesNotContain(credentials.privateKey());
        assertThat(KEYS.toString()).doesNotContain(credentials.privateKey());
    }

    @Test
    void refusesAPrivateKeyThatIsNotThePublicKeys() {
        VapidCredentials mismatched = new VapidCredentials(KEYS.publicKeyBase64(),
                VapidKeys.generate().privateKeyBase64(), "mailto:ops@example.com");

        assertThatThrownBy(() -> VapidKeys.of(mismatched)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the public key's");
    }

    @Test
    void refusesAPublicKeyOffTheCurveWhenTheKeysAreMade() {
        byte[] point = java.util.Base64.getUrlDecoder().decode(KEYS.publicKeyBase64());
        point[64] ^= 1;
        VapidCredentials offCurve = new VapidCredentials(
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(point), KEYS.privateKeyBase64(),
                "mailto:ops@example.com");

        assertThatThrownBy(() -> VapidKeys.of(offCurve)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("curve");
    }
}
