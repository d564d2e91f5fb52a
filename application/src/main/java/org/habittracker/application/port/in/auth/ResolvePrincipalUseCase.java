package org.habittracker.application.port.in.auth;

import java.util.Optional;

/** Turns a session cookie or a bearer token into the user behind it. */
public interface ResolvePrincipalUseCase {

    /** The user of a live session, extending its sliding expiry; empty when unknown, revoked or expired. */
    Optional<Principal> bySessionToken(String sessionToken);

    /** The owner of a personal API token; empty when unknown or revoked. */
    Optional<Principal> byApiToken(String apiToken);
}
