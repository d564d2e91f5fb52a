package org.habittracker.adapters.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;

/**
 * A self-signed certificate for 127.0.0.1 and localhost, made with the JDK's own keytool (no openssl needed)
 * and written as the PEM files redis-server wants: the certificate and its PKCS#8 private key.
 */
record SelfSignedCertificate(Path certificatePem, Path privateKeyPem) {
    private static final String PASSWORD = "changeit";

    static SelfSignedCertificate create(Path directory) throws IOException, InterruptedException, GeneralSecurityException {
        Files.createDirectories(directory);
        Path keystore = directory.resolve("redis-test.p12");
        Files.deleteIfExists(keystore);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "redis", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        Certificate certificate = store.getCertificate("redis");
        Key key = store.getKey("redis", PASSWORD.toCharArray());
        Path certificatePem = directory.resolve("redis-test.crt");
        Path privateKeyPem = directory.resolve("redis-test.key");
        Files.writeString(certificatePem, pem("CERTIFICATE", certificate.getEncoded()));
        Files.writeString(privateKeyPem, pem("PRIVATE KEY", key.getEncoded()));
        return new SelfSignedCertificate(certificatePem, privateKeyPem);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
