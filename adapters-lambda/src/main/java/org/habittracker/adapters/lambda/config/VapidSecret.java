package org.habittracker.adapters.lambda.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.habittracker.adapters.lambda.webpush.VapidCredentials;
import org.habittracker.adapters.persistence.secret.SecretsExtensionClient;

/**
 * The VAPID credentials from their Secrets Manager secret ({@code HABITS_VAPID_SECRET_ARN}), read through the
 * secrets extension as the database secret is. Every problem is named in one message, never a key's value.
 */
final class VapidSecret {

    private VapidSecret() {
    }

    /**
     * @param subject {@code HABITS_VAPID_SUBJECT}, for a secret without {@code subject}
     * @throws IllegalStateException naming what the secret lacks or holds wrongly
     * @throws org.habittracker.adapters.persistence.secret.SecretUnavailableException when it cannot be read
     */
    static VapidCredentials read(SecretsExtensionClient secrets, String secretId, Optional<String> subject) {
        Map<String, String> fields = secrets.textFields(secretId);
        Optional<String> publicKey = Optional.ofNullable(fields.get("publicKey"));
        Optional<String> privateKey = Optional.ofNullable(fields.get("privateKey"));
        Optional<String> contact = Optional.ofNullable(fields.get("subject")).or(() -> subject);
        List<String> problems = new ArrayList<>();
        check("publicKey", publicKey, VapidCredentials::publicKeyProblem, problems);
        check("privateKey", privateKey, VapidCredentials::privateKeyProblem, problems);
        check("subject", contact, VapidCredentials::subjectProblem, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(HabitsConfig.VAPID_SECRET_ARN + ": " + String.join("; ", problems));
        }
        return new VapidCredentials(publicKey.get(), privateKey.get(), contact.get());
    }

    private static void check(String field, Optional<String> value, Function<String, Optional<String>> problem,
            List<String> problems) {
        if (value.isEmpty()) {
            problems.add("the secret lacks " + field
                    + (field.equals("subject") ? " (or set " + HabitsConfig.VAPID_SUBJECT + ")" : ""));
        } else {
            problem.apply(value.get()).ifPresent(p -> problems.add("the secret's " + field + " " + p));
        }
    }
}
