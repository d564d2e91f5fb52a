package org.habittracker.adapters.lambda.password;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import org.habittracker.application.port.out.PasswordHasher;

/**
 * Argon2id through password4j with OWASP's recommended minimum: 19 MiB of memory, 2 iterations, one
 * lane, a 16-byte random salt and a 32-byte digest. Hashes are PHC strings
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$…}) that carry their own parameters, so a later change of
 * parameters still verifies older hashes.
 */
public final class Password4jArgon2Hasher implements PasswordHasher {

    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    public static final int OUTPUT_BYTES = 32;
    public static final int SALT_BYTES = 16;

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    /** Made on first use: password4j's set-up costs a cold start tens of milliseconds that reads never need. */
    private volatile Argon2Function function;

    public Password4jArgon2Hasher() {
        this(MEMORY_KIB, ITERATIONS, PARALLELISM);
    }

    /** Other parameters, for tests that need speed more than strength. */
    public Password4jArgon2Hasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function()).getResult();
    }

    private Argon2Function function() {
        Argon2Function made = function;
        if (made == null) {
            made = Argon2Function.getInstance(memoryKib, iterations, parallelism, OUTPUT_BYTES, Argon2.ID,
                    Argon2Function.ARGON2_VERSION_13);
            function = made; // getInstance caches by parameters: two threads racing here get the same one
        }
        return made;
    }

    @Override
    public boolean matches(String password, String hash) {
        if (hash == null || !hash.startsWith("$argon2")) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException unreadable) {
            // A damaged or foreign hash matches nothing; it must not turn a log-in into a 500.
            return false;
        }
    }
}
