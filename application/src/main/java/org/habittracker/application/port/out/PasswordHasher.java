package org.habittracker.application.port.out;

/** One-way password hashing with a slow, salted algorithm (Argon2id or bcrypt). */
public interface PasswordHasher {

    /** A self-describing hash (algorithm, parameters, salt, digest) safe to store. */
    String hash(String password);

    /** Whether the password matches the hash, in time independent of where they differ. */
    boolean matches(String password, String hash);
}
