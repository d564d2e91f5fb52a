package org.habittracker.adapters.persistence.secret;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The token the secrets extension wants in {@code X-Aws-Parameters-Secrets-Token}: the function's session token,
 * asked for each time the secret is read, never when the handler is built.
 *
 * <ul>
 * <li>{@link ContainerCredentials}: a SnapStart function has no {@code AWS_SESSION_TOKEN}; its credentials come from
 * the endpoint {@code AWS_CONTAINER_CREDENTIALS_FULL_URI}, answering with {@code AWS_CONTAINER_AUTHORIZATION_TOKEN}.
 * Its variables are known at init, but its credentials only count after a restore (those of the publishing
 * environment would be frozen into the snapshot otherwise), so the endpoint is asked at each read.</li>
 * <li>{@link SessionVariable}: an on-demand function's {@code AWS_SESSION_TOKEN}, which Lambda sets for the
 * environment's life.</li>
 * </ul>
 */
public sealed interface ExtensionToken {

    String SESSION_TOKEN = "AWS_SESSION_TOKEN";
    String CREDENTIALS_URI = "AWS_CONTAINER_CREDENTIALS_FULL_URI";
    String AUTHORIZATION_TOKEN = "AWS_CONTAINER_AUTHORIZATION_TOKEN";

    /** The token now. @throws SecretUnavailableException when it cannot be had */
    String current();

    /**
     * Where this environment's token comes from: the credentials endpoint when Lambda names one (SnapStart), else
     * the session token variable. Only names are checked here: a token is read when the secret is.
     *
     * @throws SecretUnavailableException naming the variables when neither is set (outside Lambda)
     */
    static ExtensionToken fromEnvironment(Map<String, String> env) {
        Optional<String> endpoint = value(env, CREDENTIALS_URI);
        if (endpoint.isPresent()) {
            return new ContainerCredentials(URI.create(endpoint.get()), () -> value(env, AUTHORIZATION_TOKEN));
        }
        if (value(env, SESSION_TOKEN).isPresent()) {
            return new SessionVariable(() -> value(env, SESSION_TOKEN));
        }
        throw new SecretUnavailableException("neither " + SESSION_TOKEN + " nor " + CREDENTIALS_URI
                + " is set: the secrets extension only runs inside Lambda");
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Something that may be there or not when asked. */
    @FunctionalInterface
    interface Lookup {
        Optional<String> get();
    }

    /** {@code AWS_SESSION_TOKEN}, as the environment holds it when asked. */
    record SessionVariable(Lookup token) implements ExtensionToken {
        @Override
        public String current() {
            return token.get().orElseThrow(() -> new SecretUnavailableException(SESSION_TOKEN + " is not set"));
        }
    }

    /**
     * The {@code Token} of the container credentials endpoint's answer
     * ({@code {"AccessKeyId":…,"SecretAccessKey":…,"Token":…,"Expiration":…}}), asked for with the authorization
     * token in {@code Authorization}.
     */
    record ContainerCredentials(URI endpoint, Lookup authorization) implements ExtensionToken {

        private static final Duration TIMEOUT = Duration.ofSeconds(2);
        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        public String current() {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT).GET();
            authorization.get().ifPresent(token -> request.header("Authorization", token));
            HttpResponse<String> response;
            try (HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                    .version(HttpClient.Version.HTTP_1_1).build()) {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new SecretUnavailableException("cannot read the container credentials: "
                        + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SecretUnavailableException("interrupted while reading the container credentials");
            }
            if (response.statusCode() != 200) {
                // The body may hold credentials on a misbehaving endpoint: the status alone is said.
                throw new SecretUnavailableException("the container credentials endpoint answered "
                        + response.statusCode());
            }
            try {
                JsonNode token = JSON.readTree(response.body()).get("Token");
                if (token == null || !token.isTextual() || token.asText().isBlank()) {
                    throw new SecretUnavailableException("the container credentials have no Token");
                }
                return token.asText();
            } catch (IOException e) {
                throw new SecretUnavailableException("the container credentials are not JSON");
            }
        }

        @Override
        public String toString() {
            return "ContainerCredentials[" + endpoint + "]";
        }
    }
}
