package org.habittracker.adapters.cache;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A Lua script run by its SHA-1 ({@code EVALSHA}), sent whole only when the server does not know it yet. */
final class LuaScript {
    private final String source;
    private final String sha1;

    LuaScript(String source) {
        this.source = source;
        this.sha1 = sha1(source);
    }

    <T> T run(RedisCommands<String, byte[]> redis, ScriptOutputType output, String key, byte[]... args) {
        String[] keys = {key};
        try {
            return redis.evalsha(sha1, output, keys, args);
        } catch (RedisNoScriptException unknownYet) {
            // After a restart or failover the server's script cache is empty; EVAL loads it again.
            return redis.eval(source, output, keys, args);
        }
    }

    void load(RedisCommands<String, byte[]> redis) {
        redis.scriptLoad(source);
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
