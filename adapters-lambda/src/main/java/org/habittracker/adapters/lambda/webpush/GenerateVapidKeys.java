package org.habittracker.adapters.lambda.webpush;

import java.util.Optional;

/**
 * Prints a new VAPID key pair as the secret {@code HABITS_VAPID_SECRET_ARN} names holds it (docs/RUNBOOK.md
 * "Put the VAPID keys"): {@code java -cp <the Lambda jar> org.habittracker.adapters.lambda.webpush.GenerateVapidKeys
 * mailto:ops@example.com > vapid.json}. The JDK's own P-256, as the delivery uses it.
 */
public final class GenerateVapidKeys {

    private GenerateVapidKeys() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: GenerateVapidKeys <subject: mailto:you@example.com or https://your.site>");
            System.exit(2);
        }
        Optional<String> problem = VapidCredentials.subjectProblem(args[0]);
        if (problem.isPresent()) {
            System.err.println("GenerateVapidKeys: the subject " + problem.get());
            System.exit(2);
        }
        VapidCredentials credentials = VapidKeys.generate().credentials(args[0]);
        // Base64url and a checked subject need no JSON escaping.
        System.out.println("{\"publicKey\":\"" + credentials.publicKey() + "\",\"privateKey\":\""
                + credentials.privateKey() + "\",\"subject\":\"" + credentials.subject() + "\"}");
    }
}
