package org.habittracker.adapters.lambda.config;

import java.util.Objects;
import java.util.Optional;

import org.habittracker.adapters.lambda.webpush.VapidCredentials;

/**
 * Where the VAPID credentials for Web Push come from, when push is configured: given whole in the environment
 * (the local server, tests), or a Secrets Manager secret read when the first push or the public-key route
 * needs it (AWS: during an invocation, as the database secret is).
 */
public sealed interface PushSettings {

    /** {@code HABITS_VAPID_PUBLIC_KEY}, {@code HABITS_VAPID_PRIVATE_KEY} and {@code HABITS_VAPID_SUBJECT}. */
    record Fixed(VapidCredentials credentials) implements PushSettings {
        public Fixed {
            Objects.requireNonNull(credentials, "credentials");
        }
    }

    /**
     * {@code HABITS_VAPID_SECRET_ARN}: a JSON secret {@code {"publicKey","privateKey","subject"}}; a
     * {@code HABITS_VAPID_SUBJECT} set beside it stands in for a secret without {@code subject}.
     */
    record FromSecret(String secretId, Optional<String> subject) implements PushSettings {
        public FromSecret {
            Objects.requireNonNull(secretId, "secretId");
            Objects.requireNonNull(subject, "subject");
        }
    }
}
