package org.habittracker.adapters.lambda.support;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

import org.habittracker.adapters.lambda.ApiGatewayHandler;

/** A handler to talk to in tests, over fakes or over real PostgreSQL and Redis, with a few shortcuts. */
public interface Api {

    ApiGatewayHandler handler();

    ApiResponse send(APIGatewayV2HTTPEvent event);

    default ApiResponse send(Events.Builder request) {
        return send(request.build());
    }

    /**
     * Registers a user and returns their session token. Each from a client address of its own: registrations
     * are throttled per client, and this shortcut sets up users, it does not test that.
     */
    default String register(String username) {
        ApiResponse response = send(Events.request("POST", "/api/auth/register").sourceIp(Events.uniqueClientIp())
                .json("{\"username\":\"" + username + "\",\"password\":\"correct horse battery\",\"timeZone\":\"Europe/Berlin\"}"));
        if (response.status() != 201) {
            throw new IllegalStateException("register failed: " + response.status() + " " + response.body());
        }
        return response.sessionToken().orElseThrow();
    }

    /** Creates a daily yes/no habit and returns its id. */
    default String createHabit(String session, String name) {
        ApiResponse response = send(Events.request("POST", "/api/habits").session(session)
                .json("{\"name\":\"" + name + "\",\"color\":\"#00897b\",\"schedule\":{\"type\":\"daily\"},\"goal\":{\"type\":\"yesNo\"}}"));
        if (response.status() != 201) {
            throw new IllegalStateException("create failed: " + response.status() + " " + response.body());
        }
        return response.json().get("id").asText();
    }
}
