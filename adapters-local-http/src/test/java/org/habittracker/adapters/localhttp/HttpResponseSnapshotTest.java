package org.habittracker.adapters.localhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HttpResponseSnapshotTest {

    @Test
    @DisplayName("every cookie of the response becomes its own Set-Cookie header")
    void eachCookieIsASetCookieHeader() {
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/json"))
                .withCookies(List.of("a=1; HttpOnly", "b=2; Max-Age=0"))
                .withBody("{}").build();

        HttpResponseSnapshot snapshot = HttpResponseSnapshot.from(response);

        assertThat(snapshot.headers().get("Set-Cookie")).containsExactly("a=1; HttpOnly", "b=2; Max-Age=0");
        assertThat(snapshot.headers().get("Content-Type")).containsExactly("application/json");
    }

    @Test
    @DisplayName("a base64 body is decoded to its bytes")
    void base64BodyIsDecoded() {
        byte[] bytes = {1, 2, 3, (byte) 0xfe};
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withBody(Base64.getEncoder().encodeToString(bytes)).withIsBase64Encoded(true).build();

        assertThat(HttpResponseSnapshot.from(response).body()).isEqualTo(bytes);
    }

    @Test
    @DisplayName("a 204 with no body writes no bytes")
    void noContentHasNoBody() {
        APIGatewayV2HTTPResponse response = APIGatewayV2HTTPResponse.builder().withStatusCode(204).build();

        HttpResponseSnapshot snapshot = HttpResponseSnapshot.from(response);

        assertThat(snapshot.status()).isEqualTo(204);
        assertThat(snapshot.body()).isEmpty();
    }
}
