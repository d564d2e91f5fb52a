package org.habittracker.application.port.in.token;

import org.habittracker.application.port.out.ApiToken;

/** A token just made: {@code secret} is shown to the user once and never again. */
public record CreatedApiToken(ApiToken token, String secret) {
    @Override
    public String toString() {
        return "CreatedApiToken[token=" + token + ", secret=…]";
    }
}
